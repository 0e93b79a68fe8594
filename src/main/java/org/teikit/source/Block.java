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
 * @param lineStarts offsets in {@link #plain()} where the block's second, third … source line begins (the
 *                character after a soft line break, which reads as a space); a block of one line has none
 */
public record Block(Kind kind, int level, String marker, List<Inline> inlines, int line, List<Integer> lineStarts) {

    public enum Kind { HEADING, PARAGRAPH, QUOTE, LIST_ITEM, BREAK }

    public Block {
        inlines = List.copyOf(inlines);
        lineStarts = List.copyOf(lineStarts);
    }

    /** A block whose source lines are not known (made by a later stage, or of one line). */
    public Block(Kind kind, int level, String marker, List<Inline> inlines, int line) {
        this(kind, level, marker, inlines, line, List.of());
    }

    public String plain() {
        return Inline.plain(inlines);
    }

    public boolean isBreak() { return kind == Kind.BREAK; }

    /**
     * Where each source line of the block begins in {@link #plain()}: 0, each soft line break's next
     * character, and each hard break's ({@code \n}) next character, in order.
     */
    public List<Integer> lineOffsets() {
        String p = plain();
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>(lineStarts);
        at.add(0);
        for (int i = p.indexOf('\n'); i >= 0; i = p.indexOf('\n', i + 1)) at.add(i + 1);
        at.removeIf(o -> o > p.length());
        return List.copyOf(at);
    }

    /** The block's content cut into its source lines (soft and hard breaks), each without its break. */
    public List<List<Inline>> lines() {
        List<Integer> at = lineOffsets();
        if (at.size() == 1) return List.of(inlines);
        List<List<Inline>> out = new java.util.ArrayList<>();
        for (int k = 0; k < at.size(); k++) {
            int end = k + 1 < at.size() ? at.get(k + 1) : plain().length();
            out.add(InlineCut.stripTrailing(InlineCut.between(inlines, at.get(k), end)));
        }
        return out;
    }

    /** The same block with other inline content (for splitting and rejoining). */
    public Block withInlines(List<Inline> newInlines) {
        return new Block(kind, level, marker, newInlines, line);   // offsets of the old content would mislead
    }
}
