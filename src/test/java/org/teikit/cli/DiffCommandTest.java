package org.teikit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class DiffCommandTest {
    @TempDir Path dir;

    @Test
    void aFreshConversionHasNoDifferenceAndExitsZero() throws Exception {
        Path src = Files.writeString(dir.resolve("a.txt"), "# Title\n\nStalin: We agree.<sup>1</sup>\n\n<sup>1</sup> A note.\n");
        assertEquals(0, ConvertCommandTest.run("convert", "-o", dir.toString(), src.toString()).code());
        ConvertCommandTest.Run r = ConvertCommandTest.run("diff", src.toString(), dir.resolve("a.xml").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("0 words lost, 0 added"), r.out());
        // the note numbers are source words (text 5 with the reference, notes 3 with the marker) that the TEI keeps as @n
        assertTrue(r.out().contains("source words: 8 (text 5, notes 3"), r.out());
        assertTrue(r.out().contains("TEI    words: 6 (text 4, notes 2"), r.out());
    }

    @Test
    void aWordRemovedFromTheTeiIsPrintedWithPositionsAndExitsOne() throws Exception {
        Path src = Files.writeString(dir.resolve("a.txt"), "# Title\n\nThe quick brown fox.\n");
        ConvertCommandTest.run("convert", "-o", dir.toString(), src.toString());
        Path tei = dir.resolve("a.xml");
        String xml = Files.readString(tei).replace("quick brown", "quick");
        Files.writeString(tei, xml);
        ConvertCommandTest.Run r = ConvertCommandTest.run("check-fidelity", src.toString(), tei.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        int line = xml.substring(0, xml.indexOf("quick")).split("\n", -1).length;
        assertTrue(r.out().contains("LOST\t" + src + ":3:11\t" + tei + ":" + line + ":"), r.out());
        assertTrue(r.out().contains("1 word: brown"), r.out());
    }

    @Test
    void unreadableInputsExitTwoNamingTheFile() throws Exception {
        Path src = Files.writeString(dir.resolve("a.txt"), "text\n");
        Path broken = Files.writeString(dir.resolve("b.xml"), "<TEI>\n<text>");
        ConvertCommandTest.Run r = ConvertCommandTest.run("diff", src.toString(), broken.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("b.xml:2:"), r.err());
        Path latin = dir.resolve("l.txt");
        Files.write(latin, "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        r = ConvertCommandTest.run("diff", latin.toString(), broken.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("l.txt:1:4"), r.err());
        assertEquals(2, ConvertCommandTest.run("diff", src.toString(), dir.resolve("none.xml").toString()).code());
    }
}
