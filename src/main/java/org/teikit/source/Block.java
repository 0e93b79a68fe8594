package org.teikit.source;

import java.util.List;

/**
 * One block of a transcription, neutral about TEI: what the markdown-ish syntax says it is, its
 * inline content, and the source line it starts on.
 *
 * @param kind    heading, paragraph, quotation, list item or thematic break
 * @param level   heading level (1–6), or 0
 * @param marker  the list item's number or bullet as written ({@code "1."}), or ""
 * @param inlines the inline content (empty for a break)
 * @param line    1-based source line of the block's first character
 */
public record Block(Kind kind, int level, String marker, List<Inline> inlines, int line) {

    public enum Kind { HEADING, PARAGRAPH, QUOTE, LIST_ITEM, BREAK }

    public Block {
        inlines = List.copyOf(inlines);
    }

    public String plain() {
        return Inline.plain(inlines);
    }

    public boolean isBreak() { return kind == Kind.BREAK; }

    /** The same block with other inline content (for splitting and rejoining). */
    public Block withInlines(List<Inline> newInlines) {
        return new Block(kind, level, marker, newInlines, line);
    }
}
