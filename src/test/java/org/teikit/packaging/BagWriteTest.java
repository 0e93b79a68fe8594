package org.teikit.packaging;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.testing.TeiAll;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.*;
import static org.teikit.testing.TeiAssert.assertXPathValue;
import static org.teikit.testing.TeiAssert.evaluate;
import static org.teikit.testing.TeiAssert.values;

/** A bag of a valid edition: what it holds, and that the Library of Congress's verifier and RFC 8493's rules accept it. */
class BagWriteTest {
    @TempDir static Path dir;
    static Path edition, bag;
    static EditionBag.Result result;

    @BeforeAll
    static void packageTheSmallEdition() throws Exception {
        edition = Editions.small(dir);
        Files.writeString(edition.resolve(BagInfo.FILE_NAME), """
                Source-Organization = Edition Office
                Contact-Name = From the properties file
                External-Description = The small edition \\
                    of two documents
                """);
        bag = dir.resolve("the-bag");
        result = EditionBag.write(edition, bag, Editions.options()
                .withInfo(new BagInfo(null, "From the option", null, LocalDate.of(2026, 1, 2))));
    }

    @Test
    void aValidEditionIsWritten() {
        assertTrue(result.written());
        assertEquals(List.of(), result.invalid());
        assertEquals(List.of(), result.unfaithful());
        assertEquals(3, result.teiFiles(), "two documents and the persons index");
    }

    @Test
    void theLibraryOfCongresssVerifierFindsTheBagValid() {
        assertNull(Editions.locVerdict(bag));
    }

    @Test
    void theBagKeepsRfc8493sRulesCheckedIndependently() throws Exception {
        assertEquals(List.of(), Rfc8493.violations(bag));
        assertEquals(Rfc8493.BAGIT_TXT, Files.readString(bag.resolve("bagit.txt")));
        assertEquals(List.of("bag-info.txt", "bagit.txt", "data", "manifest-sha512.txt", "tagmanifest-sha512.txt"),
                StreamSupport.stream(Files.newDirectoryStream(bag).spliterator(), false).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void thePayloadHoldsTheTeiPersonsSchemaSourcesCorpusCmifAndReports() throws Exception {
        List<String> expected = new ArrayList<>(List.of("cmif.xml", "corpus.xml", "reports/fidelity.json",
                "reports/validation.json", "reports/validation.junit.xml"));
        for (String f : Editions.filesUnder(edition.resolve("schema"))) expected.add("schema/" + f);
        for (String d : Editions.DOCUMENTS) {
            expected.add("sources/" + d + ".txt");
            expected.add("tei/" + d + ".xml");
        }
        expected.add("tei/persons.xml");
        assertEquals(expected.stream().sorted().toList(), Editions.filesUnder(bag.resolve("data")), "no site unless asked for");
        for (String d : Editions.DOCUMENTS) {
            assertArrayEquals(Files.readAllBytes(edition.resolve("tei/" + d + ".xml")), Files.readAllBytes(bag.resolve("data/tei/" + d + ".xml")));
        }
        assertArrayEquals(Files.readAllBytes(edition.resolve("tei/persons.xml")), Files.readAllBytes(bag.resolve("data/tei/persons.xml")));
    }

    @Test
    void bagInfoHasTheOptionsFirstThenThePropertiesFileAndWhatTheBagIs() throws Exception {
        Map<String, String> info = Rfc8493.bagInfo(bag, new ArrayList<>());
        assertEquals("Edition Office", info.get("Source-Organization"), "from the properties file");
        assertEquals("From the option", info.get("Contact-Name"), "an option wins over the file");
        assertEquals("The small edition of two documents", info.get("External-Description"), "a continued property is one line");
        assertEquals("2026-01-02", info.get("Bagging-Date"));
        assertEquals("teikit " + org.teikit.Teikit.VERSION + " (bagit-java 5.2.0)", info.get("Bag-Software-Agent"));
        long octets = 0;
        List<String> payload = Editions.filesUnder(bag.resolve("data"));
        for (String f : payload) octets += Files.size(bag.resolve("data").resolve(f));
        assertEquals(octets + "." + payload.size(), info.get("Payload-Oxum"));
    }

    @Test
    void theCorpusFileIsValidTeiAndListsEveryDocument() throws Exception {
        String corpus = Files.readString(bag.resolve("data/corpus.xml"));
        TeiAll.assertValid(corpus);
        List<String> targets = values(corpus, "/tei:teiCorpus/tei:TEI/tei:text//tei:ref/@target");
        assertEquals(Editions.DOCUMENTS.stream().map(d -> "tei/" + d + ".xml").toList(), targets, "each document once, the index not");
        for (String t : targets) assertTrue(Files.isRegularFile(bag.resolve("data").resolve(t)), t + " is in the bag");
        for (int i = 0; i < Editions.DOCUMENTS.size(); i++) {
            String own = evaluate(Files.readString(edition.resolve("tei/" + Editions.DOCUMENTS.get(i) + ".xml")),
                    "/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title");
            assertEquals(own.replaceAll("\\s+", " ").strip(),
                    evaluate(corpus, "/tei:teiCorpus/tei:TEI[" + (i + 1) + "]/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"),
                    "a document's entry has its title");
        }
    }

    @Test
    void theCmifFilePointsAtTheLettersInTheBag() throws Exception {
        String cmif = Files.readString(bag.resolve("data/cmif.xml"));
        List<String> refs = values(cmif, "//tei:correspDesc/@ref");
        assertFalse(refs.isEmpty(), "the first document has letters");
        for (String ref : refs) {
            String file = ref.replaceAll("#.*", "");
            assertTrue(Files.isRegularFile(bag.resolve("data").resolve(file)), ref + " points into the bag");
        }
    }

    @Test
    void theReportsNameTheFilesWhereTheyAreInThePayload() throws Exception {
        String junit = Files.readString(bag.resolve("data/reports/validation.junit.xml"));
        assertXPathValue("3", junit, "/testsuite/@tests");
        assertXPathValue("0", junit, "/testsuite/@failures");
        List<String> names = values(junit, "/testsuite/testcase/@name");
        List<String> tei = new ArrayList<>(Editions.DOCUMENTS.stream().map(d -> "tei/" + d + ".xml").toList());
        tei.add("tei/persons.xml");
        assertEquals(tei, names);

        String json = Files.readString(bag.resolve("data/reports/validation.json"));
        for (String t : tei) assertTrue(json.contains("{\"file\":\"" + t + "\",\"valid\":true"), json);
        assertTrue(json.contains("\"summary\":{\"files\":3,\"valid\":3,\"invalid\":0"), json);

        String fidelity = Files.readString(bag.resolve("data/reports/fidelity.json"));
        for (String d : Editions.DOCUMENTS) {
            assertTrue(fidelity.contains("{\"source\":\"sources/" + d + ".txt\",\"tei\":\"tei/" + d + ".xml\",\"state\":\"intact\",\"faithful\":true,\"lost\":0,\"added\":0"), fidelity);
        }
        assertTrue(fidelity.contains("\"summary\":{\"files\":2,\"faithful\":2,\"unfaithful\":0}"), fidelity);
    }

    @Test
    void everyFileAndFolderHasTheUsualPermissionsNotATemporarysOwnerOnlyOnes() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain-file"));
        Path plainDir = Files.createDirectory(dir.resolve("plain-folder"));
        String file = PosixFilePermissions.toString(Files.getPosixFilePermissions(plain));
        String folder = PosixFilePermissions.toString(Files.getPosixFilePermissions(plainDir));
        assertNotEquals("rw-------", file, "the test needs a umask that lets others read");
        try (var walk = Files.walk(bag)) {
            for (Path p : walk.toList()) {
                assertEquals(Files.isDirectory(p) ? folder : file, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
            }
        }
    }

    @Test
    void nothingIsLeftBesideTheBag() throws Exception {
        try (var s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            assertEquals(List.of(), names, "no temporary folder or file");
        }
    }

    @Test
    void theSiteIsInThePayloadWhenAskedFor(@TempDir Path other) throws Exception {
        Path withSite = other.resolve("with-site");
        assertTrue(EditionBag.write(edition, withSite, Editions.options().withSite(true)).written());
        for (String d : Editions.DOCUMENTS) assertTrue(Files.isRegularFile(withSite.resolve("data/site/" + d + ".html")), d);
        assertNotNull(Jsoup.parse(withSite.resolve("data/site/index.html").toFile(), "UTF-8")
                .selectFirst("a[href=" + Editions.DOCUMENTS.get(0) + ".html]"), "the index links the first document");
        assertTrue(Files.isRegularFile(withSite.resolve("data/site/persons.html")));
        assertNull(Editions.locVerdict(withSite));
        assertEquals(List.of(), Rfc8493.violations(withSite));
    }
}
