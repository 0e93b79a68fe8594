package org.teikit.convert.conventions.notes;

import org.teikit.convert.conventions.Explanation;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.source.PageMarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definitions marked {@code (1)} or {@code (a)} that a letter or a page prints at its foot with no rule or heading
 * above them, their text wrapped over several lines ({@code (1) La Délégation …} / {@code septembre.}). Such a
 * marker is also a numbered list's, an enumeration's or a legal clause's, so the block counts as notes only on the
 * document's own evidence, all of it:
 * <ul>
 *   <li>it is the last text of its letter or page (a page number alone may follow it);</li>
 *   <li>its markers run from {@code (1)} or {@code (a)} with no gap, every line that opens none going on with the
 *       definition above, and none opens in lower case (a clause of a sentence);</li>
 *   <li>the text above it, since the letter or page began, holds marks of the same style after its words
 *       ({@code Délégation (1).}) that name those numbers once each, in the same order, and no more: each
 *       definition claimed by one reference. A mark after a colon, a comma, {@code and}/{@code or} or at a line's
 *       start, or beside another mark ({@code (1) and (2)}), is an enumeration's or names the marks: then none.</li>
 * </ul>
 */
final class FootMarkedNotes {
    /** A mark of the style, after a word or punctuation, a space allowed: {@code Délégation (1)}, {@code Advisers (a)}. */
    private static final Pattern MARK = Pattern.compile("(?<=[\\p{L}\\p{P}\\d])(\\s?)\\((\\d{1,2}|[a-z])\\)(?=[\\s\\p{P}]|$)");
    /** What stands before an enumeration's mark: a colon, comma, semicolon or dash, or a word joining items. */
    private static final Pattern ENUMERATION_BEFORE = Pattern.compile(
            "(?:[:;,—–-]|\\b(?i:and|or|either|et|ou|soit|und|oder|y|o|e|ed))\\s*$");
    /** A mark beside another: {@code (1) and (2)}, {@code (a), (b)}, {@code (1)–(3)}: marks named, not references. */
    private static final Pattern NAMED_AFTER = Pattern.compile("^\\s*(?:,|and|or|et|ou|und|to|[-–—])?\\s*\\((?:\\d{1,2}|[a-z])\\)");
    private static final Pattern MARKER = Pattern.compile("^\\s*\\((\\d{1,2}|[a-z])\\)\\s+(\\S)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*$");

    private FootMarkedNotes() {}

    /**
     * What was found: the blocks that hold such definitions, the numbers the marks above claim, and whether a letter's
     * mark stood after a space ({@code Advisers (a)}), a style the encoder then reads as marks.
     */
    record Found(boolean[] blocks, Set<String> claimed, boolean spacedLetters) {}

    /** The blocks that hold such definitions. */
    static Found find(List<Block> blocks, IntPredicate startsDocument, Explanation explain) {
        Found out = new Found(new boolean[blocks.size()], new HashSet<>(), false);
        boolean[] spaced = {false};
        int start = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            boolean ends = i == blocks.size() || startsDocument.test(i) || PageMarks.isPageBreak(blocks.get(i));
            if (!ends) continue;
            if (i > start) read(blocks, start, i, out, spaced, explain);
            start = i;
        }
        return new Found(out.blocks(), out.claimed(), spaced[0]);
    }

    /** The foot of the part {@code [from, to)}: its definitions, when the marks above claim them. */
    private static void read(List<Block> blocks, int from, int to, Found out, boolean[] spaced, Explanation explain) {
        int end = to;
        // a page's number, or the rule that ends the letter, below the definitions
        while (end > from && (isPageNumber(blocks.get(end - 1)) || blocks.get(end - 1).isBreak() || isRuleLine(blocks.get(end - 1)))) end--;
        // the run of blocks at the foot that each open with a marker
        int first = end;
        while (first > from && opensWithMarker(blocks.get(first - 1))) first--;
        if (first == end || first == from) return;
        List<String> defined = new ArrayList<>();
        for (int b = first; b < end; b++) {
            if (!markers(blocks.get(b), defined)) return;
        }
        if (defined.isEmpty() || !defined.get(0).equals("1") && !defined.get(0).equals("a")) return;
        for (int k = 1; k < defined.size(); k++) {
            if (!defined.get(k).equals(successor(defined.get(k - 1)))) return;
        }
        boolean[] spacedLetter = {false};
        Optional<List<String>> marks = marksAbove(blocks, from, first, spacedLetter);
        if (marks.isEmpty() || !marks.get().equals(defined)) return;
        for (int b = first; b < end; b++) out.blocks()[b] = true;
        out.claimed().addAll(defined);
        spaced[0] |= spacedLetter[0];
        String which = defined.size() == 1 ? "definition " + defined.get(0)
                : "definitions " + defined.get(0) + "–" + defined.get(defined.size() - 1);
        explain.decided(blocks.get(first).line(), "notes", which + " marked '(" + defined.get(0) + ")' at the foot of a letter or page: the text above claims each once, in order,"
                + " with a mark of that style after its words");
    }

    /** A line of rule characters alone ({@code ─────────}, {@code * * *}): the letter's or section's end. */
    private static boolean isRuleLine(Block b) {
        return b.kind() == Block.Kind.PARAGRAPH && b.lines().size() == 1 && b.plain().strip().matches("[-—–_=*·•~─━═ ]{3,}");
    }

    private static boolean isPageNumber(Block b) {
        return b.kind() == Block.Kind.PARAGRAPH && b.lines().size() == 1 && PAGE_NUMBER.matcher(b.plain()).matches();
    }

    private static boolean opensWithMarker(Block b) {
        return b.kind() == Block.Kind.PARAGRAPH && !b.lines().isEmpty() && MARKER.matcher(lineText(b.lines().get(0))).find();
    }

    /** The markers of a block's lines, in order; false when a definition opens in lower case (a clause). */
    private static boolean markers(Block b, List<String> into) {
        for (List<Inline> line : b.lines()) {
            Matcher m = MARKER.matcher(lineText(line));
            if (!m.find()) continue;                      // a wrapped line of the definition above
            if (Character.isLowerCase(m.group(2).codePointAt(0))) return false;
            into.add(m.group(1));
        }
        return true;
    }

    /**
     * The marks of the style in the text blocks of {@code [from, to)}, in order; empty when one of them stands as an
     * enumeration's or names marks, or when the two kinds (numbers, letters) are mixed.
     */
    private static Optional<List<String>> marksAbove(List<Block> blocks, int from, int to, boolean[] spacedLetter) {
        List<String> out = new ArrayList<>();
        for (int b = from; b < to; b++) {
            Block block = blocks.get(b);
            if (block.kind() != Block.Kind.PARAGRAPH && block.kind() != Block.Kind.QUOTE && block.kind() != Block.Kind.LIST_ITEM) continue;
            for (List<Inline> line : block.lines()) {
                String text = lineText(line);
                Matcher m = MARK.matcher(text);
                while (m.find()) {
                    String before = text.substring(0, m.start());
                    if (before.isBlank() || ENUMERATION_BEFORE.matcher(before).find()
                            || NAMED_AFTER.matcher(text.substring(m.end())).find()) return Optional.empty();
                    out.add(m.group(2));
                    if (!m.group(1).isEmpty() && !Character.isDigit(m.group(2).charAt(0))) spacedLetter[0] = true;
                }
                // a marker at the line's start is an item's, not a reference
                if (MARKER.matcher(text).find()) return Optional.empty();
            }
        }
        if (out.isEmpty()) return Optional.empty();
        boolean digits = Character.isDigit(out.get(0).charAt(0));
        for (String n : out) if (Character.isDigit(n.charAt(0)) != digits) return Optional.empty();
        return Optional.of(out);
    }

    private static String lineText(List<Inline> line) {
        return Inline.plain(line);
    }

    private static String successor(String n) {
        return Character.isDigit(n.charAt(0)) ? String.valueOf(Integer.parseInt(n) + 1) : String.valueOf((char) (n.charAt(0) + 1));
    }
}
