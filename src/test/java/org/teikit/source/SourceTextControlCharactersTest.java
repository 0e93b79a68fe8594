package org.teikit.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class SourceTextControlCharactersTest {
    private static final Path FILE = Path.of("ctl.txt");

    @Test
    void controlCharactersXmlCannotHoldAreRefusedWithTheirPosition() {
        // before: U+0001 passed the reader and failed deep in XOM with an unchecked exception
        for (String bad : new String[] {"\u0001", "\u000B", "\u001B", "\uFFFE", "\uFFFF"}) {
            byte[] bytes = ("ok\nab" + bad + "c\n").getBytes(StandardCharsets.UTF_8);
            SourceException e = assertThrows(SourceException.class, () -> SourceText.of(FILE, bytes, StandardCharsets.UTF_8));
            assertEquals(2, e.line());
            assertEquals(3, e.column());
            assertTrue(e.getMessage().contains(String.format("U+%04X", (int) bad.charAt(0))), e.getMessage());
            IllegalArgumentException direct = assertThrows(IllegalArgumentException.class, () -> SourceText.of("ctl.txt", "ok\nab" + bad));
            assertTrue(direct.getMessage().startsWith("ctl.txt:2:3: "), direct.getMessage());
        }
    }

    @Test
    void tabsAndFormFeedsAreTextAFormFeedBecomesASpace() throws Exception {
        SourceText t = SourceText.of(FILE, "a\tb\fc\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals("a\tb c\n", t.text());
    }

    @Test
    void supplementaryCharactersArePassedThrough() throws Exception {
        String s = "Linear B \uD800\uDC01 and emoji \uD83D\uDE00\n";
        assertEquals(s, SourceText.of(FILE, s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).text());
    }
}
