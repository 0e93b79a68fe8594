package org.teikit.tei;

import nu.xom.ParsingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** What every XOM reader of TEI refuses (speakers, cmif, the persons index, the provenance check), and how. */
class TeiReaderTest {
    @TempDir Path dir;

    private static String nested(int depth) {
        return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + "<div>".repeat(depth - 1) + "words" + "</div>".repeat(depth - 1) + "</TEI>";
    }

    @Test
    void aDocumentAsDeepAsTheLimitIsReadAndADeeperOneRefusedAtItsFirstElementTooDeep() throws Exception {
        Path deepest = Files.writeString(dir.resolve("deepest.xml"), nested(DepthLimit.MAX_DEPTH));
        assertEquals("words", TeiReader.read(deepest).getValue());

        Path deeper = Files.writeString(dir.resolve("deeper.xml"), nested(20_000));
        ParsingException e = assertThrows(ParsingException.class, () -> TeiReader.read(deeper));
        assertEquals(1, e.getLineNumber());
        int column = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">".length() + "<div>".length() * DepthLimit.MAX_DEPTH + 1;
        assertEquals(column, e.getColumnNumber(), e.getMessage());
        assertTrue(e.getMessage().contains("nested more than " + DepthLimit.MAX_DEPTH + " levels deep"), e.getMessage());
    }

    @Test
    void errorsReachTheCallerAndNothingIsPrinted() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.xml"), "<TEI>\n  <p>unclosed</TEI>");
        Path doctype = Files.writeString(dir.resolve("doctype.xml"), "<!DOCTYPE TEI [<!ENTITY e \"x\">]>\n<TEI>&e;</TEI>");
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, assertThrows(ParsingException.class, () -> TeiReader.read(broken)).getLineNumber());
            assertTrue(assertThrows(ParsingException.class, () -> TeiReader.read(doctype)).getMessage().contains("DOCTYPE"));
        } finally {
            System.setErr(saved);
        }
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aReadingFailureIsOneLineWithTheRealPositionAndTheReason() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.xml"), "");
        ParsingException e = assertThrows(ParsingException.class, () -> TeiReader.read(empty));
        assertEquals(empty + ": empty file (no XML in it)", TeiReader.describe(empty, e));
        Path doctype = Files.writeString(dir.resolve("d.xml"), "<!DOCTYPE TEI [<!ENTITY x \"y\">]><TEI/>");
        e = assertThrows(ParsingException.class, () -> TeiReader.read(doctype));
        String line = TeiReader.describe(doctype, e);
        assertTrue(line.startsWith(doctype + ":1:"), line);
        assertTrue(line.endsWith(": a DOCTYPE is refused (teikit loads no DTD and expands no entity it declares)"), line);
    }
}
