package org.teikit.convert.conventions.notes;

import org.teikit.convert.conventions.Explanation;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.source.NoteMarks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Superscript numbers that copying flattened into digits glued to the word or the stop before them
 * ({@code winter.1}, {@code Ashworth2,}). Such digits are also a model's number ({@code B2}), a decimal
 * ({@code 1853.5}) or a price: they are note marks only where the document pairs them with its notes — a run of
 * definitions numbered in order (lines {@code 1 J. M. …}, or a list {@code 1. …}), and before it, in the text
 * since the run before, glued digits that name each of those numbers in that order. A number already named again
 * (a note cited twice) is no new mark; any other glued digit is text.
 */
final class FlattenedMarks {
    private static final Pattern MARK = NoteMarks.FLATTENED_REFERENCE;
    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,3})[.)]$");

    /** One numbered line of a run: its block, its line in the block, its number. */
    private record Numbered(int block, int line, int n) {}

    private FlattenedMarks() {}

    /**
     * The definitions of the runs whose marks pair, for blocks that hold no definition yet ({@code defined}); an
     * empty list when no run pairs. {@code paired[0]} is set when any run does (the marks are then the document's).
     */
    static List<NotePlan.Definition> pair(List<Block> blocks, boolean[] defined, boolean[] paired, Explanation explain) {
        List<List<Numbered>> runs = runs(blocks);
        List<NotePlan.Definition> out = new ArrayList<>();
        int from = 0;
        for (List<Numbered> run : runs) {
            int first = run.get(0).block();
            int expected = run.get(0).n();
            int last = run.get(run.size() - 1).n();
            int marks = 0;
            for (int i = from; i < first; i++) {
                Matcher m = MARK.matcher(blocks.get(i).plain());
                while (m.find()) {
                    if (Integer.parseInt(m.group(1)) == expected) {
                        expected++;
                        marks++;
                    }
                }
            }
            from = run.get(run.size() - 1).block() + 1;
            if (expected <= last) continue;             // a number the text does not name in order: no notes
            paired[0] = true;
            explain.decided(blocks.get(first).line(), "notes", "digits glued to words are note marks: " + marks
                    + " name notes " + run.get(0).n() + "–" + last + " in order, defined from line " + blocks.get(first).line());
            for (Numbered d : run) {
                if (defined[d.block()]) continue;
                out.add(definition(blocks.get(d.block()), d, run));
            }
        }
        return out;
    }

    /** A definition's content: its line and the lines below it up to the next numbered line of its run. */
    private static NotePlan.Definition definition(Block b, Numbered d, List<Numbered> run) {
        if (b.kind() == Block.Kind.LIST_ITEM) {
            return new NotePlan.Definition(String.valueOf(d.n()), d.block(), 0, b.line(), b.inlines(), List.of());
        }
        List<List<Inline>> lines = b.lines();
        int end = lines.size();
        for (Numbered o : run) if (o.block() == d.block() && o.line() > d.line()) { end = o.line(); break; }
        List<Inline> content = new ArrayList<>(NoteMarks.weakDefinition(lines.get(d.line())).orElseThrow().content());
        for (int k = d.line() + 1; k < end; k++) {
            content.add(new Inline.Text(" "));
            content.addAll(lines.get(k));
        }
        return new NotePlan.Definition(String.valueOf(d.n()), d.block(), b.lineOffsets().get(d.line()), b.line() + d.line(), content, List.of());
    }

    /**
     * The runs of numbered definitions, each numbered on from its first by one, two lines or more: a paragraph whose
     * first line opens with {@code 1 The text} and whose later numbered lines go on in order (unnumbered lines continue
     * a note), the next paragraphs of such lines going on with the numbers; or numbered list items in order.
     */
    private static List<List<Numbered>> runs(List<Block> blocks) {
        List<List<Numbered>> runs = new ArrayList<>();
        List<Numbered> run = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            List<Numbered> here = numbered(blocks.get(i), i);
            boolean goesOn = !here.isEmpty() && !run.isEmpty() && run.get(run.size() - 1).block() == i - 1
                    && here.get(0).n() == run.get(run.size() - 1).n() + 1;
            if (!goesOn) {
                if (run.size() >= 2) runs.add(run);
                run = new ArrayList<>();
            }
            run.addAll(here);
        }
        if (run.size() >= 2) runs.add(run);
        return runs;
    }

    /** A block's numbered lines in order from its first line, or none. */
    private static List<Numbered> numbered(Block b, int index) {
        if (b.kind() == Block.Kind.LIST_ITEM) {
            Matcher m = LIST_NUMBER.matcher(b.marker());
            return m.matches() ? List.of(new Numbered(index, 0, Integer.parseInt(m.group(1)))) : List.of();
        }
        if (b.kind() != Block.Kind.PARAGRAPH) return List.of();
        List<Numbered> out = new ArrayList<>();
        List<List<Inline>> lines = b.lines();
        for (int k = 0; k < lines.size(); k++) {
            var w = NoteMarks.weakDefinition(lines.get(k)).filter(d -> Character.isDigit(d.n().charAt(0)));
            if (w.isEmpty()) {
                if (k == 0) return List.of();             // notes stand apart: the paragraph opens with one
                continue;
            }
            int n = Integer.parseInt(w.get().n());
            if (!out.isEmpty() && n != out.get(out.size() - 1).n() + 1) return List.of();
            out.add(new Numbered(index, k, n));
        }
        return out;
    }
}
