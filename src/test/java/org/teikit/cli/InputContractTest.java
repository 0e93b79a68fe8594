package org.teikit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command takes folders as validate does, and a wrong path is named in its message. */
class InputContractTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = TeikitCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void convertTakesAFolderOfTranscriptionsAtAnyDepth() throws Exception {
        Path nested = Files.createDirectories(dir.resolve("in/letters/1921"));
        Files.copy(Path.of("sources/004_1bcd9bd581a37dee.txt"), nested.resolve("a.txt"));
        Files.writeString(dir.resolve("in/README.md"), "not a transcription");
        assertEquals(0, run("convert", dir.resolve("in").toString(), "-o", dir.resolve("tei").toString()), err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("tei/a.xml")), err.toString());
        assertFalse(Files.exists(dir.resolve("tei/README.xml")));
    }

    @Test
    void speakersTakesAFolderOfTei() {
        assertEquals(0, run("speakers", "tei"), err.toString());
        assertTrue(out.toString().contains("== tei/003_087891b04bf76bde.xml"), out.toString());
    }

    @Test
    void aMissingPathOrAFolderWhereAFileIsNeededIsNamed() {
        assertEquals(2, run("convert", dir.resolve("absent").toString()));
        assertTrue(err.toString().contains(dir.resolve("absent") + ": no such file or folder"), err.toString());
        assertEquals(2, run("diff", "sources", "tei"));
        assertTrue(err.toString().contains("sources: is a folder"), err.toString());
        assertEquals(2, run("diff", "sources/004_1bcd9bd581a37dee.txt", dir.resolve("no.xml").toString()));
        assertTrue(err.toString().contains(dir.resolve("no.xml") + ": cannot read: no such file"), err.toString());
    }
}
