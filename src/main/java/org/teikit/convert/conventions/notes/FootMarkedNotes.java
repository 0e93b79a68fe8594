package org.teikit.convert.conventions.notes;

import org.teikit.convert.conventions.Explanation;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.source.NoteMarks;
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
 * Definitions marked {@code (1)}, {@code (a)} or {@code 1)} that a letter or a page prints at its foot with no
 * heading above them, their text wrapped over several lines ({@code (1) La Délégation …} / {@code septembre.}). Such
 * a marker is also a numbered list's, an enumeration's or a legal clause's, so the block counts as notes only on the
 * document's own evidence, all of it:
 * <ul>
 *   <li>it is the last text of its letter, page or section (a page number, a rule or an ornament may follow it); a
 *       foot set off under a rule of its own takes the text above the rule as its section's;</li>
 *   <li>its markers run with no gap from {@code (1)} or {@code (a)}, or on from the number the foot before ended with
 *       (notes numbered through the volume), every line that opens none going on with the definition above (and a
 *       paragraph that opens none, between two definitions, too), and none opens in lower case (a clause of a
 *       sentence);</li>
 *   <li>the text above it, since its section began, holds marks of the same style after its words
 *       ({@code Délégation (1).}, {@code Sant'Agnese 1) sia}) that name those numbers once each, in the same order,
 *       and no more: each definition claimed by one reference. A mark after a colon, a comma, {@code and}/{@code or}
 *       or at a line's start, or beside another mark ({@code (1) and (2)}), is an enumeration's or names the marks:
 *       then none.</li>
 * </ul>
 */
final class FootMarkedNotes {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*$");
    private static final Pattern LIST_MARKER = Pattern.compile("(\\d{1,2})\\)");

    /** The two ways such marks are printed; a foot uses one. */
    enum Style {
        /** {@code Délégation (1)}, {@code Advisers (a)}: a space allowed before; the definition {@code (1) Text}. */
        PARENTHESISED("(?<=[\\p{L}\\p{P}\\d])(\\s?)\\((\\d{1,2}|[a-z])\\)(?=[\\s\\p{P}]|$)", "\\((?:\\d{1,2}|[a-z])\\)",
                "^\\s*\\((\\d{1,2}|[a-z])\\)\\s+(\\S)"),
        /**
         * {@code Sant'Agnese 1) sia}, {@code mountains.1)}, as German and Italian books print them: after a space, or
         * glued to a word or stop (never inside {@code (1)}); the definition {@code 1) Text}, which markdown reads as
         * a list item.
         */
        CLOSING("()" + NoteMarks.ATTESTED_CLOSING_PAREN_REFERENCE.pattern(), "\\d{1,2}\\)",
                "^\\s*(\\d{1,2})\\)\\s+(\\S)");

        /** A reference of the style; group 1 the space before it, group 2 its number or letter. */
        final Pattern mark;
        /** A mark beside another: {@code (1) and (2)}, {@code (a), (b)}, {@code (1)–(3)}: marks named, not references. */
        final Pattern namedAfter;
        /** A definition's marker at a line's start; group 1 its number, group 2 the text's first character. */
        final Pattern marker;

        Style(String mark, String markText, String marker) {
            this.mark = Pattern.compile(mark);
            this.namedAfter = NoteMarks.namedAfter(markText);
            this.marker = Pattern.compile(marker);
        }
    }

    private FootMarkedNotes() {}

    /**
     * What was found: the blocks that hold such definitions, the numbers the marks above claim, whether a letter's
     * mark stood after a space ({@code Advisers (a)}), a style the encoder then reads as marks, and whether marks
     * {@code 1)} were found, which the encoder then reads before a word in lower case too ({@code Ron 1) last week}).
     */
    record Found(boolean[] blocks, Set<String> claimed, boolean spacedLetters, boolean closingMarks) {}

    /** The blocks that hold such definitions. */
    static Found find(List<Block> blocks, IntPredicate startsDocument, Explanation explain) {
        boolean[] defined = new boolean[blocks.size()];
        Set<String> claimed = new HashSet<>();
        boolean[] seen = new boolean[Style.values().length];
        boolean spaced = false;
        String last = "";                                   // the number the foot before ended with
        int start = 0, aboveRule = -1;                      // aboveRule: where the section above the rule began
        for (int i = 0; i <= blocks.size(); i++) {
            boolean part = i == blocks.size() || startsDocument.test(i) || PageMarks.isPageBreak(blocks.get(i));
            boolean rule = !part && (blocks.get(i).isBreak() || isRuleLine(blocks.get(i)));
            if (!part && !rule) continue;
            if (i > start) {
                Optional<Foot> foot = read(blocks, start, i, aboveRule, last);
                if (foot.isPresent()) {
                    Foot f = foot.get();
                    for (int b = f.first(); b < f.end(); b++) defined[b] = true;
                    claimed.addAll(f.numbers());
                    seen[f.style().ordinal()] = true;
                    spaced |= f.spacedLetter();
                    last = f.numbers().get(f.numbers().size() - 1);
                    explain(blocks, f, explain);
                }
            }
            aboveRule = rule && i > start ? start : -1;
            start = rule ? i + 1 : i;
        }
        return new Found(defined, claimed, spaced, seen[Style.CLOSING.ordinal()]);
    }

    /** A foot of definitions: blocks {@code [first, end)}, their numbers, their style. */
    private record Foot(int first, int end, List<String> numbers, Style style, boolean spacedLetter) {}

    /**
     * The foot of the section {@code [from, to)}: its definitions, when the marks above claim them. A section that is
     * all definitions, under a rule, takes its marks from the section above the rule ({@code aboveRule}, or -1).
     */
    private static Optional<Foot> read(List<Block> blocks, int from, int to, int aboveRule, String last) {
        int end = to;
        // a page's number, or the rule that ends the letter, below the definitions
        while (end > from && (isPageNumber(blocks.get(end - 1)) || blocks.get(end - 1).isBreak() || isRuleLine(blocks.get(end - 1)))) end--;
        for (Style style : Style.values()) {
            int first = end;
            while (first > from) {
                if (opensWithMarker(blocks.get(first - 1), style)) first--;
                // a note's second paragraph, between its definition and the next: still the foot's
                else if (first < end && first - 2 >= from && blocks.get(first - 1).kind() == Block.Kind.PARAGRAPH
                        && opensWithMarker(blocks.get(first - 2), style)) first -= 2;
                else break;
            }
            if (first == end) continue;
            int textFrom = first > from ? from : aboveRule;
            int textTo = first > from ? first : from - 1;
            if (textFrom < 0) continue;
            List<String> defined = new ArrayList<>();
            boolean clauses = false;
            for (int b = first; b < end; b++) clauses |= !markers(blocks.get(b), style, defined);
            if (clauses || defined.isEmpty() || !startsSeries(defined.get(0), last)) continue;
            boolean gap = false;
            for (int k = 1; k < defined.size(); k++) gap |= !defined.get(k).equals(successor(defined.get(k - 1)));
            if (gap) continue;
            boolean[] spacedLetter = {false};
            Optional<List<String>> marks = marksAbove(blocks, textFrom, textTo, style, spacedLetter);
            if (marks.isPresent() && marks.get().equals(defined)) return Optional.of(new Foot(first, end, defined, style, spacedLetter[0]));
        }
        return Optional.empty();
    }

    /** A foot's first number: {@code 1} or {@code a}, or the one after the foot before's last (numbered through). */
    private static boolean startsSeries(String first, String last) {
        return first.equals("1") || first.equals("a") || !last.isEmpty() && first.equals(successor(last));
    }

    private static void explain(List<Block> blocks, Foot f, Explanation explain) {
        List<String> n = f.numbers();
        String shown = f.style() == Style.CLOSING ? n.get(0) + ")" : "(" + n.get(0) + ")";
        String which = n.size() == 1 ? "definition " + n.get(0) : "definitions " + n.get(0) + "–" + n.get(n.size() - 1);
        explain.decided(blocks.get(f.first()).line(), "notes", which + " marked '" + shown + "' at the foot of a letter or page: the text above claims each once, in order,"
                + " with a mark of that style after its words");
    }

    /** A line of rule characters alone ({@code ─────────}, {@code * * *}), or a printer's ornament alone ({@code ~}, {@code ❦}): the letter's or section's end. */
    private static boolean isRuleLine(Block b) {
        return b.kind() == Block.Kind.PARAGRAPH && b.lines().size() == 1 && b.plain().strip().matches("[-—–_=*·•~─━═ ]{3,}|[~*·•❦⁂✻※◆◇§]");
    }

    private static boolean isPageNumber(Block b) {
        return b.kind() == Block.Kind.PARAGRAPH && b.lines().size() == 1 && PAGE_NUMBER.matcher(b.plain()).matches();
    }

    private static boolean opensWithMarker(Block b, Style style) {
        if (style == Style.CLOSING && b.kind() == Block.Kind.LIST_ITEM) return LIST_MARKER.matcher(b.marker()).matches();
        return b.kind() == Block.Kind.PARAGRAPH && !b.lines().isEmpty() && style.marker.matcher(lineText(b.lines().get(0))).find();
    }

    /** The markers of a block's lines, in order; false when a definition opens in lower case (a clause). */
    private static boolean markers(Block b, Style style, List<String> into) {
        if (b.kind() == Block.Kind.LIST_ITEM) {                // "1) Text", read by markdown as a list's item
            Matcher m = LIST_MARKER.matcher(b.marker());
            String text = Inline.plain(b.inlines()).strip();
            if (!m.matches() || text.isEmpty() || Character.isLowerCase(text.codePointAt(0))) return false;
            into.add(m.group(1));
            return true;
        }
        for (List<Inline> line : b.lines()) {
            Matcher m = style.marker.matcher(lineText(line));
            if (!m.find()) continue;                      // a wrapped line of the definition above
            if (Character.isLowerCase(m.group(2).codePointAt(0))) return false;
            into.add(m.group(1));
        }
        return true;
    }

    /**
     * The marks of the style in the text blocks of {@code [from, to)}, in order; empty when one of them stands as an
     * enumeration's or names marks, when a line or item opens with a marker (a list's), or when the two kinds
     * (numbers, letters) are mixed.
     */
    private static Optional<List<String>> marksAbove(List<Block> blocks, int from, int to, Style style, boolean[] spacedLetter) {
        List<String> out = new ArrayList<>();
        for (int b = from; b < to; b++) {
            Block block = blocks.get(b);
            if (block.kind() != Block.Kind.PARAGRAPH && block.kind() != Block.Kind.QUOTE && block.kind() != Block.Kind.LIST_ITEM) continue;
            if (opensWithMarker(block, style)) return Optional.empty();
            for (List<Inline> line : block.lines()) {
                String text = lineText(line);
                Matcher m = style.mark.matcher(text);
                while (m.find()) {
                    String before = text.substring(0, m.start());
                    if (before.isBlank() || NoteMarks.isEnumerationItem(before, text.substring(m.end()))
                            || style.namedAfter.matcher(text.substring(m.end())).find()) return Optional.empty();
                    out.add(m.group(2));
                    if (!m.group(1).isEmpty() && !Character.isDigit(m.group(2).charAt(0))) spacedLetter[0] = true;
                }
                // a marker at the line's start is an item's, not a reference
                if (style.marker.matcher(text).find()) return Optional.empty();
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
