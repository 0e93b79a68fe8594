package org.teikit.convert.family.bulletin;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The quick "not in capitals" answer never contradicts upper-casing the whole text, in any locale. */
class CapitalsTest {
    /** The definition: upper case throughout (as the default locale upper-cases), with a letter. */
    private static boolean inCapitalsPlainly(String s) {
        return s.equals(s.toUpperCase()) && s.chars().anyMatch(Character::isLetter);
    }

    @Test
    void everyCharacterInEveryPositionAsUpperCasingSays() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale l : new Locale[] {Locale.ROOT, Locale.ENGLISH, new Locale("tr"), new Locale("lt"), new Locale("el")}) {
                Locale.setDefault(l);
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    String ch = String.valueOf((char) c);
                    for (String s : new String[] {ch, "STALIN " + ch, ch + " MAO ZEDONG", "I" + ch + "\u0307 AND"}) {
                        assertEquals(inCapitalsPlainly(s), BulletinLayout.inCapitals(s), l + ": U+" + Integer.toHexString(c) + " in " + s);
                    }
                }
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void capsHeadingsHaveThreeWordsInCapitals() {
        assertEquals(true, BulletinLayout.isCapsHeading("RECORD OF CONVERSATION"));
        assertEquals(true, BulletinLayout.isCapsHeading("RECORD OF CONVERSATION, 16 DECEMBER 1949"));
        assertEquals(false, BulletinLayout.isCapsHeading("COMMENTARIES"));
        assertEquals(false, BulletinLayout.isCapsHeading("Record of CONVERSATION"));
        assertEquals(false, BulletinLayout.isCapsHeading("1949 1950 1951"));
    }
}
