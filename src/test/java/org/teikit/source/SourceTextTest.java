package org.teikit.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class SourceTextTest {
    private static final Path FILE = Path.of("in.txt");

    @Test
    void stripsUtf8ByteOrderMarkAndNormalisesLineEnds() throws Exception {
        byte[] bytes = "\uFEFFone\r\ntwo\rthree\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("one\ntwo\nthree\n", SourceText.of(FILE, bytes, StandardCharsets.UTF_8).text());
    }

    @Test
    void refusesInvalidUtf8NamingLineColumnAndByteOffset() {
        byte[] bytes = "line one\nCaf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        SourceException e = assertThrows(SourceException.class, () -> SourceText.of(FILE, bytes, StandardCharsets.UTF_8));
        assertEquals(2, e.line());
        assertEquals(4, e.column());
        assertTrue(e.getMessage().contains("in.txt:2:4"), e.getMessage());
        assertTrue(e.getMessage().contains("offset 12"), e.getMessage());
    }

    @Test
    void decodesWindows1252WhenTheCallerNamesIt() throws Exception {
        byte[] bytes = {'q', 'u', 'o', 't', 'e', ' ', (byte) 0x93, 'x', (byte) 0x94};
        assertEquals("quote \u201cx\u201d", SourceText.of(FILE, bytes, java.nio.charset.Charset.forName("windows-1252")).text());
    }

    @Test
    void refusesNulBytesAsBinary() {
        byte[] bytes = "ab\ncd\0ef".getBytes(StandardCharsets.UTF_8);
        SourceException e = assertThrows(SourceException.class, () -> SourceText.of(FILE, bytes, StandardCharsets.UTF_8));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void checksumIsOfTheBytesAsRead() throws Exception {
        SourceText a = SourceText.of(FILE, "x\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        SourceText b = SourceText.of(FILE, "x\r\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(a.text(), b.text());
        assertNotEquals(a.sha256(), b.sha256());
        assertEquals(64, a.sha256().length());
    }
}
