package org.teikit.convert.conventions.notes;

import org.teikit.convert.conventions.Explanation;
import org.teikit.convert.apparatus.AutoNumberedNotes;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.source.InlineCut;
import org.teikit.source.InlineNotes;
import org.teikit.source.NoteMarks;
import org.teikit.source.PageMarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a document defines its notes, in whatever common style: a marker at the start of a line
 * ({@link NoteMarks#definition}), one definition a line in a paragraph of them, a numbered list under a
 * {@code Notes} heading or after a break, a symbol ({@code † text}, a {@code *} item) where the text uses that
 * symbol as a reference. A paragraph without a marker that follows a definition in a notes area continues that
 * note when another definition follows it there, or when the area runs to the end of the file (a last note of
 * several paragraphs). Placing each definition at its reference is the converter's ({@code Footnotes}).
 */
public final class NotePlan {
    private static final Pattern NOTES_TITLE = Pattern.compile(
            "(?i)^(?:foot|end)?notes?(?:\\s+and\\s+references)?|references|anmerkungen|fu(?:ß|ss)noten|notes to the text|remarques$");
    private static final Pattern WIKI_SECTION = Pattern.compile("^\\p{L}[^\\[\\]]{0,60}\\[edit]$");
    /** A line of a dash or rule character alone ({@code ―――――――}, {@code ________}): the rule a page prints above its notes. */
    private static final Pattern RULE_LINE = Pattern.compile("^(?:[―─━—_]\\s*){3,}$");
    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,3})[.)]$");

    /** One definition: its number or symbol, where it starts (block, offset in the block's plain text, line), its content. */
    public record Definition(String n, int block, int offset, int line, List<Inline> content, List<List<Inline>> more) {}

    private final List<Definition> definitions;
    private final Map<Integer, Integer> definitionStart;
    private final Set<Integer> continuations;
    private final boolean flattenedMarks;
    private final List<Pattern> attestedMarks;
    private final AutoNumberedNotes autoNumbered;

    private NotePlan(List<Definition> definitions, Map<Integer, Integer> definitionStart, Set<Integer> continuations,
                     boolean flattenedMarks, List<Pattern> attestedMarks, AutoNumberedNotes autoNumbered) {
        this.definitions = definitions;
        this.definitionStart = definitionStart;
        this.continuations = continuations;
        this.flattenedMarks = flattenedMarks;
        this.attestedMarks = attestedMarks;
        this.autoNumbered = autoNumbered;
    }

    /** The numbers of the notes reStructuredText numbers itself ({@code [#]_}, {@code [#label]_}), for their references. */
    public AutoNumberedNotes autoNumbered() { return autoNumbered; }

    /** Whether digits glued to words are the document's note marks ({@link FlattenedMarks}): they pair with its notes. */
    public boolean flattenedMarks() { return flattenedMarks; }

    /**
     * The marks the document's notes showed to be its own ({@link FootMarkedNotes}): letters in parentheses after a
     * space ({@code Advisers (a) on}), a number and a closing parenthesis before a word in lower case ({@code Ron 1) last}).
     */
    public List<Pattern> attestedMarks() { return attestedMarks; }

    public List<Definition> definitions() { return definitions; }

    /** Where in a block its definitions begin (0: the whole block), or -1 when it holds none. */
    public int definitionStart(int block) { return definitionStart.getOrDefault(block, -1); }

    /** Whether a block is a further paragraph of a note defined above it. */
    public boolean isContinuation(int block) { return continuations.contains(block); }

    /** The plan of a document whose indentation is not known. */
    public static NotePlan read(List<Block> blocks, IntPredicate startsDocument, Explanation explain) {
        return read(blocks, startsDocument, i -> false, explain);
    }

    /**
     * @param startsDocument whether a block begins a new document of the file (a letter's heading): a notes
     *                       area ends there
     * @param indented       whether a block's first source line is indented (a literal block's, after {@code ::})
     */
    public static NotePlan read(List<Block> blocks, IntPredicate startsDocument, IntPredicate indented, Explanation explain) {
        return read(blocks, startsDocument, indented, false, explain);
    }

    /**
     * @param notesBounded whether the source marks where each note ends (a web page's note element, written as one
     *                     block): then no paragraph after a note is taken to continue it
     */
    public static NotePlan read(List<Block> blocks, IntPredicate startsDocument, IntPredicate indented,
                                boolean notesBounded, Explanation explain) {
        Map<String, Integer> firstReference = firstReferences(blocks);
        Set<String> referenced = new HashSet<>(firstReference.keySet());
        List<Definition> defs = new ArrayList<>();
        Map<Integer, Integer> starts = new HashMap<>();
        // areas: a run of blocks after a notes heading or a break, ended by another heading, break or document
        int[] area = new int[blocks.size()];
        boolean[] titled = new boolean[blocks.size()];
        int current = 0;
        boolean underTitle = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING || separates(b) || PageMarks.isPageBreak(b) || startsDocument.test(i) || isNotesTitle(b)
                    || isWikiSection(b)) {
                current = i + 1;
                underTitle = isNotesTitle(b);
            }
            area[i] = current;
            titled[i] = underTitle;
        }
        Set<Integer> literal = literalBlocks(blocks, indented);
        for (int i : new java.util.TreeSet<>(literal)) {
            if (blocks.get(i).plain().contains("[")) explain.decided(blocks.get(i).line(), "notes",
                    "a literal block (indented after a paragraph ending '::'): its note markup is shown, not used");
        }
        boolean[] foot = footOfPage(blocks, area);
        boolean[] series = weakSeries(blocks, referenced);
        FootMarkedNotes.Found footMarks = FootMarkedNotes.find(blocks, startsDocument, explain);
        boolean[] footMarked = footMarks.blocks();
        referenced.addAll(footMarks.claimed());
        List<List<Definition>> byBlock = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) byBlock.add(List.of());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING || separates(b) || literal.contains(i)) continue;
            boolean notesArea = area[i] > 0 && (titled[i] || separates(blocks.get(area[i] - 1))) || foot[i] || series[i] || footMarked[i];
            boolean marked = titled[i] || b.kind() != Block.Kind.LIST_ITEM || !markedLater(blocks, startsDocument, i, b.marker());
            List<Definition> here = definitionsIn(b, i, notesArea && marked, titled[i], referenced);
            if (!here.isEmpty() && b.kind() == Block.Kind.LIST_ITEM && !titled[i] && !footMarked[i]
                    && firstReference.getOrDefault(here.get(0).n(), Integer.MAX_VALUE) >= i) {
                // "1. Patrick Halloran to his mother" under a rule, the marks [1] only below it: a numbered heading or
                // item, as notes stand below their references
                explain.decided(b.line(), "notes", "item " + b.marker() + " is no note's definition: no mark above it refers to " + here.get(0).n());
                here = List.of();
            }
            if (!here.isEmpty()) {
                starts.put(i, here.get(0).offset());
                byBlock.set(i, here);
                defs.addAll(here);
            }
        }
        boolean[] defined = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) defined[i] = !byBlock.get(i).isEmpty();
        boolean[] paired = {false};
        List<Definition> flattened = FlattenedMarks.pair(blocks, defined, paired, explain);
        for (Definition d : flattened) {
            List<Definition> here = new ArrayList<>(byBlock.get(d.block()));
            here.add(d);
            byBlock.set(d.block(), here);
            starts.putIfAbsent(d.block(), d.offset());
            defs.add(d);
        }
        defs.sort(java.util.Comparator.comparingInt(Definition::block).thenComparingInt(Definition::offset));
        // continuation paragraphs: only where notes stand apart (under a Notes heading, after a break); in running
        // text, a paragraph between two definitions is the text the second one annotates
        Set<Integer> continuations = new HashSet<>();
        List<Definition> merged = new ArrayList<>(defs);
        for (int i = 0; i < blocks.size(); i++) {
            if (byBlock.get(i).isEmpty() || notesBounded) continue;
            // or in a foot of definitions the marks above claim, which FootMarkedNotes bounded
            boolean apart = area[i] > 0 && (titled[i] || separates(blocks.get(area[i] - 1)));
            if (!apart && !footMarked[i]) continue;
            Definition last = byBlock.get(i).get(byBlock.get(i).size() - 1);
            List<Integer> more = new ArrayList<>();
            int j = i + 1;
            while (j < blocks.size() && byBlock.get(j).isEmpty() && area[j] == area[i]
                    && blocks.get(j).kind() == Block.Kind.PARAGRAPH && (apart || footMarked[j])) {
                more.add(j);
                j++;
            }
            if (more.isEmpty()) continue;
            boolean followed = j < blocks.size() && !byBlock.get(j).isEmpty() && area[j] == area[i];
            boolean toTheEnd = j >= blocks.size();
            if (!followed && !toTheEnd) continue;
            // after notes set as a list, a paragraph out of the list's indentation that no later note bounds is the
            // page's own (a copyright line, a signature), as markdown reads it, not the last note's
            if (!followed && blocks.get(i).kind() == Block.Kind.LIST_ITEM) {
                explain.decided(blocks.get(more.get(0)).line(), "notes", "a paragraph after the list of notes, outside"
                        + " it: the document's, not note " + last.n() + "'s");
                continue;
            }
            List<List<Inline>> paragraphs = new ArrayList<>(last.more());
            for (int m : more) {
                paragraphs.add(blocks.get(m).inlines());
                continuations.add(m);
            }
            Definition longer = new Definition(last.n(), last.block(), last.offset(), last.line(), last.content(), paragraphs);
            merged.set(merged.indexOf(last), longer);
            explain.decided(last.line(), "notes", "note " + last.n() + " goes on for " + more.size()
                    + " more paragraph(s), to line " + blocks.get(more.get(more.size() - 1)).line());
        }
        AutoNumberedNotes autoNumbered = numberAutomatically(blocks, merged, literal, explain);
        for (Definition d : merged) explain.decided(d.line(), "notes", "definition of note " + d.n());
        explainWrittenInPlace(blocks, explain);
        explainMarkStyles(blocks, merged, explain);
        List<Pattern> attested = new ArrayList<>();
        if (footMarks.spacedLetters()) attested.add(NoteMarks.SPACED_LETTER_REFERENCE);
        if (footMarks.closingMarks() || definedWithClosingParen(blocks, merged, explain)) attested.add(NoteMarks.ATTESTED_CLOSING_PAREN_REFERENCE);
        return new NotePlan(List.copyOf(merged), starts, continuations, paired[0], List.copyOf(attested), autoNumbered);
    }

    private static final Pattern CLOSING_PAREN_MARKER = Pattern.compile("^\\s*\\d{1,3}\\)\\s");

    /**
     * Whether the document prints its definitions {@code 1) text}: then a number and a closing parenthesis in its text
     * is its mark wherever it stands, glued to the stop before ({@code light.1)}) or before a word in lower case.
     */
    private static boolean definedWithClosingParen(List<Block> blocks, List<Definition> defs, Explanation explain) {
        for (Definition d : defs) {
            Block b = blocks.get(d.block());
            boolean item = b.kind() == Block.Kind.LIST_ITEM && b.marker().matches("\\d{1,3}\\)");
            if (item || b.kind() == Block.Kind.PARAGRAPH && CLOSING_PAREN_MARKER.matcher(b.plain()).find()) {
                explain.decided(d.line(), "notes", "the definitions are printed '" + d.n() + ") …': a number and a closing"
                        + " parenthesis in the text is their mark");
                return true;
            }
        }
        return false;
    }

    /**
     * The indented blocks a reStructuredText paragraph ending {@code ::} introduces: a literal block, which shows
     * markup ({@code [#]_}, {@code .. [#] text}) rather than using it; it ends at the first block not indented.
     */
    private static Set<Integer> literalBlocks(List<Block> blocks, IntPredicate indented) {
        Set<Integer> out = new HashSet<>();
        for (int i = 1; i < blocks.size(); i++) {
            Block before = blocks.get(i - 1);
            if (before.kind() != Block.Kind.PARAGRAPH || !before.plain().stripTrailing().endsWith("::")) continue;
            for (int j = i; j < blocks.size() && blocks.get(j).kind() == Block.Kind.PARAGRAPH && indented.test(j); j++) out.add(j);
        }
        return out;
    }

    /**
     * Numbers the definitions reStructuredText numbers itself ({@code .. [#]}, {@code .. [#label]}), in their order,
     * skipping the numbers the document gives by hand, and gives its symbols to {@code .. [*]} ones, as docutils does;
     * the table the references resolve by.
     */
    private static AutoNumberedNotes numberAutomatically(List<Block> blocks, List<Definition> defs, Set<Integer> literal, Explanation explain) {
        Set<String> byHand = new HashSet<>();
        for (Definition d : defs) if (d.n().chars().allMatch(Character::isDigit)) byHand.add(d.n());
        Map<String, String> labels = new HashMap<>();
        List<String> anonymous = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < defs.size(); k++) {
            Definition d = defs.get(k);
            if (d.n().equals("*") && isRestDefinition(blocks, d)) {
                // the auto-symbols, in docutils' order, doubled after the tenth
                int i = symbols.size();
                String n = String.valueOf(AUTO_SYMBOLS.charAt(i % AUTO_SYMBOLS.length())).repeat(i / AUTO_SYMBOLS.length() + 1);
                symbols.add(n);
                if (!n.equals("*")) explain.decided(d.line(), "notes", "reStructuredText's auto-symbol footnote [*] is note " + n
                        + ": the processor gives such definitions its symbols in their order");
                defs.set(k, new Definition(n, d.block(), d.offset(), d.line(), d.content(), d.more()));
                continue;
            }
            if (!NoteMarks.isAutoNumbered(d.n())) continue;
            do next++; while (byHand.contains(String.valueOf(next)));
            String n = String.valueOf(next);
            if (d.n().equals("#")) anonymous.add(n);
            else labels.putIfAbsent(d.n(), n);
            explain.decided(d.line(), "notes", "reStructuredText's auto-numbered footnote [" + d.n() + "] is note " + n
                    + ": the processor numbers such definitions in their order");
            defs.set(k, new Definition(n, d.block(), d.offset(), d.line(), d.content(), d.more()));
        }
        if (labels.isEmpty() && anonymous.isEmpty() && symbols.isEmpty()) return AutoNumberedNotes.NONE;
        return new AutoNumberedNotes(labels, anonymous, symbols, literal);
    }

    /** docutils' footnote symbols, in the order it gives them. */
    private static final String AUTO_SYMBOLS = "*†‡§¶#♠♥♦♣";

    /** Whether a definition is written {@code .. [*] text} (reStructuredText's), not {@code * text}. */
    private static boolean isRestDefinition(List<Block> blocks, Definition d) {
        String p = blocks.get(d.block()).plain();
        return d.offset() < p.length() && p.substring(d.offset()).stripLeading().startsWith("..");
    }

    /**
     * In a transcription that marks the printed pages, the blocks that close a page (before its page break, or at
     * the end of the last page) and each open with a definition's marker, strict or weak: where a page prints its
     * footnotes ({@code 1 Geese, hams …} above {@code --- 13 ---}).
     */
    private static boolean[] footOfPage(List<Block> blocks, int[] area) {
        boolean[] foot = new boolean[blocks.size()];
        if (blocks.stream().noneMatch(PageMarks::isPageBreak)) return foot;
        boolean run = false;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            boolean closes = i + 1 >= blocks.size() || PageMarks.isPageBreak(blocks.get(i + 1));
            if (closes) run = true;
            boolean opens = !b.lines().isEmpty() && (NoteMarks.definition(b.lines().get(0)).isPresent()
                    || NoteMarks.weakDefinition(b.lines().get(0)).isPresent());
            run = run && b.kind() == Block.Kind.PARAGRAPH && opens && area[i] > 0;
            foot[i] = run;
        }
        return foot;
    }

    /**
     * Paragraphs that each open with a weak marker, two or more in a row, marked in order from the first ({@code (a)},
     * {@code (b)}, {@code (c)}, or {@code (1)}, {@code (2)}), every mark one the text refers to: the notes a law
     * report or a chapter prints after its text, with no heading or break to set them apart. An enumeration printed
     * as the lines of one paragraph is no such run, nor one whose items open in lower case (clauses of a sentence).
     */
    private static boolean[] weakSeries(List<Block> blocks, Set<String> referenced) {
        boolean[] series = new boolean[blocks.size()];
        int i = 0;
        while (i < blocks.size()) {
            int j = i;
            String expected = null;
            while (j < blocks.size()) {
                Block b = blocks.get(j);
                var w = b.kind() == Block.Kind.PARAGRAPH && !b.lines().isEmpty()
                        ? NoteMarks.weakDefinition(b.lines().get(0)) : java.util.Optional.<NoteMarks.Definition>empty();
                String n = w.map(NoteMarks.Definition::n).orElse(null);
                // "(1) whether the award …;" in lower case is an enumeration's clause, no note
                boolean clause = w.isPresent() && Inline.plain(w.get().content()).strip().matches("^\\p{Ll}.*");
                boolean next = n != null && !clause && referenced.contains(n)
                        && (expected == null ? n.equals("1") || n.equals("a") : n.equals(expected));
                if (!next) break;
                expected = successor(n);
                j++;
            }
            if (j - i >= 2) for (int k = i; k < j; k++) series[k] = true;
            i = Math.max(j, i + 1);
        }
        return series;
    }

    /**
     * Whether a note with a list item's number is defined further on with a marker of its own ({@code [2] text}),
     * before the next heading or document: the part then marks its notes so, and a numbered item after a break
     * ({@code 2. Coal siding.}) is its text.
     */
    private static boolean markedLater(List<Block> blocks, IntPredicate startsDocument, int item, String marker) {
        Matcher m = LIST_NUMBER.matcher(marker);
        if (!m.matches()) return false;
        for (int j = item + 1; j < blocks.size() && blocks.get(j).kind() != Block.Kind.HEADING && !startsDocument.test(j); j++) {
            for (List<Inline> line : blocks.get(j).lines()) {
                if (NoteMarks.definition(line).filter(d -> d.n().equals(m.group(1))).isPresent()) return true;
            }
        }
        return false;
    }

    /**
     * A thematic break, or a paragraph that is a rule alone ({@code ―――――――}): what a transcription keeps of the
     * line a page prints between its text and its footnotes.
     */
    private static boolean separates(Block b) {
        return b.isBreak() || b.kind() == Block.Kind.PARAGRAPH && RULE_LINE.matcher(b.plain().strip()).matches();
    }

    /** The mark after {@code 2} is {@code 3}, after {@code b} is {@code c}. */
    private static String successor(String n) {
        return Character.isDigit(n.charAt(0)) ? String.valueOf(Integer.parseInt(n) + 1) : String.valueOf((char) (n.charAt(0) + 1));
    }

    /**
     * A line copied from a wiki page's section heading, which keeps its edit link ({@code See also[edit]}): a notes
     * area ends there, whatever the copy lost of the heading's look.
     */
    private static boolean isWikiSection(Block b) {
        return b.kind() == Block.Kind.PARAGRAPH && b.lines().size() == 1 && WIKI_SECTION.matcher(b.plain().strip()).matches();
    }

    private static boolean isNotesTitle(Block b) {
        if (b.kind() != Block.Kind.HEADING && b.kind() != Block.Kind.PARAGRAPH) return false;
        // "Notes[edit]": a heading copied from a wiki page keeps its edit link
        String t = b.plain().strip().replaceFirst("\\s*\\[edit]$", "").replaceAll("[:.]$", "").strip();
        return t.length() <= 40 && NOTES_TITLE.matcher(t).matches();
    }

    /** The definitions a block holds: one a line, from the first line that opens one. */
    private static List<Definition> definitionsIn(Block b, int index, boolean notesArea, boolean titled, Set<String> referenced) {
        List<Definition> out = new ArrayList<>();
        if (b.kind() == Block.Kind.LIST_ITEM) {
            Matcher m = LIST_NUMBER.matcher(b.marker());
            String n = m.matches() ? m.group(1) : b.marker().equals("*") || b.marker().equals("-") ? "*" : null;
            boolean symbol = "*".equals(n) && b.marker().equals("*") && referenced.contains("*");
            boolean numbered = m.matches() && notesArea && (titled || referenced.contains(n));
            if (numbered) {
                out.add(new Definition(n, index, 0, b.line(), NoteMarks.withoutBacklinks(b.inlines()), List.of()));
                return out;
            }
            if (symbol) {
                // "* text" is the first line's note; a line below may open the next symbol's ("† text"), as a page
                // prints its notes one a line under the rule
                List<Inline> first = b.lines().isEmpty() ? b.inlines() : b.lines().get(0);
                out.add(new Definition(n, index, 0, b.line(), first, List.of()));
                return linesFrom(b, index, 1, notesArea, referenced, out);
            }
        }
        if (b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.LIST_ITEM && b.kind() != Block.Kind.QUOTE) return out;
        return linesFrom(b, index, 0, notesArea, referenced, out);
    }

    /** The definitions of a block's lines from line {@code from}: one a line, a line without a marker continuing the last. */
    private static List<Definition> linesFrom(Block b, int index, int from, boolean notesArea, Set<String> referenced, List<Definition> out) {
        List<List<Inline>> lines = b.lines();
        List<Integer> offsets = b.lineOffsets();
        for (int k = from; k < lines.size() && k < offsets.size(); k++) {
            var d = NoteMarks.definition(lines.get(k));
            if (d.isPresent() && isSymbol(d.get().n()) && !referenced.contains(d.get().n())) d = java.util.Optional.empty();
            if (d.isEmpty() && notesArea) {            // "(1) text", "1 The text": where notes stand apart, for a number referred to
                d = NoteMarks.weakDefinition(lines.get(k)).filter(w -> referenced.contains(w.n()));
            }
            if (d.isPresent()) {
                out.add(new Definition(d.get().n(), index, offsets.get(k), b.line() + k, d.get().content(), List.of()));
            } else if (!out.isEmpty()) {                // a definition's next line: still that note
                Definition last = out.remove(out.size() - 1);
                List<Inline> content = new ArrayList<>(last.content());
                content.add(new Inline.Text(" "));
                content.addAll(lines.get(k));
                out.add(new Definition(last.n(), last.block(), last.offset(), last.line(), content, List.of()));
            }   // lines before the first definition are the paragraph's text
        }
        return out;
    }

    private static boolean isSymbol(String n) {
        return !n.isEmpty() && !Character.isLetterOrDigit(n.charAt(0));
    }

    /**
     * The numbers and symbols the running text uses as references (superscripts, [^n], Unicode digits, symbols), each
     * with the index of the first block that refers to it.
     */
    private static Map<String, Integer> firstReferences(List<Block> blocks) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Set<String> here = new HashSet<>();
            for (List<Inline> line : blocks.get(i).lines()) {
                // a line opening with a marker defines; the marks after its start refer
                List<Inline> body = NoteMarks.definition(line).isPresent() ? NoteMarks.definition(line).get().content() : line;
                collect(body, here);
            }
            for (String n : here) out.putIfAbsent(n, i);
        }
        return out;
    }

    /** A style of reference mark in plain text, and how a match names its note. */
    private record Mark(Pattern pattern, Function<Matcher, String> number) {}

    /** The plain-text marks a document's references may use, besides brackets and superscript digits. */
    private static final List<Mark> MARKS = List.of(
            new Mark(NoteMarks.SYMBOL_REFERENCE, m -> m.group(1)),
            new Mark(NoteMarks.CARET_REFERENCE, NoteMarks::number),
            new Mark(NoteMarks.PAREN_REFERENCE, NoteMarks::number),
            new Mark(NoteMarks.MODIFIER_REFERENCE, m -> NoteMarks.fromModifier(m.group(1))),
            new Mark(NoteMarks.FN_REFERENCE, m -> m.group(1)),
            new Mark(NoteMarks.SLASH_REFERENCE, m -> m.group(1)),
            new Mark(NoteMarks.CLOSING_PAREN_REFERENCE, m -> m.group(1)),
            new Mark(NoteMarks.GLUED_LETTER_PAREN_REFERENCE, m -> m.group(1)),
            new Mark(NoteMarks.STAR_NUMBER_REFERENCE, m -> m.group(1)),
            new Mark(NoteMarks.FN_PAREN_REFERENCE, m -> m.group(1)),
            new Mark(NoteMarks.N_REFERENCE, m -> m.group(1)),
            new Mark(NoteMarks.REST_REFERENCE, m -> m.group(1)));

    private static void collect(List<Inline> in, Set<String> out) {
        for (Inline i : in) {
            if (i instanceof Inline.Styled s && s.style() == Inline.Style.SUPERSCRIPT) {
                NoteMarks.superscriptReference(s.plain()).ifPresent(out::add);
            } else if (i instanceof Inline.Styled s) {
                collect(s.children(), out);
            } else if (i instanceof Inline.Text t) {
                Matcher m = NoteMarks.BRACKET_REFERENCE.matcher(t.text());
                while (m.find()) if (m.start() > 0) out.add(m.group(2));
                m = NoteMarks.UNICODE_REFERENCE.matcher(t.text());
                while (m.find()) out.add(NoteMarks.fromSuperscript(NoteMarks.number(m)));
                for (Mark mark : MARKS) {
                    Matcher k = mark.pattern().matcher(t.text());
                    while (k.find()) out.add(mark.number().apply(k));
                }
            }
        }
    }

    /** The database styles of mark ({@code (fn. 1)}, {@code n1}) the text uses for notes it defines: once each, at the first. */
    private static void explainMarkStyles(List<Block> blocks, List<Definition> defs, Explanation explain) {
        Set<String> defined = new HashSet<>();
        for (Definition d : defs) defined.add(d.n());
        Map<Pattern, String> styles = new java.util.LinkedHashMap<>();
        styles.put(NoteMarks.FN_PAREN_REFERENCE, "'(fn. 1)' after the words (British History Online)");
        styles.put(NoteMarks.N_REFERENCE, "'n1' standing as a word (a law database)");
        styles.put(NoteMarks.CLOSING_PAREN_REFERENCE, "'1)' after a space (German printing)");
        styles.put(NoteMarks.STAR_NUMBER_REFERENCE, "'*1' glued to the word (a translator's)");
        for (var style : styles.entrySet()) {
            int count = 0, first = 0;
            for (Block b : blocks) {
                Matcher m = style.getKey().matcher(b.plain());
                while (m.find()) {
                    if (!defined.contains(m.group(1))) continue;
                    if (count++ == 0) first = b.line();
                }
            }
            if (count > 0) explain.decided(first, "notes", count + " note mark(s) " + style.getValue()
                    + ": references, since the document defines those notes");
        }
        for (Block b : blocks) {
            List<Inline> in = b.inlines();
            for (int k = 1; k < in.size(); k++) {
                if (in.get(k) instanceof Inline.Styled sup && sup.style() == Inline.Style.SUPERSCRIPT
                        && in.get(k - 1) instanceof Inline.Text t && NoteMarks.isUnitPower(t.text(), sup.plain())) {
                    explain.decided(b.line(), "notes", "a superscript " + sup.plain().strip() + " after a number's unit is its power, no mark");
                }
            }
            if (NAMED_MARKS.matcher(b.plain()).find()) explain.decided(b.line(), "notes",
                    "bracketed numbers listed with commas ('[1], [2]') name the marks: they refer to no note");
        }
    }

    private static final Pattern NAMED_MARKS = Pattern.compile("(?<=\\s)\\[\\d{1,3}\\],\\s*\\[\\d{1,3}\\]");

    /** Notes whose text stands at their reference ({@code \footnote{…}}, {@code <ref>…</ref>}): the encoder places them there. */
    private static void explainWrittenInPlace(List<Block> blocks, Explanation explain) {
        for (Block b : blocks) {
            for (Inline i : b.inlines()) {
                if (!(i instanceof Inline.Text t)) continue;
                for (InlineNotes.Span span : InlineNotes.find(t.text())) {
                    if (span.kind() == InlineNotes.Kind.WIKI_REUSE || span.kind() == InlineNotes.Kind.ASCIIDOC_REUSE) continue;
                    explain.decided(b.line(), "notes", "a note written where it is referred to ("
                            + span.kind().name().toLowerCase(java.util.Locale.ROOT) + " markup): a note in place, numbered as its processor would");
                }
            }
        }
    }

    /** The lines of a block before its first definition (text that precedes the notes in the same paragraph). */
    public static List<Inline> before(Block b, int offset) {
        return InlineCut.stripTrailing(InlineCut.before(b.inlines(), offset));
    }
}
