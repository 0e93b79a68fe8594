package org.teikit.edition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.teikit.testing.TeiAssert.assertXPath;

class EditionTest {
    @TempDir Path dir;

    private final Edition edition = Edition.standard();

    private Path source(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private Edition.Outcome convert(Path source, Edition.Options options) {
        List<Edition.Outcome> out = edition.convert(List.of(source), dir.resolve("tei"), options);
        assertEquals(1, out.size());
        return out.get(0);
    }

    @Test
    void aHandCorrectionSurvivesReconversionAndIsReportedAsKept() throws Exception {
        Path src = source("letter.txt", "# A letter\n\nThe weather was fine.\n");
        Edition.Outcome first = convert(src, Edition.Options.defaults());
        assertEquals(Edition.Status.CREATED, first.status(), first.message());
        Path tei = first.tei();
        String corrected = Files.readString(tei).replace("<p>The weather was fine.</p>", "<p>The weather was fair.</p>");
        assertXPath(corrected, "//tei:body//tei:p[. = 'The weather was fair.']");
        Files.writeString(tei, corrected);

        Edition.Outcome again = convert(src, Edition.Options.defaults());
        assertEquals(Edition.Status.SKIPPED_EDITED, again.status());
        assertTrue(again.message().contains(tei.toString()) && again.message().contains("edited"), again.message());
        assertEquals(corrected, Files.readString(tei), "the editor's correction is still there");
        assertTrue(again.ok(), "keeping an edited file is not a failure");

        Edition.Outcome dry = convert(src, Edition.Options.defaults().withForce(true).withDryRun(true));
        assertEquals(Edition.Status.UPDATED, dry.status());
        assertEquals(corrected, Files.readString(tei), "a dry run writes nothing");
        assertTrue(dry.changes().stream().anyMatch(l -> l.startsWith("-") && l.contains("fair")), dry.changes().toString());
        assertTrue(dry.changes().stream().anyMatch(l -> l.startsWith("+") && l.contains("fine")), dry.changes().toString());

        Edition.Outcome forced = convert(src, Edition.Options.defaults().withForce(true));
        assertEquals(Edition.Status.UPDATED, forced.status());
        assertXPath(Files.readString(tei), "//tei:body//tei:p[. = 'The weather was fine.']"); // force overwrites
        assertEquals(Provenance.State.INTACT, Provenance.check(Files.readAllBytes(tei)).state());
    }

    @Test
    void aTeiFileWrittenByOtherMeansIsNeverOverwrittenWithoutForce() throws Exception {
        Path src = source("x.txt", "Text.\n");
        Files.createDirectories(dir.resolve("tei"));
        Path tei = Files.writeString(dir.resolve("tei/x.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>");
        Edition.Outcome o = convert(src, Edition.Options.defaults());
        assertEquals(Edition.Status.SKIPPED_EDITED, o.status());
        assertTrue(o.message().contains("no teikit content checksum"), o.message());
        assertEquals("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>", Files.readString(tei));
    }

    @Test
    void unchangedOutputIsNotRewrittenAndKeepsItsModificationTime() throws Exception {
        Path src = source("u.txt", "# U\n\nSame words.\n");
        Path tei = convert(src, Edition.Options.defaults()).tei();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(tei, old);
        Edition.Outcome again = convert(src, Edition.Options.defaults());
        assertEquals(Edition.Status.UNCHANGED, again.status());
        assertEquals(old, Files.getLastModifiedTime(tei));
    }

    @Test
    void aChangedSourceUpdatesAnIntactFile() throws Exception {
        Path src = source("c.txt", "# C\n\nFirst version.\n");
        Path tei = convert(src, Edition.Options.defaults()).tei();
        Files.writeString(src, "# C\n\nSecond version.\n");
        Edition.Outcome o = convert(src, Edition.Options.defaults());
        assertEquals(Edition.Status.UPDATED, o.status(), o.message());
        assertXPath(Files.readString(tei), "//tei:body//tei:p[. = 'Second version.']");
    }

    @Test
    void aDryRunCreatesNothing() throws Exception {
        Path src = source("d.txt", "Words.\n");
        Edition.Outcome o = convert(src, Edition.Options.defaults().withDryRun(true));
        assertEquals(Edition.Status.CREATED, o.status());
        assertFalse(Files.exists(o.tei()));
    }

    @Test
    void oneBadSourceFailsAloneNamingFileAndPosition() throws Exception {
        Path good = source("good.txt", "Fine.\n");
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', 'x', (byte) 0xE9, '\n'});
        List<Edition.Outcome> out = edition.convert(List.of(bad, good), dir.resolve("tei"), Edition.Options.defaults());
        assertEquals(Edition.Status.FAILED, out.get(0).status());
        assertTrue(out.get(0).message().contains("bad.txt:2:2"), out.get(0).message());
        assertFalse(Files.exists(out.get(0).tei()));
        assertEquals(Edition.Status.CREATED, out.get(1).status());
    }

    @Test
    void parallelConversionGivesOutcomesInSourceOrderAndTheSameFilesAsOneAtATime() throws Exception {
        Path sources = Path.of("sources");
        List<Path> all;
        try (var files = Files.list(sources)) {
            all = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(all.size() >= 5, "the five sample sources");
        List<Edition.Outcome> serial = edition.convert(all, dir.resolve("one"), Edition.Options.defaults().withJobs(1));
        List<Edition.Outcome> parallel = edition.convert(all, dir.resolve("two"), Edition.Options.defaults().withJobs(3));
        assertEquals(all, parallel.stream().map(Edition.Outcome::source).toList(), "outcomes follow the sources' order");
        for (int i = 0; i < all.size(); i++) {
            assertEquals(Edition.Status.CREATED, parallel.get(i).status(), parallel.get(i).message());
            assertEquals(serial.get(i).family(), parallel.get(i).family());
            assertArrayEquals(Files.readAllBytes(serial.get(i).tei()), Files.readAllBytes(parallel.get(i).tei()),
                    all.get(i) + " converts the same on any thread");
        }
    }

    @Test
    void twoSourcesWithOneBaseNameDoNotOverwriteEachOther() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Path first = Files.writeString(dir.resolve("a/letter.txt"), "First letter.\n");
        Path second = Files.writeString(dir.resolve("b/letter.txt"), "Second letter.\n");
        for (int jobs : new int[] {1, 2}) {
            Path out = dir.resolve("tei-" + jobs);
            List<Edition.Outcome> o = edition.convert(List.of(first, second), out, Edition.Options.defaults().withJobs(jobs));
            assertEquals(Edition.Status.CREATED, o.get(0).status(), o.get(0).message());
            assertEquals(Edition.Status.FAILED, o.get(1).status());
            assertTrue(o.get(1).message().contains(first.toString()) && o.get(1).message().contains("letter.xml"),
                    o.get(1).message());
            assertXPath(Files.readString(out.resolve("letter.xml")), "//tei:body//tei:p[. = 'First letter.']"); // the first stays
        }
    }

    @Test
    void jobsBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Edition.Options.defaults().withJobs(0));
    }

    @Test
    void whatFollowsAConversionGetsTheDocumentItParsedAndAFailureGetsNone() throws Exception {
        Path good = source("diary.txt", "# A diary\n\nIt rained.\n");
        Path bad = dir.resolve("latin1.txt");
        Files.write(bad, "na\u00efve".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        List<String> seen = edition.convert(List.of(good, bad), dir.resolve("tei"), Edition.Options.defaults(),
                (o, document) -> o.source().getFileName() + " " + o.status() + " "
                        + (document == null ? "none" : document.source().path().getFileName()));
        assertEquals(List.of("diary.txt CREATED diary.txt", "latin1.txt FAILED none"), seen);
    }
}
