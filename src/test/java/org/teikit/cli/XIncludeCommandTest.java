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
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.testing.CountingServer;
import org.teikit.validate.TestFiles;
import org.w3c.dom.Element;
import picocli.CommandLine;

/**
 * {@code teikit validate --xinclude} and {@code teikit render --xinclude} on the modular editions of
 * src/test/resources/xinclude: exit codes, positions in the included files, the reports naming them, nothing fetched.
 */
class XIncludeCommandTest {
    static final Path FIXTURES = Path.of("src/test/resources/xinclude");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CountingServer server;

    @BeforeEach
    void listen() throws Exception {
        server = new CountingServer();
    }

    @AfterEach
    void close() throws Exception {
        server.close();
    }

    private int run(String... args) {
        CommandLine cl = TeikitCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String fixture(String name) {
        return FIXTURES.resolve(name).toString();
    }

    private List<String> messages() {
        return out.toString().lines().filter(l -> !l.matches("\\d+ files?: .*")).toList();
    }

    /** remote.xml with the counting server's port, beside a copy of chapter one. */
    private Path remoteBook() throws Exception {
        Files.createDirectories(dir.resolve("chapters"));
        Files.copy(FIXTURES.resolve("chapters/one.xml"), dir.resolve("chapters/one.xml"));
        Files.copy(FIXTURES.resolve("chapters/motto.txt"), dir.resolve("chapters/motto.txt"));
        return Files.writeString(dir.resolve("remote.xml"), Files.readString(FIXTURES.resolve("remote.xml"))
                .replace("PORT", Integer.toString(server.port())));
    }

    @Test
    void aBookOfValidChaptersAndACorpusOfTwoLettersExitZero() {
        assertEquals(ExitCode.OK, run("validate", "--xinclude", fixture("book.xml")), out + "\n" + err);
        assertEquals(List.of(), messages());
        assertEquals(ExitCode.OK, run("validate", "--xinclude", "--schema", TestFiles.teiAll().toString(),
                "--no-schematron", fixture("corpus.xml")), out + "\n" + err);
        assertEquals(List.of(), messages());
    }

    @Test
    void withoutTheOptionTheIncludeElementsAreValidatedAsTheyAreAndAreNotTei() {
        assertEquals(ExitCode.INVALID, run("validate", fixture("book.xml")), out + "\n" + err);
        assertTrue(messages().get(0).startsWith(fixture("book.xml") + ":19:44: error: element \"xi:include\" not allowed"),
                messages().toString());
        out.getBuffer().setLength(0);
        // tei_all has no xi:include either: the official schema's verdict on the unassembled corpus is the same
        assertEquals(ExitCode.INVALID, run("validate", "--schema", TestFiles.teiAll().toString(), "--no-schematron",
                fixture("corpus.xml")), out + "\n" + err);
        assertTrue(messages().get(0).startsWith(fixture("corpus.xml") + ":17:41: error: element \"xi:include\" not allowed"),
                messages().toString());
    }

    @Test
    void anErrorInAChapterExitsOneAtItsPositionInTheChapter() {
        assertEquals(ExitCode.INVALID, run("validate", "--xinclude", fixture("book-with-error.xml")), out + "\n" + err);
        assertEquals(1, messages().size(), messages().toString());
        assertTrue(messages().get(0).startsWith(fixture("chapters/bad.xml") + ":5:20: error: attribute \"colour\" not"
                + " allowed here"), messages().toString());
    }

    @Test
    void theJsonAndJunitReportsNameTheChapter() throws Exception {
        Path json = dir.resolve("report.json");
        assertEquals(ExitCode.INVALID, run("validate", "--xinclude", "--format", "json", "-o", json.toString(),
                fixture("book-with-error.xml")));
        String report = Files.readString(json);
        assertTrue(report.contains("{\"file\":\"" + fixture("book-with-error.xml") + "\",\"valid\":false"), report);
        assertTrue(report.contains("{\"file\":\"" + fixture("chapters/bad.xml") + "\",\"line\":5,\"column\":20,"), report);

        Path junit = dir.resolve("report.xml");
        assertEquals(ExitCode.INVALID, run("validate", "--xinclude", "--format", "junit", "-o", junit.toString(),
                fixture("book-with-error.xml")));
        Element failure = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getElementsByTagName("failure").item(0);
        assertTrue(failure.getTextContent().startsWith(fixture("chapters/bad.xml") + ":5:20: error:"),
                failure.getTextContent());
    }

    @Test
    void aLoopExitsTwoNamingTheChain() {
        assertEquals(ExitCode.ERROR, run("validate", "--xinclude", fixture("loop/a.xml")), out + "\n" + err);
        assertEquals(List.of(fixture("loop/b.xml") + ":4:29: fatal: xi:include loop: a.xml includes b.xml, which"
                + " includes a.xml; a file cannot include itself"), messages());
        assertTrue(err.toString().contains("a file they include cannot be included"), err.toString());
    }

    @Test
    void aMissingChapterExitsTwoAtItsInclude() {
        assertEquals(ExitCode.ERROR, run("validate", "--xinclude", fixture("missing.xml")), out + "\n" + err);
        assertEquals(List.of(fixture("missing.xml") + ":20:45: fatal: cannot include \"chapters/four.xml\": no such file,"
                + " and the xi:include has no xi:fallback"), messages());
        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, run("validate", "--xinclude", fixture("fallback.xml")), out + "\n" + err);
        assertTrue(messages().get(0).startsWith(fixture("fallback.xml") + ":20:44: warning:"), messages().toString());
    }

    @Test
    void aRemoteChapterExitsTwoAndNothingConnects() throws Exception {
        Path book = remoteBook();
        assertEquals(ExitCode.ERROR, run("validate", "--xinclude", book.toString()), out + "\n" + err);
        String href = server.http() + "/chapters/two.xml";
        assertEquals(List.of(book + ":20:" + (27 + href.length()) + ": fatal: xi:include of \"" + href + "\" refused:"
                + " teikit includes local files only (file: URIs or paths relative to the including file), never http:"),
                messages());
        assertEquals(ExitCode.ERROR, run("render", "--text", "--xinclude", book.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.toString().contains(book + ":20:"), err.toString());
        assertFalse(Files.exists(dir.resolve("out/remote.txt")), "no half-written view");
        assertEquals(0, server.connections(), "teikit connected to " + server.http());
    }

    @Test
    void renderAssemblesTheBookAndTheCorpus() throws Exception {
        Path views = dir.resolve("views");
        assertEquals(ExitCode.OK, run("render", "--text", "--xinclude", fixture("book.xml"), fixture("corpus.xml"),
                "-o", views.toString()), err.toString());
        String book = Files.readString(views.resolve("book.txt"));
        for (String words : List.of("Chapter One", "The lighthouse keeper counted the ships.",
                "Every lamp remembers its harbour.", "Chapter Two", "At dawn the fog lifted")) {
            assertTrue(book.contains(words), words + " in\n" + book);
        }
        assertTrue(book.indexOf("Chapter One") < book.indexOf("Chapter Two"), book);
        String corpus = Files.readString(views.resolve("corpus.txt"));
        assertTrue(corpus.contains("Dear Anna, the orchard is in bloom.") && corpus.contains("Dear Karl, the river"), corpus);

        assertEquals(ExitCode.OK, run("render", "--html", "--xinclude", fixture("book.xml"), "-o", views.toString()));
        String html = Jsoup.parse(views.resolve("book.html").toFile(), "UTF-8").body().text();
        assertTrue(html.contains("The lighthouse keeper counted the ships.") && html.contains("At dawn the fog lifted"), html);

        Path plain = dir.resolve("plain");
        assertEquals(ExitCode.OK, run("render", "--text", fixture("book.xml"), "-o", plain.toString()));
        assertFalse(Files.readString(plain.resolve("book.txt")).contains("lighthouse"), "without --xinclude no chapter is read");
    }

    @Test
    void renderReportsAFailedIncludeAtItsPositionAndAnErrorInAChapterInTheChapter() throws Exception {
        assertEquals(ExitCode.ERROR, run("render", "--text", "--xinclude", fixture("loop/a.xml"), fixture("missing.xml"),
                "-o", dir.toString()));
        assertTrue(err.toString().contains(fixture("loop/b.xml") + ":4:29: xi:include loop: a.xml includes b.xml"), err.toString());
        assertTrue(err.toString().contains(fixture("missing.xml") + ":20:45: cannot include \"chapters/four.xml\""), err.toString());
        Files.writeString(dir.resolve("broken.xml"), "<div xmlns='http://www.tei-c.org/ns/1.0'>\n<p>unclosed\n</div>");
        Path book = Files.writeString(dir.resolve("book.xml"), Files.readString(FIXTURES.resolve("book.xml"))
                .replace("chapters/one.xml", "broken.xml").replace("<xi:include href=\"chapters/two.xml\"/>", ""));
        err.getBuffer().setLength(0);
        assertEquals(ExitCode.ERROR, run("render", "--text", "--xinclude", book.toString(), "-o", dir.resolve("v").toString()));
        assertTrue(err.toString().contains(dir.resolve("broken.xml") + ":3:3: not well-formed:"), err.toString());
    }

    @Test
    void bothCommandsDocumentTheOption() {
        for (String command : List.of("validate", "render")) {
            StringWriter help = new StringWriter();
            CommandLine cl = TeikitCommand.commandLine();
            cl.setOut(new PrintWriter(help, true));
            cl.execute(command, "--help");
            assertTrue(help.toString().contains("--xinclude"), command + ": " + help);
        }
        assertTrue(Stream.of("book.xml", "corpus.xml").allMatch(f -> Files.isRegularFile(FIXTURES.resolve(f))));
    }
}
