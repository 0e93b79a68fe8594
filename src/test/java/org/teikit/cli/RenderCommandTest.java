package org.teikit.cli;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.render.Fixtures;
import org.teikit.tei.DepthLimit;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** teikit render: exit codes, output files, errors on broken input. */
class RenderCommandTest {
    @TempDir
    Path out;

    final StringWriter err = new StringWriter();
    final StringWriter stdout = new StringWriter();

    int run(String... args) {
        CommandLine cl = TeikitCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(stdout, true));
        return cl.execute(args);
    }

    @Test
    void htmlWritesOnePagePerFileAndExitsZero() throws Exception {
        int code = run("render", "--html", Fixtures.TEIKIT.toString(), Fixtures.RENDER.resolve("drama.xml").toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, code, err.toString());
        assertTrue(Files.readString(out.resolve("teikit-conversations.html")).startsWith("<!DOCTYPE HTML>"));
        assertTrue(Files.exists(out.resolve("drama.html")));
    }

    @Test
    void textHonoursTheWidth() throws Exception {
        assertEquals(ExitCode.OK, run("render", "--text", "--width", "40", Fixtures.TEIKIT.toString(), "-o", out.toString()), err.toString());
        String text = Files.readString(out.resolve("teikit-conversations.txt"));
        assertTrue(text.contains("COMRADE STALIN:"));
        assertTrue(text.lines().filter(l -> !l.matches("[=\\-]+")).allMatch(l -> l.length() <= 40 || !l.trim().contains(" ")), "wrapped at 40");
    }

    @Test
    void directoryArgumentRendersItsXmlFilesAndSiteAddsIndexAndPersons() throws Exception {
        Path in = Files.createDirectories(out.resolve("in"));
        Files.copy(Fixtures.TEIKIT, in.resolve("a.xml"));
        Files.copy(Fixtures.RENDER.resolve("drama.xml"), in.resolve("b.xml"));
        Path site = out.resolve("site");
        assertEquals(ExitCode.OK, run("render", "--html", "--site", in.toString(), "-o", site.toString()), err.toString());
        for (String f : new String[] {"a.html", "b.html", "index.html", "persons.html"}) assertTrue(Files.exists(site.resolve(f)), f);
    }

    @Test
    void siteReadsAPersonsXmlAmongTheInputsAsTheEditionsPersonsIndex() throws Exception {
        Path in = Files.createDirectories(out.resolve("in"));
        Files.copy(Fixtures.TEIKIT, in.resolve("a.xml"));
        Files.copy(Path.of("src/test/resources/site/persons.xml"), in.resolve("persons.xml"));
        Path site = out.resolve("site");
        assertEquals(ExitCode.OK, run("render", "--html", "--site", in.toString(), "-o", site.toString()), err.toString());
        assertTrue(stdout.toString().contains("rendered 1 of 1 file"), "persons.xml is no document: " + stdout);
        var persons = Jsoup.parse(site.resolve("persons.html").toFile(), "UTF-8");
        // the index's standard name and its VIAF record, which the document does not have
        assertEquals("Stalin, Joseph", persons.selectFirst("#p-stalin strong.person-name").text());
        assertEquals("https://viaf.org/viaf/101787139", persons.selectFirst("#p-stalin > a.authority").attr("href"));
    }

    @Test
    void brokenInputExitsTwoNamingTheLineAndLeavesNoFile() throws Exception {
        int code = run("render", "--html", Fixtures.BROKEN.toString(), Fixtures.TEIKIT.toString(), "-o", out.toString());
        assertEquals(ExitCode.ERROR, code);
        assertTrue(err.toString().matches("(?s).*broken\\.xml:3:\\d+: .*"), err.toString());
        assertFalse(Files.exists(out.resolve("broken.html")));
        assertTrue(Files.exists(out.resolve("teikit-conversations.html")), "the good file is still rendered");
    }

    @Test
    void xmlThatIsNotTeiP5IsRefusedAtItsRootInsteadOfComingOutEmpty() throws Exception {
        Path p4 = Files.writeString(out.resolve("p4.xml"), "<?xml version=\"1.0\"?>\n<TEI.2><text><body><p>Old words.</p></body></text></TEI.2>");
        Path other = Files.writeString(out.resolve("other.xml"), "<doc xmlns=\"urn:x\"><p>Other words.</p></doc>");
        Path corpus = Files.writeString(out.resolve("corpus.xml"), "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"><TEI><text><body>"
                + "<p>Corpus words.</p></body></text></TEI></teiCorpus>");
        assertEquals(ExitCode.ERROR, run("render", "--text", p4.toString(), other.toString(), corpus.toString(), "-o", out.toString()));
        assertTrue(err.toString().contains("p4.xml:2:8: not TEI P5: the root element is TEI.2 (in no namespace)"), err.toString());
        assertTrue(err.toString().contains("other.xml:1:20: not TEI P5: the root element is {urn:x}doc"), err.toString());
        assertFalse(Files.exists(out.resolve("p4.txt")) || Files.exists(out.resolve("other.txt")));
        assertTrue(Files.readString(out.resolve("corpus.txt")).contains("Corpus words."), "a teiCorpus is TEI");
    }

    /** Thousands of levels overflowed the stylesheets' stack (at a depth that depended on the JVM), with a Saxon dump. */
    @Test
    void aDocumentNestedDeeperThanTheViewsRenderIsRefusedAtTheFirstElementTooDeep() throws Exception {
        String open = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>";   // TEI, text, body, p: four levels
        Path deepest = Files.writeString(out.resolve("deepest.xml"), open + "<hi>".repeat(DepthLimit.MAX_DEPTH - 4) + "deep"
                + "</hi>".repeat(DepthLimit.MAX_DEPTH - 4) + "</p></body></text></TEI>");
        Path deeper = Files.writeString(out.resolve("deeper.xml"), open + "<hi>".repeat(50_000) + "deep"
                + "</hi>".repeat(50_000) + "</p></body></text></TEI>");
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(stderr, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = run("render", "--html", deepest.toString(), deeper.toString(), "-o", out.toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(ExitCode.ERROR, code);
        int column = open.length() + "<hi>".length() * (DepthLimit.MAX_DEPTH - 3) + 1;   // just after the first start tag too deep
        assertTrue(err.toString().contains("deeper.xml:1:" + column + ": elements nested more than 250 levels deep"), err.toString());
        assertFalse(Files.exists(out.resolve("deeper.html")));
        assertTrue(Jsoup.parse(out.resolve("deepest.html").toFile(), "UTF-8").selectFirst("main").text().contains("deep"),
                "the deepest allowed renders");
        assertEquals("", stderr.toString(java.nio.charset.StandardCharsets.UTF_8), "nothing printed beside teikit's message");
    }

    @Test
    void missingFileAndBadUsageExitTwo() {
        assertEquals(ExitCode.ERROR, run("render", "--html", out.resolve("nope.xml").toString(), "-o", out.toString()));
        assertTrue(err.toString().contains("nope.xml"));
        assertEquals(ExitCode.ERROR, run("render", "--html", "--text", Fixtures.TEIKIT.toString()));
        assertEquals(ExitCode.ERROR, run("render", Fixtures.TEIKIT.toString()));
        assertEquals(ExitCode.ERROR, run("render", "--text", "--width", "5", Fixtures.TEIKIT.toString()));
    }
}
