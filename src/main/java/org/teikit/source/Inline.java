package org.teikit.source;

import java.util.List;

/** Inline content of a block: plain text, styled runs (which nest), and hard line breaks. */
public sealed interface Inline {

    /** The inline's text with all styling removed. */
    String plain();

    record Text(String text) implements Inline {
        @Override public String plain() { return text; }
    }

    record Styled(Style style, List<Inline> children) implements Inline {
        public Styled { children = List.copyOf(children); }
        @Override public String plain() { return Inline.plain(children); }
    }

    /** A hard line break (two trailing spaces or a backslash at the end of a source line). */
    record LineBreak() implements Inline {
        @Override public String plain() { return "\n"; }
    }

    enum Style { BOLD, ITALIC, UNDERLINE, SUPERSCRIPT, SUBSCRIPT, STRIKE, CODE, LINK, SMALL_CAPS }

    static String plain(List<? extends Inline> inlines) {
        if (inlines.size() == 1) return inlines.get(0).plain();   // most blocks are one run of text: no copy
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) sb.append(i.plain());
        return sb.toString();
    }
}
