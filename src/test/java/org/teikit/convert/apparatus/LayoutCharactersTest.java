package org.teikit.convert.apparatus;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class LayoutCharactersTest {
    @Test
    void removesEveryLayoutCharacterAndKeepsTheRest() {
        for (String s : new String[] {"", "□", "□■▪◻", "a□b", "□ Moscow ■, June ▪11◻", "plain text", "ends with ◻", "◻starts"}) {
            assertEquals(s.replaceAll("[□■▪◻]", ""), LayoutCharacters.remove(s), s);
        }
    }

    @Test
    void exactlyTheFourCharactersAreLayout() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals("□■▪◻".indexOf(c) >= 0, LayoutCharacters.is((char) c), Integer.toHexString(c));
        }
    }

    @Test
    void textWithoutLayoutCharactersIsReturnedAsIs() {
        String s = "A paragraph without boxes.";
        assertSame(s, LayoutCharacters.remove(s));
    }
}
