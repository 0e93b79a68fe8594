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
}
