package org.teikit.convert.layout;

import nu.xom.Element;
import nu.xom.Text;

/** Paragraphs of printed sources: their words as one line, and whether one goes on over a page break. */
public final class Paragraphs {
    private Paragraphs() {}

    /** The element's words as one line: line breaks are spaces, notes left out. */
    public static String words(Element e) {
        StringBuilder sb = new StringBuilder();
        words(e, sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static void words(Element e, StringBuilder sb) {
        for (int i = 0; i < e.getChildCount(); i++) {
            var c = e.getChild(i);
            if (c instanceof Text t) sb.append(t.getValue());
            else if (c instanceof Element ce && ce.getLocalName().equals("lb")) sb.append(' ');
            else if (c instanceof Element ce && !ce.getLocalName().equals("note")) words(ce, sb);
        }
    }

    /** True when {@code next} continues the paragraph {@code p} across a page break. */
    public static boolean continues(Element p, String next) {
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                && !p.getValue().strip().matches("(?s).*[.!?:;\"”)]$");
    }
}
