package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.validate.TestFiles;
import org.w3c.dom.Element;
import picocli.CommandLine;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = TeikitCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = Stream.concat(Stream.of("validate"), Stream.of(args)).toArray(String[]::new);
        return cl.execute(all);
    }

    private static String valid() {
        return TestFiles.shared("tei/samples/valid.xml").toString();
    }

    private static String invalid() {
        return TestFiles.shared("tei/samples/invalid.xml").toString();
    }

    private static String teiAll() {
        return TestFiles.teiAll().toString();
    }

    @Test
    void validFilesExitZeroWithOnlyTheSummary() {
        assertEquals(0, run("--schema", teiAll(), "--no-schematron", valid()), err.toString());
        assertEquals(List.of("1 file: 1 valid, 0 invalid; 0 errors, 0 warnings"),
                out.toString().lines().map(l -> l.replaceAll("; [0-9.]+ s$", "")).toList());
    }

    @Test
    void invalidFilesExitOneWithJingStyleLines() {
        assertEquals(1, run("--schema", teiAll(), "--no-schematron", valid(), invalid()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size(), out.toString());
        assertTrue(lines.get(0).startsWith(invalid() + ":21:38: error: element \"speaker\" not allowed here;"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith(invalid() + ":22:25: error: attribute \"bogus\" not allowed here;"),
                lines.get(1));
        assertTrue(lines.get(2).startsWith("2 files: 1 valid, 1 invalid; 2 errors, 0 warnings; "), lines.get(2));
    }

    @Test
    void aManifestFileListsOnePathPerLineSpacesIncluded() throws Exception {
        Path spaced = dir.resolve("letters of 1944/the invalid one.xml");
        Files.createDirectories(spaced.getParent());
        Files.copy(Path.of(invalid()), spaced);
        Path manifest = Files.writeString(dir.resolve("manifest.txt"), "# today's ingest\n" + valid() + "\n" + spaced + "\n");
        assertEquals(1, run("--schema", teiAll(), "--no-schematron", "@" + manifest), err.toString());
        assertTrue(out.toString().contains(spaced + ":21:38: error:"), out.toString());
        assertTrue(out.toString().contains("2 files: 1 valid, 1 invalid"), out.toString());
        StringWriter help = new StringWriter();
        CommandLine cl = TeikitCommand.commandLine();
        cl.setOut(new PrintWriter(help, true));
        cl.execute("validate", "--help");
        assertTrue(help.toString().replaceAll("\\s+", " ").contains("@LIST reads them from the file LIST, one per line"), help.toString());
    }

    @Test
    void usageAndInputErrorsExitTwo() {
        assertEquals(2, run("--schema", teiAll(), dir.resolve("absent.xml").toString()));
        assertTrue(err.toString().contains("absent.xml: no such file or folder"), err.toString());
        assertEquals(2, run("--schema", dir.resolve("absent.rng").toString(), valid()));
        Path broken = TestFiles.write(dir, "broken.rng", "<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start>");
        assertEquals(2, run("--schema", broken.toString(), valid()), "a broken schema is never reported as valid");
        assertTrue(err.toString().contains("broken.rng"), err.toString());
        assertEquals(2, run("--format", "yaml", valid()));
        assertEquals(2, run());
    }

    @Test
    void jsonReportWrittenToAFileParsesAndNoTemporaryFileRemains() throws Exception {
        Path report = dir.resolve("out/report.json");
        assertEquals(1, run("--schema", teiAll(), "--no-schematron", "--format", "json", "-o", report.toString(),
                valid(), invalid()));
        assertEquals("", out.toString(), "the report went to the file");
        String json = Files.readString(report);
        var xpath = new net.sf.saxon.s9api.Processor(false).newXPathCompiler();
        var s = xpath.compile("parse-json('" + json.replace("'", "''") + "')?summary?invalid").load();
        assertEquals("1", s.evaluateSingle().getStringValue());
        try (Stream<Path> left = Files.list(report.getParent())) {
            assertEquals(List.of(report), left.toList());
        }
    }

    @Test
    void junitReportCountsFilesAndFailures() throws Exception {
        Path report = dir.resolve("junit.xml");
        assertEquals(1, run("--schema", teiAll(), "--no-schematron", "--format", "junit", "-o", report.toString(),
                "-j", "2", valid(), invalid()));
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                .getDocumentElement();
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals(2, suite.getElementsByTagName("testcase").getLength());
    }

    @Test
    void aFailedRunLeavesAnExistingReportUntouched() throws Exception {
        Path report = TestFiles.write(dir, "report.txt", "previous report\n");
        assertEquals(2, run("--schema", dir.resolve("absent.rng").toString(), "-o", report.toString(), valid()));
        assertEquals("previous report\n", Files.readString(report));
    }

    @Test
    void malformedFilesAreFatalAndTheBatchGoesOn() {
        Path bad = TestFiles.write(dir, "a-bad.xml", "<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<teiHeader>");
        Path folder = dir;
        TestFiles.write(dir, "b-invalid.xml", TestFiles.tei("    <bogus/>"));
        assertEquals(1, run("--schema", teiAll(), "--no-schematron", folder.toString()));
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith(bad + ":2:12: fatal: "), lines.get(0));
        assertTrue(lines.get(1).contains("b-invalid.xml:5:13: error: element \"bogus\" not allowed anywhere"), lines.get(1));
        assertFalse(err.toString().contains("validated"), "no progress indicator when not on a terminal");
    }

    /** A Schematron schema no other test uses, so that its cache entry is this test's own. */
    private Path uniqueSchematron(String message) {
        return TestFiles.write(dir, "rules.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
                  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
                  <pattern><rule context="tei:TEI"><report test="true()">%s</report></rule></pattern>
                </schema>
                """.formatted(message));
    }

    private static long cacheEntriesContaining(Path cache, String text) throws Exception {
        if (!Files.isDirectory(cache)) return 0;
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> {
                try {
                    return Files.readString(p).contains(text);
                } catch (java.io.IOException e) {
                    return false;
                }
            }).count();
        }
    }

    @Test
    void compiledSchematronIsKeptInTheCacheFolderUnlessNoCache() throws Exception {
        String root = System.getenv("TEIKIT_CACHE");
        assertTrue(root != null && !root.isBlank(), "surefire points TEIKIT_CACHE under target/");
        Path cache = Path.of(root, "schematron");
        String kept = "kept " + System.nanoTime();
        assertEquals(1, run("--schema", uniqueSchematron(kept).toString(), valid()), err.toString());
        assertTrue(out.toString().contains(kept), out.toString());
        assertEquals(1, cacheEntriesContaining(cache, kept));

        String notKept = "not kept " + System.nanoTime();
        assertEquals(1, run("--no-cache", "--schema", uniqueSchematron(notKept).toString(), valid()), err.toString());
        assertTrue(out.toString().contains(notKept), out.toString());
        assertEquals(0, cacheEntriesContaining(cache, notKept));
    }

    @Test
    void aSchemaJingCompilesButCannotApplyEndsTheRunWithExitTwoNamingTheFileAndPosition() {
        // Jing accepts a length facet on a year, then fails (ClassCastException) on the first value it checks
        Path schema = TestFiles.write(dir, "year.rng", """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0"
                         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
                  <start><element name="d"><attribute name="when">
                    <data type="gYear"><param name="maxLength">4</param></data>
                  </attribute><empty/></element></start>
                </grammar>
                """);
        Path doc = TestFiles.write(dir, "d.xml", "<d\n  when='1944'/>\n");

        assertEquals(2, run("--schema", schema.toString(), doc.toString()));
        assertTrue(err.toString().contains(doc + ":2:16: the schema cannot be applied to this document: Jing failed"),
                err.toString());
        assertFalse(out.toString().contains("1 valid"), "never reported valid: " + out);
    }

    @Test
    void aDashReadsOneDocumentFromStandardInput() throws Exception {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(Files.newInputStream(Path.of(invalid())));
            assertEquals(1, run("--schema", teiAll(), "--no-schematron", "-"));
        } finally {
            System.setIn(stdin);
        }
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("<stdin>:21:38: error: element \"speaker\" not allowed here;"), out.toString());
        assertTrue(lines.get(2).startsWith("1 file: 0 valid, 1 invalid; 2 errors"), out.toString());
    }
}
