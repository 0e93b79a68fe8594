package org.teikit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class ConvertCommandTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cl = TeikitCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void convertsEachSourceToOneTeiFileAndReportsTheFamily() throws Exception {
        Path src = Files.writeString(dir.resolve("diary.txt"), "# A diary\n\nIt rained.\n");
        Run r = run("convert", "-o", dir.resolve("out").toString(), src.toString());
        assertEquals(0, r.code(), r.err());
        String xml = Files.readString(dir.resolve("out/diary.xml"));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-model href=\"../schema/teikit.rnc\""), xml);
        assertTrue(r.err().contains("family generic"), r.err());
    }

    @Test
    void aFolderWhoseFilesWouldNotFindTheirSchemaGetsANoteAndOneThatWouldDoesNot() throws Exception {
        Path src = Files.writeString(dir.resolve("diary.txt"), "# A diary\n\nIt rained.\n");
        Run alone = run("convert", "-o", dir.resolve("alone/tei").toString(), src.toString());
        assertEquals(0, alone.code(), alone.err());
        assertTrue(alone.err().contains("note: the TEI files' xml-model names " + dir.resolve("alone/schema/teikit.rnc")), alone.err());

        Files.createDirectories(dir.resolve("edition/schema"));
        for (String f : new String[] {"teikit.rnc", "teikit.sch"}) Files.copy(Path.of("schema", f), dir.resolve("edition/schema/" + f));
        Run edition = run("convert", "-o", dir.resolve("edition/tei").toString(), src.toString());
        assertEquals(0, edition.code(), edition.err());
        assertFalse(edition.err().contains("note:"), edition.err());
    }

    @Test
    void unreadableInputExitsTwoNamingTheFileAndPositionAndWritesNothing() throws Exception {
        Path src = dir.resolve("latin1.txt");
        Files.write(src, "ok\nna\u00efve".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("convert", "-o", dir.resolve("out").toString(), src.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("latin1.txt:2:3"), r.err());
        assertFalse(Files.exists(dir.resolve("out/latin1.xml")));
    }

    @Test
    void missingFileAndBadOptionExitTwo() {
        assertEquals(2, run("convert", dir.resolve("nope.txt").toString()).code());
        Run bad = run("convert", "--no-such-option", "x");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("Unknown option"), bad.err());
    }

    @Test
    void unknownFamilyIsAUsageError() throws Exception {
        Path src = Files.writeString(dir.resolve("a.txt"), "text\n");
        Run r = run("convert", "--family", "nonesuch", "-o", dir.toString(), src.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown family 'nonesuch'"), r.err());
    }

    @Test
    void quietPrintsOnlyWarningsAndFailures() throws Exception {
        Path clean = Files.writeString(dir.resolve("diary.txt"), "# A diary\n\nIt rained.\n");
        Path unplaced = Files.writeString(dir.resolve("notes.txt"), "# Notes\n\nA word.[^7]\n");
        Run r = run("convert", "-q", "-o", dir.resolve("out").toString(), clean.toString(), unplaced.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("out/diary.xml")), "quiet still converts");
        assertFalse(r.err().contains("created"), r.err());
        assertFalse(r.err().contains("note: the TEI files' xml-model"), r.err());
        assertTrue(r.err().contains("notes.txt:3: warning: note reference 7 has no definition"), r.err());
        Run loud = run("convert", "-o", dir.resolve("out2").toString(), clean.toString());
        assertTrue(loud.err().contains("diary.txt → "), "without -q each file is said: " + loud.err());

        Path broken = dir.resolve("latin1.txt");
        Files.write(broken, "na\u00efve".getBytes(StandardCharsets.ISO_8859_1));
        Run failed = run("convert", "--quiet", "-o", dir.resolve("out").toString(), broken.toString());
        assertEquals(2, failed.code());
        assertTrue(failed.err().contains("latin1.txt:1:3"), failed.err());
    }

    @Test
    void aQuietBuildSaysNothingOfWorkDone() throws Exception {
        Files.createDirectories(dir.resolve("ed/sources"));
        Files.copy(Path.of("sources/000_0d24a9894c708a80.txt"), dir.resolve("ed/sources/000_0d24a9894c708a80.txt"));
        Run r = run("build", "-q", "-C", dir.resolve("ed").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(Files.isRegularFile(dir.resolve("ed/build/site/000_0d24a9894c708a80.html")));
        for (String stage : new String[] {"convert  ", "fidelity ", "index    ", "schema   ", "render   "}) {
            assertFalse(r.out().contains(stage), stage + " in " + r.out());
        }
        assertTrue(r.out().contains("2 files: 2 valid"), "the validation's summary stays: " + r.out());
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsNamedWithItsReasonAndNothingIsWritten() throws Exception {
        Path src = Files.writeString(dir.resolve("diary.txt"), "# A diary\n\nIt rained.\n");
        Path file = Files.writeString(dir.resolve("tei"), "a file where the folder should be");
        Run r = run("convert", "-o", file.resolve("sub").toString(), src.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(file.resolve("sub/diary.xml") + ": cannot write: "), r.err());
        assertTrue(r.err().contains("not a directory") || r.err().contains("already exists"), r.err());
        assertFalse(r.err().contains("Exception"), "the reason, not the exception's class: " + r.err());
        assertEquals("a file where the folder should be", Files.readString(file));
    }

    @Test
    void aDashConvertsStandardInputToStandardOutput() throws Exception {
        java.io.InputStream stdin = System.in;
        Run r, bad;
        try {
            System.setIn(new java.io.ByteArrayInputStream("# Play\n\nHANS: Where?\n\nGRETE: Here.\n\nHANS: When?\n\nGRETE: Now.[^3]\n"
                    .getBytes(StandardCharsets.UTF_8)));
            r = run("convert", "-");
            System.setIn(new java.io.ByteArrayInputStream("na\u00efve".getBytes(StandardCharsets.ISO_8859_1)));
            bad = run("convert", "-");
        } finally {
            System.setIn(stdin);
        }
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("<?xml"), r.out());
        assertEquals(4, r.out().split("<sp ", -1).length - 1, r.out());
        assertTrue(r.err().contains("<stdin>:9: warning: note reference 3 has no definition"), r.err());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("<stdin>:1:3"), bad.err());
        assertFalse(Files.exists(Path.of("tei/-.xml")), "nothing written as a file");
    }
}
