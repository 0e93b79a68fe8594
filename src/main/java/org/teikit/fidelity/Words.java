package org.teikit.fidelity;

import org.teikit.source.NoteMarks;

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

    /**
     * Whether a word character is a word of its own, as a note's mark may be: a superscript digit or a modifier letter
     * ({@code sewersᵃ}). Both sides of the comparison cut words there, so a mark the converter kept as text
     * ({@code ªʰ}) is the same words in the source and the TEI.
     */
    public static boolean standsAlone(int cp) {
        return NoteMarks.isSuperscriptMark(cp);
    }

    public static String key(String form) {
        String n = Normalizer.isNormalized(form, Normalizer.Form.NFKC) ? form : Normalizer.normalize(form, Normalizer.Form.NFKC);
        return n.toLowerCase(Locale.ROOT);
    }
}
