package org.teikit.render;

/**
 * Where a long text run may be cut so that the HTML view's typography ({@code tk:typographic} of
 * xslt/common/typography.xsl, which alone says what the rules are) can set each piece on its own and
 * give what it gives for the whole: between XML white space and a letter. No rule matches across such a
 * cut (each looks at most one character back, and none at a letter after its first character), and a
 * piece's context, the character it follows, is then a space, which every rule reads as a space.
 * {@code TypographicCutsTest} holds Saxon's function to that on generated text.
 */
final class TypographicCuts {
    private TypographicCuts() {}

    /** True if {@code s} may be cut before index {@code i}: white space before it, a letter (code point) at it. */
    static boolean at(CharSequence s, int i) {
        return i > 0 && i < s.length() && LongTextFilter.isBlank(s.charAt(i - 1))
                && Character.isLetter(Character.codePointAt(s, i));
    }

    /** The first cut at or after {@code from}, or -1. */
    static int first(CharSequence s, int from) {
        for (int i = Math.max(from, 1); i < s.length(); i++) if (at(s, i)) return i;
        return -1;
    }

    /** The last cut at or after {@code from}, or -1 (searched from the end: only new text need be searched). */
    static int last(CharSequence s, int from) {
        for (int i = s.length() - 1; i >= Math.max(from, 1); i--) if (at(s, i)) return i;
        return -1;
    }
}
