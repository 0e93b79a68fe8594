package org.teikit.source;

import java.util.List;

/**
 * One block of a transcription, neutral about TEI: what the markdown-ish syntax says it is, its
 * inline content, and the source line it starts on. Immutable.
 */
public final class Block {

    public enum Kind { HEADING, PARAGRAPH, QUOTE, LIST_ITEM, BREAK }

    private final Kind kind;
    private final int level;
    private final String marker;
    private final List<Inline> inlines;
    private final int line;
    private final List<Integer> lineStarts;
    /**
     * The plain text and the lines, made when first asked: every stage asks for them, often line by line, and
     * making them again each time cost a paragraph of thousands of lines its length squared. Immutable, so a race
     * only makes them twice.
     */
    private String plain;
    private List<List<Inline>> lines;

    /**
     * @param kind    heading, paragraph, quotation, list item or thematic break
     * @param level   heading level (1–6), or 0
     * @param marker  the list item's number or bullet as written ({@code "1."}), or ""
     * @param inlines the inline content (empty for a break)
     * @param line    1-based source line of the block's first character
     * @param lineStarts offsets in {@link #plain()} where the block's second, third … source line begins (the
     *                character after a soft line break, which reads as a space); a block of one line has none
     */
    public Block(Kind kind, int level, String marker, List<Inline> inlines, int line, List<Integer> lineStarts) {
        this.kind = kind;
        this.level = level;
        this.marker = marker;
        this.inlines = List.copyOf(inlines);
        this.line = line;
        this.lineStarts = List.copyOf(lineStarts);
    }

    public Kind kind() { return kind; }
    public int level() { return level; }
    public String marker() { return marker; }
    public List<Inline> inlines() { return inlines; }
    public int line() { return line; }
    public List<Integer> lineStarts() { return lineStarts; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Block b && kind == b.kind && level == b.level && marker.equals(b.marker)
                && inlines.equals(b.inlines) && line == b.line && lineStarts.equals(b.lineStarts);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, level, marker, inlines, line, lineStarts);
    }

    @Override
    public String toString() {
        return "Block[kind=" + kind + ", level=" + level + ", marker=" + marker + ", inlines=" + inlines + ", line=" + line
                + ", lineStarts=" + lineStarts + "]";
    }

    /** A block whose source lines are not known (made by a later stage, or of one line). */
    public Block(Kind kind, int level, String marker, List<Inline> inlines, int line) {
        this(kind, level, marker, inlines, line, List.of());
    }

    public String plain() {
        String p = plain;
        if (p == null) plain = p = Inline.plain(inlines);
        return p;
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
        List<List<Inline>> known = lines;
        if (known != null) return known;
        List<Integer> at = lineOffsets();
        if (at.size() == 1) return lines = List.of(inlines);
        List<List<Inline>> out = new java.util.ArrayList<>();
        for (List<Inline> piece : InlineCut.split(inlines, at.subList(1, at.size()))) out.add(List.copyOf(InlineCut.stripTrailing(piece)));
        return lines = List.copyOf(out);
    }

    /** The same block with other inline content (for splitting and rejoining). */
    public Block withInlines(List<Inline> newInlines) {
        return new Block(kind, level, marker, newInlines, line);   // offsets of the old content would mislead
    }
}
