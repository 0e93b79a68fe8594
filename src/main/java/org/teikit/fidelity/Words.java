package org.teikit.fidelity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What counts as a word and when two words are the same: maximal runs of letters, digits (also
 * superscript and other numerals) and combining marks; compared after NFKC and lower-casing, so
 * case, punctuation and compatibility forms ({@code ﬁ}, {@code ²}) do not matter but numbers do.
 */
public final class Words {
    private Words() {}

    public static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) return true;
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER;
    }

    public static String key(String form) {
        String n = Normalizer.isNormalized(form, Normalizer.Form.NFKC) ? form : Normalizer.normalize(form, Normalizer.Form.NFKC);
        return n.toLowerCase(Locale.ROOT);
    }
}
