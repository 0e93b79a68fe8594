package org.teikit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The library names no option; the command line adds the option that remedies a failure, in one wording. */
class FailureWordingTest {
    @TempDir Path dir;

    private Path latin1() throws Exception {
        Path src = dir.resolve("latin1.txt");
        Files.write(src, "ok\nna\u00efve".getBytes(StandardCharsets.ISO_8859_1));
        return src;
    }

    @Test
    void anUndecodableSourceIsReportedByTheLibraryWithoutAnOptionAndByTheCommandLineWithIt() throws Exception {
        Path src = latin1();
        SourceException e = assertThrows(SourceException.class, () -> SourceText.read(src));
        assertEquals(SourceException.Kind.UNDECODABLE, e.kind());
        assertFalse(e.getMessage().contains("--"), e.getMessage());
        assertEquals(src + ":2:3: byte 0xEF at offset 5 is not valid UTF-8", e.getMessage());

        String expected = "teikit: " + src + ":2:3: byte 0xEF at offset 5 is not valid UTF-8"
                + " (is the file Latin-1 or Windows-1252? convert it, or pass --encoding)";
        for (String[] args : List.of(new String[] {"convert", "-o", dir.resolve("out").toString(), src.toString()},
                new String[] {"convert", "--stdout", src.toString()})) {
            ConvertCommandTest.Run r = ConvertCommandTest.run(args);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().lines().anyMatch(expected::equals), r.err());
        }
    }

    @Test
    void aKeptHandEditedFileIsExplainedByTheLibraryAndTheCommandLineSaysHowToOverwriteIt() throws Exception {
        Path src = Files.writeString(dir.resolve("diary.txt"), "# A diary\n\nIt rained.\n");
        Path out = dir.resolve("tei");
        assertEquals(0, ConvertCommandTest.run("convert", "-o", out.toString(), src.toString()).code());
        Path tei = out.resolve("diary.xml");
        Files.writeString(tei, Files.readString(tei).replace("It rained.", "It poured."));

        Edition.Outcome o = Edition.standard().convert(List.of(src), out, Edition.Options.defaults()).get(0);
        assertEquals(Edition.Status.SKIPPED_EDITED, o.status());
        assertFalse(o.message().contains("--"), o.message());

        ConvertCommandTest.Run r = ConvertCommandTest.run("convert", "-o", out.toString(), src.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("teikit: " + o.message() + "; use --force to overwrite it"), r.err());
    }

    @Test
    void jobsBelowOneIsAUsageErrorOfEveryCommandThatTakesIt() throws Exception {
        Path src = Files.writeString(dir.resolve("diary.txt"), "# A diary\n\nIt rained.\n");
        // -o: converted into the folder the test looks at (converting is what must not happen); validate's report file
        for (String command : List.of("convert", "validate")) {
            ConvertCommandTest.Run r = ConvertCommandTest.run(command, "--jobs", "0", "-o", dir.resolve("tei").toString(), src.toString());
            assertEquals(2, r.code(), command + ": " + r.err());
            assertTrue(r.err().startsWith("teikit: --jobs must be at least 1"), command + ": " + r.err());
            assertTrue(r.err().contains("Try 'teikit " + command + " --help'."), r.err());
        }
        assertFalse(Files.exists(dir.resolve("tei")), "nothing converted, no report written");
    }

    @Test
    void aLocatedFailureThatEndsACommandIsPrintedAtItsPlaceByTheOneHandler() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text>\n</TEI>\n");
        ConvertCommandTest.Run r = ConvertCommandTest.run("cmif", "-o", dir.resolve("c.xml").toString(), broken.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("teikit: " + broken + ":3:"), r.err());
        assertFalse(Files.exists(dir.resolve("c.xml")));
    }
    @Test
    void packageNamesTheFileThatStandsWhereTheBagsFolderShouldBeAndWritesNothing() throws Exception {
        Path edition = dir.resolve("edition");
        Files.createDirectories(edition.resolve("tei"));
        Files.copy(Path.of("tei/000_0d24a9894c708a80.xml"), edition.resolve("tei/000_0d24a9894c708a80.xml"));
        Path file = Files.writeString(dir.resolve("afile"), "a file where a folder should be");
        // --allow-invalid: the edition's verdict is not what is tested, the destination is
        ConvertCommandTest.Run r = ConvertCommandTest.run("package", "-C", edition.toString(), "--allow-invalid",
                "--bag", file.resolve("bag").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("teikit package: " + file + ": already exists (and is not a folder)\n", r.err());
        assertEquals("a file where a folder should be", Files.readString(file));

        ConvertCommandTest.Run missing = ConvertCommandTest.run("package", "--verify", dir.resolve("no-bag").toString());
        assertEquals(2, missing.code());
        assertEquals("teikit package: " + dir.resolve("no-bag") + ": no such file or folder\n", missing.err());
    }

    @Test
    void schemaAddNamesAMissingFileAFolderABadUrlAndAStoreThatCannotBeWritten() throws Exception {
        String before = System.getProperty("teikit.schema.store");
        Path store = dir.resolve("store");
        System.setProperty("teikit.schema.store", store.toString());
        try {
            String url = "http://example.org/schema.rng";
            ConvertCommandTest.Run missing = ConvertCommandTest.run("schema", "add", url, dir.resolve("missing.rng").toString());
            assertEquals(2, missing.code());
            assertEquals("teikit schema add: " + dir.resolve("missing.rng") + ": no such file or folder\n", missing.err());

            ConvertCommandTest.Run folder = ConvertCommandTest.run("schema", "add", url, dir.toString());
            assertEquals(2, folder.code());
            assertEquals("teikit schema add: " + dir + ": is a folder, not a schema file\n", folder.err());

            Path schema = Files.writeString(dir.resolve("s.rnc"), "start = element a { empty }\n");
            ConvertCommandTest.Run relative = ConvertCommandTest.run("schema", "add", "schemas/s.rnc", schema.toString());
            assertEquals(2, relative.code());
            assertEquals("teikit schema add: \"schemas/s.rnc\" is not an absolute URL\n", relative.err());
            assertFalse(Files.exists(store), "nothing registered, no store made");

            Path file = Files.writeString(dir.resolve("afile"), "x");
            System.setProperty("teikit.schema.store", file.resolve("store").toString());
            ConvertCommandTest.Run unwritable = ConvertCommandTest.run("schema", "add", url, schema.toString());
            assertEquals(2, unwritable.code());
            assertEquals("teikit schema add: " + file.resolve("store") + ": not a directory\n", unwritable.err());
        } finally {
            if (before == null) System.clearProperty("teikit.schema.store");
            else System.setProperty("teikit.schema.store", before);
        }
    }
}
