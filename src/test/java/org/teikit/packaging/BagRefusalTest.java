package org.teikit.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.teikit.testing.TeiAssert.assertXPath;

/** What packaging refuses, and that a refused, failed or interrupted run leaves no bag, and never half of one. */
class BagRefusalTest {
    @TempDir Path dir;

    private static final String FIRST = Editions.DOCUMENTS.get(0), SECOND = Editions.DOCUMENTS.get(1);

    private Path invalidEdition() throws IOException {
        Path edition = Editions.small(dir);
        Path tei = edition.resolve("tei/" + SECOND + ".xml");
        Files.writeString(tei, Files.readString(tei).replaceFirst("<body>", "<body><notTei/>"));
        return edition;
    }

    @Test
    void anEditionWithInvalidTeiIsRefusedNamingTheFileAndNothingIsWritten() throws Exception {
        Path bag = dir.resolve("bag");
        EditionBag.Result r = EditionBag.write(invalidEdition(), bag, Editions.options());
        assertTrue(r.refused());
        assertEquals(List.of("tei/" + SECOND + ".xml"), r.invalid().stream().map(Problem::file).toList());
        assertTrue(r.invalid().get(0).message().contains("notTei"), r.invalid().toString());
        assertFalse(Files.exists(bag));
        assertNothingBeside(bag);
    }

    @Test
    void anEditionThatLostWordsIsRefusedNamingTheFile() throws Exception {
        Path edition = Editions.small(dir);
        // the TEI stays as teikit wrote it (its checksum holds), but the source now has words it lacks
        Files.writeString(edition.resolve("sources/" + FIRST + ".txt"), "\n\nAn added paragraph of seven new words.\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path bag = dir.resolve("bag");
        EditionBag.Result r = EditionBag.write(edition, bag, Editions.options());
        assertTrue(r.refused());
        assertEquals(List.of(), r.invalid());
        assertEquals(List.of("tei/" + FIRST + ".xml"), r.unfaithful().stream().map(Problem::file).toList());
        assertTrue(r.unfaithful().get(0).message().startsWith("7 words of sources/" + FIRST + ".txt lost"), r.unfaithful().toString());
        assertFalse(Files.exists(bag));
    }

    @Test
    void aSourceWithoutItsTeiHasLostEveryWord() throws Exception {
        Path edition = Editions.small(dir);
        Files.writeString(edition.resolve("sources/never-converted.txt"), "A source nobody converted.\n");
        EditionBag.Result r = EditionBag.write(edition, dir.resolve("bag"), Editions.options());
        assertTrue(r.refused());
        assertEquals(List.of(new Problem("tei/never-converted.xml", "no TEI file tei/never-converted.xml: every word is lost")), r.unfaithful());
    }

    @Test
    void aHandCorrectedFileMayDifferFromItsSourceAsInBuild() throws Exception {
        Path edition = Editions.small(dir);
        Path tei = edition.resolve("tei/" + FIRST + ".xml");
        // an editor removes a word: the checksum no longer holds, so the difference is the editor's, not a loss
        String text = Files.readString(tei);
        Files.writeString(tei, text.replace("<p>Yesterday evening in my talk", "<p>Yesterday in my talk"));
        assertNotEquals(text, Files.readString(tei));
        Path bag = dir.resolve("bag");
        EditionBag.Result r = EditionBag.write(edition, bag, Editions.options());
        assertTrue(r.written(), r.toString());
        String fidelity = Files.readString(bag.resolve("data/reports/fidelity.json"));
        assertTrue(fidelity.contains("\"tei\":\"tei/" + FIRST + ".xml\",\"state\":\"edited\",\"faithful\":true,\"lost\":1"), fidelity);
    }

    @Test
    void allowedInvalidTheBagIsWrittenWithTheReportsThatSaySo() throws Exception {
        Path bag = dir.resolve("bag");
        EditionBag.Result r = EditionBag.write(invalidEdition(), bag, Editions.options().withAllowInvalid(true));
        assertTrue(r.written());
        assertEquals(List.of("tei/" + SECOND + ".xml"), r.invalid().stream().map(Problem::file).toList());
        assertNull(Editions.locVerdict(bag));
        assertEquals(List.of(), Rfc8493.violations(bag));
        String json = Files.readString(bag.resolve("data/reports/validation.json"));
        assertTrue(json.contains("{\"file\":\"tei/" + SECOND + ".xml\",\"valid\":false"), json);
        String junit = Files.readString(bag.resolve("data/reports/validation.junit.xml"));
        assertXPath(junit, "/testsuite/@failures = '1'");
        // the bag's fixity holds, its TEI does not: verification says so, and names the file
        BagCheck.Verification v = BagCheck.verify(bag, Editions.schematronCache());
        assertEquals(List.of(), v.fixity());
        assertFalse(v.validity().isEmpty());
        assertTrue(v.validity().stream().allMatch(p -> p.file().equals("data/tei/" + SECOND + ".xml")), v.validity().toString());
    }

    @Test
    void anExistingDestinationIsRefusedAndLeftAsItIs() throws Exception {
        Path edition = Editions.small(dir);
        Path bag = Files.createDirectories(dir.resolve("bag"));
        Files.writeString(bag.resolve("keep.txt"), "mine");
        BagException e = assertThrows(BagException.class, () -> EditionBag.write(edition, bag, Editions.options()));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals(List.of("keep.txt"), Editions.filesUnder(bag));
        assertNothingBeside(bag);
    }

    @Test
    void replacingTakesTheOldBagAwayOnlyOnceTheNewOneIsComplete() throws Exception {
        Path edition = Editions.small(dir);
        Path bag = dir.resolve("bag");
        assertTrue(EditionBag.write(edition, bag, Editions.options().withInfo(new BagInfo("Old", null, null, null))).written());
        List<String> old = Editions.filesUnder(bag);
        // a failure while the new bag is made: the old one is still whole
        assertThrows(IOException.class, () -> EditionBag.write(edition, bag, Editions.options().withReplaceExisting(true),
                stage -> { if (stage.equals(EditionBag.BAGGED)) throw new IOException("disk full"); }));
        assertEquals(old, Editions.filesUnder(bag));
        assertTrue(Files.readString(bag.resolve("bag-info.txt")).contains("Source-Organization: Old\n"));
        assertNull(Editions.locVerdict(bag));
        assertNothingBeside(bag);

        assertTrue(EditionBag.write(edition, bag, Editions.options().withReplaceExisting(true)).written());
        assertFalse(Files.readString(bag.resolve("bag-info.txt")).contains("Source-Organization"), "the new bag");
        assertNull(Editions.locVerdict(bag));
        assertNothingBeside(bag);
    }

    @Test
    void aFolderThatIsNotABagIsNeverReplacedNorOneThatHoldsTheEdition() throws Exception {
        Path edition = Editions.small(dir);
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("thesis.txt"), "years of it");
        BagException e = assertThrows(BagException.class,
                () -> EditionBag.write(edition, work, Editions.options().withReplaceExisting(true)));
        assertEquals(work + ": exists and is not a bag, so it is not replaced (left as it is)", e.getMessage());
        assertEquals(List.of("thesis.txt"), Editions.filesUnder(work));

        for (Path holder : List.of(edition, dir)) {
            BagException held = assertThrows(BagException.class,
                    () -> EditionBag.write(edition, holder, Editions.options().withReplaceExisting(true)));
            assertTrue(held.getMessage().endsWith("the edition is in it, so the bag cannot be written there"), held.getMessage());
        }
        assertTrue(Files.isRegularFile(edition.resolve("tei/" + FIRST + ".xml")));
        BagException inside = assertThrows(BagException.class,
                () -> EditionBag.write(edition, edition.resolve("tei/bag"), Editions.options()));
        assertEquals(edition.resolve("tei/bag") + ": inside the edition's tei/ folder, which the bag holds a copy of", inside.getMessage());
    }

    @Test
    void aRunInterruptedAtAnyStageLeavesNoBagAndNoTemporary() throws Exception {
        Path edition = Editions.small(dir);
        for (String at : List.of(EditionBag.PAYLOAD_WRITTEN, EditionBag.BAGGED)) {
            Path bag = dir.resolve("bag");
            Path[] seen = new Path[1];
            IOException e = assertThrows(IOException.class, () -> EditionBag.write(edition, bag, Editions.options(), stage -> {
                if (!stage.equals(at)) return;
                // the half-made bag exists, beside the destination and not at it
                assertFalse(Files.exists(bag), "mid-write at " + stage + ": nothing at the destination yet");
                try (var s = Files.list(dir)) {
                    seen[0] = s.filter(p -> p.getFileName().toString().startsWith(".bag.")).findFirst().orElseThrow();
                }
                throw new IOException("killed at " + stage);
            }));
            assertEquals("killed at " + at, e.getMessage());
            assertFalse(Files.exists(bag), "interrupted at " + at + ": no bag");
            assertFalse(Files.exists(seen[0]), "interrupted at " + at + ": the temporary folder is removed");
            assertNothingBeside(bag);
        }
    }

    @Test
    void aRunKilledMidWriteLeavesNothingAtTheDestinationAndDoesNotHinderTheNext() throws Exception {
        Path edition = Editions.small(dir);
        Path bag = dir.resolve("bag");
        for (String at : List.of(EditionBag.PAYLOAD_WRITTEN, EditionBag.BAGGED)) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), HaltedPackaging.class.getName(), edition.toString(), bag.toString(), at)
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertEquals(137, p.waitFor(), output);
            assertFalse(Files.exists(bag), "killed at " + at + ": no bag");
        }
        try (var s = Files.list(dir)) {
            assertEquals(2, s.filter(f -> f.getFileName().toString().startsWith(".bag.")).count(), "what the kills left is hidden, beside");
        }
        assertTrue(EditionBag.write(edition, bag, Editions.options()).written());
        assertNull(Editions.locVerdict(bag));
    }

    @Test
    void aFileNameWithAPercentSignIsRefusedSinceBagitJavaWouldListItUnencoded() throws Exception {
        Path edition = Editions.small(dir);
        Files.copy(edition.resolve("tei/" + FIRST + ".xml"), edition.resolve("tei/50%.xml"));
        BagException e = assertThrows(BagException.class, () -> EditionBag.write(edition, dir.resolve("bag"), Editions.options()));
        assertTrue(e.getMessage().startsWith("tei/50%.xml: a file name with '%'"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("bag")));
    }

    @Test
    void aFileNameWithALineBreakIsListedPercentEncoded() throws Exception {
        Path edition = Editions.small(dir);
        Files.copy(edition.resolve("tei/" + FIRST + ".xml"), edition.resolve("tei/two\nlines.xml"));
        Path bag = dir.resolve("bag");
        assertTrue(EditionBag.write(edition, bag, Editions.options()).written());
        assertTrue(Files.readString(bag.resolve("manifest-sha512.txt")).contains("  data/tei/two%0Alines.xml\n"));
        assertEquals(List.of(), Rfc8493.violations(bag));
        assertNull(Editions.locVerdict(bag));
        assertTrue(BagCheck.verify(bag, Editions.schematronCache()).sound());
    }

    private void assertNothingBeside(Path bag) throws IOException {
        try (var s = Files.list(bag.getParent())) {
            List<String> left = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("." + bag.getFileName())).toList();
            assertEquals(List.of(), left, "temporaries left beside " + bag);
        }
    }
}
