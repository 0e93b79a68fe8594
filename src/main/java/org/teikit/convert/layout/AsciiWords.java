package org.teikit.convert.layout;

/**
 * Finds a word in text ignoring ASCII case, exactly where a {@code (?i)} pattern would match it (Java folds
 * only ASCII letters without UNICODE_CASE). A plain loop: the fit checks use it to run their
 * whole-text patterns only where such a word occurs, instead of trying them at every position.
 */
public final class AsciiWords {
    private AsciiWords() {}

    /** The first index at or after {@code from} where {@code lowerWord} (lower-case ASCII) occurs, or -1. */
    public static int indexOf(String text, String lowerWord, int from) {
        char first = lowerWord.charAt(0);
        for (int i = Math.max(0, from), last = text.length() - lowerWord.length(); i <= last; i++) {
            if (lower(text.charAt(i)) == first && matchesAt(text, lowerWord, i)) return i;
        }
        return -1;
    }

    private static boolean matchesAt(String text, String lowerWord, int at) {
        for (int k = 1; k < lowerWord.length(); k++) {
            if (lower(text.charAt(at + k)) != lowerWord.charAt(k)) return false;
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
