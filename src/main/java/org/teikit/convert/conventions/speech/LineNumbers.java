package org.teikit.convert.conventions.speech;

import org.teikit.source.Block;
import org.teikit.source.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers the document prints before its lines as layout, not text: a deposition's margin numbers 1–25 on every line
 * of a page, a conversation-analysis extract's {@code 01}, {@code 02} …, a comics script's balloon numbers running
 * through each page. Seen from their run: the numbered lines of the document count up one by one, starting again at 1
 * (a new page), with hardly an exception. A number a line opens with now and then ({@code 14 Market Street}), a
 * column of quantities or a list numbered {@code 1.} is no such run. Only label reading looks through them: the
 * number stays in the text.
 */
public final class LineNumbers {
    /** A number of up to three figures opening a line, then space or the line's end: {@code 1   Q.}, {@code 01  Shop:}. */
    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d{1,3})\\.?(?:\\s+|$)");
    private static final int MIN_LINES = 5;
    /** The share of steps that must count up by one or start again at 1. */
    private static final double IN_ORDER = 0.85;

    private LineNumbers() {}

    /** Whether the document numbers its lines (or its balloons) in one running sequence. */
    public static boolean printed(List<Block> blocks) {
        List<Integer> numbers = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.PARAGRAPH) continue;
            for (List<Inline> line : b.lines()) {
                Matcher m = NUMBER.matcher(Inline.plain(line));
                if (m.lookingAt()) numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        return inOrder(numbers);
    }

    static boolean inOrder(List<Integer> numbers) {
        if (numbers.size() < MIN_LINES) return false;
        int good = 0;
        for (int i = 1; i < numbers.size(); i++) {
            int n = numbers.get(i), p = numbers.get(i - 1);
            if (n == p + 1 || n == 1 && p >= 1) good++;
        }
        return good >= IN_ORDER * (numbers.size() - 1);
    }

    /** The length of the number (and the space after it) opening the line's plain text; 0 if it opens with none. */
    public static int prefix(String plain) {
        Matcher m = NUMBER.matcher(plain);
        return m.lookingAt() ? m.end() : 0;
    }
}
