package org.teikit.edition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.teikit.cli.BuildLog;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** `teikit build` on an edition folder that is not this repository: a new one, a customized one, a broken one. */
class BuildTest {
    /** Two of the corpus's sources, of two families; small, so the builds stay quick. */
    private static final List<String> SOURCES = List.of("000_0d24a9894c708a80", "002_9c4748e195050a93");

    private final StringWriter log = new StringWriter();

    @Test
    void aFolderWithOnlySourcesGetsTheSchemaItsFilesNameAndBuildsValid(@TempDir Path root) throws Exception {
        withSources(root);
        Build.Result r = build(root);

        assertEquals(0, r.exitCode(), log.toString());
        assertTrue(r.validation().allValid(), log.toString());
        assertEquals(3, r.validation().files(), "two documents and the persons index");
        for (String name : ProjectSchemaFiles.NAMED) {
            assertArrayEquals(shipped(name), Files.readAllBytes(root.resolve("schema").resolve(name)), name);
        }
        for (String s : SOURCES) {
            assertTrue(Files.isRegularFile(root.resolve("tei/" + s + ".xml")), s);
            assertTrue(Files.isRegularFile(root.resolve("build/site/" + s + ".html")), s);
            assertTrue(Files.isRegularFile(root.resolve("build/text/" + s + ".txt")), s);
        }
        assertTrue(Files.isRegularFile(root.resolve("build/site/index.html")));
    }

    @Test
    void anEditionThatNamesNobodyBuildsValidWithAnIndexThatSaysSo(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("sources"));
        Files.writeString(root.resolve("sources/diary.txt"), "# A diary\n\nIt rained all day.\n");
        Build.Result r = build(root);

        assertEquals(0, r.exitCode(), log.toString());
        assertTrue(r.validation().allValid(), log.toString());
        String index = Files.readString(root.resolve("tei/persons.xml"));
        assertFalse(index.contains("listPerson"), index);
        assertTrue(index.contains("No person is named"), index);
        String page = Files.readString(root.resolve("build/site/persons.html"));
        assertTrue(page.contains("No person is named in the edition's 1 document."), page);
    }

    @Test
    void anEditionsOwnSchemaIsUsedAndNeverReplaced(@TempDir Path root) throws Exception {
        withSources(root);
        // a customization that forbids what the converter writes: the build must use it, and keep it
        String own = "default namespace = \"http://www.tei-c.org/ns/1.0\"\nstart = element TEI { empty }\n";
        Files.createDirectories(root.resolve("schema"));
        Files.writeString(root.resolve("schema/teikit.rnc"), own);
        Build.Result r = build(root);

        assertEquals(own, Files.readString(root.resolve("schema/teikit.rnc")));
        assertArrayEquals(shipped("teikit.sch"), Files.readAllBytes(root.resolve("schema/teikit.sch")), "the missing one is added");
        assertEquals(1, r.exitCode(), log.toString());
        assertEquals(3, r.validation().invalid(), log.toString());
    }

    @Test
    void aHandEditedFileThatIsNoLongerWellFormedIsReportedAtItsPositionAndTheRestIsBuilt(@TempDir Path root) throws Exception {
        withSources(root);
        assertEquals(0, build(root).exitCode(), log.toString());
        Path broken = root.resolve("tei/" + SOURCES.get(0) + ".xml");
        String edited = Files.readString(broken).replaceFirst("<p>", "<p><unclosed>");
        Files.writeString(broken, edited);
        Files.delete(root.resolve("build/site/" + SOURCES.get(1) + ".html"));

        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        Build.Result r;
        try {
            r = build(root);
        } finally {
            System.setErr(saved);
        }

        assertEquals(1, r.exitCode(), "a malformed TEI file makes the edition invalid, it is not an I/O failure: " + log);
        assertEquals(edited, Files.readString(broken), "the hand-edited file is kept as it is");
        int line = (int) edited.lines().takeWhile(l -> !l.contains("<unclosed>")).count() + 1;
        assertTrue(log.toString().contains(broken + ":" + line + ":"), "the position of the error, in " + log);
        assertTrue(log.toString().contains("fatal:"), log.toString());
        assertTrue(Files.isRegularFile(root.resolve("build/site/" + SOURCES.get(1) + ".html")), "the other document is rendered");
        assertEquals(1, r.pages(), log.toString());
        assertTrue(log.toString().contains("render   1 page + index.html, persons.html"), log.toString());
        assertEquals("", stderr.toString(StandardCharsets.UTF_8), "the parser must not print its own messages");
    }

    @Test
    void aFolderWithoutSourcesIsRefused(@TempDir Path root) {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> build(root));
        assertTrue(e.getMessage().contains("sources"), e.getMessage());
        assertFalse(Files.exists(root.resolve("schema")), "nothing is written");
    }

    @Test
    void aRebuildRemovesThePagesOfDeletedTeiAndWhatAKilledRunLeftButNothingElse(@TempDir Path root) throws Exception {
        withSources(root);
        assertEquals(0, build(root).exitCode(), log.toString());
        String gone = SOURCES.get(0), kept = SOURCES.get(1);
        Files.delete(root.resolve("sources/" + gone + ".txt"));
        Files.delete(root.resolve("tei/" + gone + ".xml"));
        Path own = Files.writeString(root.resolve("build/site/notes-of-the-editor.html"), "<p>mine</p>");
        // what a run killed half-way leaves: a temporary file of a process that no longer runs
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Path orphan = Files.writeString(root.resolve("build/site/." + kept + ".html." + p.pid() + "-x1.tmp"), "<half");

        assertEquals(0, build(root).exitCode(), log.toString());
        assertFalse(Files.exists(root.resolve("build/site/" + gone + ".html")), log.toString());
        assertFalse(Files.exists(root.resolve("build/text/" + gone + ".txt")), log.toString());
        assertFalse(Files.exists(orphan), log.toString());
        assertTrue(Files.isRegularFile(root.resolve("build/site/" + kept + ".html")));
        assertTrue(Files.isRegularFile(own), "a file the build did not write is not its to remove");
    }

    private Build.Result build(Path root) throws Exception {
        return new Build(Build.Layout.of(root), new BuildLog(new PrintWriter(log, true))).run();
    }

    private static void withSources(Path root) throws Exception {
        Files.createDirectories(root.resolve("sources"));
        for (String s : SOURCES) Files.copy(Path.of("sources", s + ".txt"), root.resolve("sources/" + s + ".txt"));
    }

    private static byte[] shipped(String name) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("schema", name))) {
            return in.readAllBytes();
        }
    }
}
