package org.teikit.convert.conventions.speech;

import org.teikit.convert.conventions.Explanation;
import org.teikit.source.Block;
import org.teikit.source.Inline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * The lines of a transcript's speech blocks that are rows of their own, between the turns, and so no part of the
 * speech above: in a record kept one row a line (a chat log, a table of time, source and content) a timed line without
 * a label (a join, an action, a sound); in a transcript that numbers its lines a line holding only its number, and the
 * record's remark in parentheses {@code (Exhibit 12 marked for identification.)}, which may run on over the numbered
 * lines below it. Each row maps to how many characters of furniture (number, time) open it.
 */
final class OwnRows {
    /**
     * A record's remark: a parenthesis opening on a capital, so not a conversation analyst's timed pause {@code (0.4)},
     * micro-pause {@code (.)} or double-parenthesised description {@code ((coughs))}, nor an aside of the speaker's own
     * in lower case {@code (indicating)}.
     */
    private static final Pattern REMARK_OPENS = Pattern.compile("\\((?=\\p{Lu})");

    /**
     * A CHAT transcript's line of its own apparatus: a dependent tier under an utterance ({@code %mor:}, {@code %com:}),
     * a header or a marker between the utterances ({@code @Comment:}, {@code @New Episode}, {@code @End}). A sigil, a
     * code, then a colon or the line's end: the transcriber's, not the speaker's words.
     */
    private static final Pattern TIER = Pattern.compile("[%@]\\p{L}[\\p{L}\\d ]{0,24}(?::|$)");

    private OwnRows() {}

    /**
     * @param starts whether a block's line (by {@link Dialogue#key}) opens a turn
     * @param oneRowALine whether most turns are rows of a chat log or a table
     */
    static Map<Long, Integer> find(List<Block> blocks, Set<Integer> speechBlocks, LongPredicate starts, boolean oneRowALine,
                                   Explanation explain) {
        boolean numbered = LineNumbers.printed(blocks);
        if (!oneRowALine && !numbered) return Map.of();
        Map<Long, Integer> out = new HashMap<>();
        int timedRows = 0, remarks = 0, tiers = 0;
        for (int i : new TreeSet<>(speechBlocks)) {
            Block b = blocks.get(i);
            List<Integer> offsets = b.lineOffsets();
            int lines = Math.min(offsets.size(), b.lines().size());
            for (int k = 0; k < lines; k++) {
                long key = Dialogue.key(i, offsets.get(k));
                if (starts.test(key)) continue;
                String plain = Inline.plain(b.lines().get(k));
                int text = Labels.furnitureEnd(plain, numbered);
                String rest = plain.substring(text).strip();
                if (oneRowALine && Labels.timed(plain)) {
                    out.put(key, text);
                    timedRows++;
                } else if (oneRowALine && TIER.matcher(plain.strip()).lookingAt()) {
                    out.put(key, 0);
                    tiers++;
                } else if (numbered && text > 0 && rest.isEmpty()) {
                    out.put(key, text);                               // an empty numbered line, as at a page's end
                } else if (numbered && text > 0 && REMARK_OPENS.matcher(rest).lookingAt()) {
                    int last = remarkEnd(b, k, lines, numbered);
                    if (last < 0) continue;                           // closes inside the line: the speaker's own words go on
                    out.put(key, text);
                    remarks++;
                    k = last;
                    // what follows the remark and opens no turn ("BY MS. X:") is the record's too, not the speech above
                    if (k + 1 < lines && !starts.test(Dialogue.key(i, offsets.get(k + 1)))) {
                        String next = Inline.plain(b.lines().get(k + 1));
                        int nextText = Labels.furnitureEnd(next, numbered);
                        if (nextText > 0) out.put(Dialogue.key(i, offsets.get(k + 1)), nextText);
                    }
                }
            }
        }
        if (timedRows > 0) explain.decided(0, "speech", timedRows + " timed lines without a label are rows of their own (joins, actions, sounds), no part of the speech above");
        if (tiers > 0) explain.decided(0, "speech", tiers + " lines of the transcript's own tiers and markers ('%com:', '@Comment:') are rows of their own, no part of the speech above");
        if (remarks > 0) explain.decided(0, "speech", remarks + " numbered lines holding a remark in parentheses are the record's, between the speeches");
        return Map.copyOf(out);
    }

    /**
     * The line on which the remark opening line {@code k} closes, when the parenthesis closes at that line's end (the
     * remark fills its lines); -1 when words follow the close or it never closes within a few lines.
     */
    private static int remarkEnd(Block b, int k, int lines, boolean numbered) {
        int depth = 0;
        for (int j = k; j < lines && j < k + 4; j++) {
            String plain = Inline.plain(b.lines().get(j));
            String rest = plain.substring(Labels.furnitureEnd(plain, numbered)).strip();
            for (int c = 0; c < rest.length(); c++) {
                char ch = rest.charAt(c);
                if (ch == '(') depth++;
                else if (ch == ')' && --depth == 0) {
                    String after = rest.substring(c + 1).strip();
                    return after.isEmpty() || after.equals(".") ? j : -1;
                }
            }
        }
        return -1;
    }
}
