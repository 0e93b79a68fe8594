package org.teikit.convert.conventions.speech;

import org.teikit.convert.conventions.Explanation;
import org.teikit.source.Block;
import org.teikit.source.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A broadcast or film script's numbered cues ({@code 4.  BEN:   Steady, Captain.}), which markdown reads as the items
 * of a numbered list. Seen from the document's evidence: five items or more whose numbers count up through the
 * script, most of them opening with a label in capitals and a colon. Each becomes a paragraph again, its cue number
 * kept at its start, where the speech conventions read the label past the number as they do past a deposition's
 * line numbers. A list of points, of agenda items or of names is no such run: its items do not open with labels.
 */
public final class CueNumbers {
    private static final Pattern MARKER = Pattern.compile("(\\d{1,4})\\.");
    /** A cue's label: {@code BEN:}, {@code LOCK-KEEPER:}, {@code F/X:}, {@code 2ND VOICE:}. */
    private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{Lu}\\d/ .'’&-]{0,30}:(?:\\s|$)");
    private static final int MIN_ITEMS = 5;
    private static final double LABELLED = 0.6;

    private CueNumbers() {}

    /** The blocks, with a script's numbered cues as paragraphs opening with their numbers; the same list if it has none. */
    public static List<Block> unlist(List<Block> blocks, Explanation explain) {
        List<Integer> numbers = new ArrayList<>();
        int items = 0, labelled = 0;
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.LIST_ITEM || !MARKER.matcher(b.marker()).matches()) continue;
            items++;
            numbers.add(Integer.parseInt(b.marker().substring(0, b.marker().length() - 1)));
            if (LABEL.matcher(b.plain()).find()) labelled++;
        }
        if (items < MIN_ITEMS || labelled < LABELLED * items || !countsUp(numbers)) return blocks;
        List<Block> out = new ArrayList<>(blocks.size());
        Block first = null;
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.LIST_ITEM || !MARKER.matcher(b.marker()).matches()) {
                out.add(b);
                continue;
            }
            if (first == null) first = b;
            out.add(paragraph(b));
        }
        explain.decided(first.line(), "speech", items + " numbered items, " + labelled + " of them opening with a label, count up"
                + " through the document: a script's cue numbers, each cue read as a paragraph");
        return out;
    }

    /** Cue numbers rise from item to item (a new page or reel may start them again at 1). */
    private static boolean countsUp(List<Integer> numbers) {
        int up = 0;
        for (int i = 1; i < numbers.size(); i++) if (numbers.get(i) > numbers.get(i - 1) || numbers.get(i) == 1) up++;
        return up >= 0.85 * (numbers.size() - 1);
    }

    private static Block paragraph(Block item) {
        String number = item.marker() + " ";
        List<Inline> inlines = new ArrayList<>();
        inlines.add(new Inline.Text(number));
        inlines.addAll(item.inlines());
        List<Integer> starts = new ArrayList<>();
        for (int offset : item.lineOffsets()) if (offset > 0) starts.add(offset + number.length());
        return new Block(Block.Kind.PARAGRAPH, 0, "", inlines, item.line(), starts);
    }
}
