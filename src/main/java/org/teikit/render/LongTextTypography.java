package org.teikit.render;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * Sets a stored run of the HTML view typographically, piece after piece, by calling the stylesheet's
 * own {@code tk:typographic} (common/typography.xsl; the rules have no other definition). Its ten
 * regular expressions are slow in Saxon (all of a 200 MB paragraph through it took more than 200 s), so
 * only the stretches that hold a character the rules start from ({@code "}, {@code '}, {@code -}: the
 * guard of html/typography.xsl) go through it, each from {@link TypographicCuts} to cut, after the
 * character before it (one call for each: gathering nearby stretches into one call, across the clean text
 * between them, was slower at 200 MB); the rest comes back as it is.
 */
final class LongTextTypography {
    private static final QName TYPOGRAPHIC = new QName("urn:teikit:views", "typographic");

    private final Xslt30Transformer functions;
    // the stored middle follows white space (its first cut), which is all tk:typographic reads of it
    private String before = " ";

    LongTextTypography(Xslt30Transformer functions) {
        this.functions = functions;
    }

    /** True if tk:typographic leaves {@code s} as it is: none of the characters its rules start from. */
    static boolean untouched(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '-') return false;
        }
        return true;
    }

    /** The next piece of the run, which ends at a cut (or the run's end), set typographically. */
    String set(String piece) throws SaxonApiException {
        StringBuilder out = new StringBuilder(piece.length() + 16);
        int group = -1;   // start of the stretch to set, if any: from cut to cut
        for (int from = 0; from < piece.length(); ) {
            int to = TypographicCuts.first(piece, from + 1);
            if (to < 0) to = piece.length();
            if (!untouched(piece, from, to)) {
                if (group < 0) group = from;
            } else {
                if (group >= 0) { out.append(typographic(piece, group, from)); group = -1; }
                out.append(piece, from, to);
            }
            from = to;
        }
        if (group >= 0) out.append(typographic(piece, group, piece.length()));
        before = piece.isEmpty() ? before : piece.substring(piece.length() - 1);
        return out.toString();
    }

    /** tk:typographic of piece[from, to), after the character before it (white space: from is a cut). */
    private String typographic(String piece, int from, int to) throws SaxonApiException {
        String after = from == 0 ? before : piece.substring(from - 1, from);
        return functions.callFunction(TYPOGRAPHIC, new XdmValue[] {new XdmAtomicValue(piece.substring(from, to)), new XdmAtomicValue(after)})
                .itemAt(0).getStringValue();
    }
}
