package org.teikit.convert.apparatus;

/**
 * The layout characters of transcriptions ({@code □■▪◻}: boxes and bullets of the printed page), which
 * are never text: the encoder drops them, and the families read text without them. One definition for
 * all; a loop rather than a regex, because it runs on every paragraph several times and a paragraph
 * rarely holds one.
 */
public final class LayoutCharacters {
    static final String ALL = "□■▪◻";

    private LayoutCharacters() {}

    public static boolean is(char c) {
        return c >= '\u25A0' && c <= '\u25FB' && ALL.indexOf(c) >= 0;   // the Geometric Shapes block: one compare for most text
    }

    /** The text without layout characters; the same string when it has none. */
    public static String remove(String s) {
        int first = 0;
        while (first < s.length() && !is(s.charAt(first))) first++;
        if (first == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!is(c)) sb.append(c);
        }
        return sb.toString();
    }
}
