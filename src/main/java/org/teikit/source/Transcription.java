package org.teikit.source;

import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.*;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markdown-ish transcription syntax, parsed by commonmark-java into {@link Block}s: ATX headings,
 * paragraphs, block quotes, list items, thematic breaks; bold, italics, strike-through, escapes, hard
 * line breaks, and the inline HTML the transcriptions use ({@code <u>}, {@code <sup>}, {@code <sub>}, a small-caps
 * {@code <span class="sc">} as HTML copies of printed books mark names and labels).
 * Indented code blocks are read as paragraphs: in a transcription, indentation is layout, not code.
 */
public final class Transcription {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(StrikethroughExtension.create()))
            // commonmark tries block parsers in this set's iteration order, so it must be fixed: with
            // Set.of (randomised per JVM) "* * *" was sometimes a list item instead of a break
            .enabledBlockTypes(new LinkedHashSet<>(List.of(BlockQuote.class, Heading.class, ThematicBreak.class, ListBlock.class)))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    /** {@code * * * * *}: commonmark reads it as nested empty list items; it is a thematic break. */
    private static final Pattern SPACED_STARS = Pattern.compile("(?m)^ {0,3}\\*(?:[ \\t]+\\*){2,}[ \\t]*$");
    /**
     * {@code [^1]: text} or {@code [1]: text} at a line's start: commonmark takes it for a link reference
     * definition and drops it from the text. In a transcription it is a note's definition: its bracket is escaped.
     */
    private static final Pattern LINK_DEFINITION_LOOKALIKE = Pattern.compile("(?m)^( {0,3})\\[(?=[^\\]\\n]{1,40}\\]:)");
    /** reStructuredText's footnote reference, {@code [1]_}, {@code [#]_}, {@code [*]_}: its underscore and asterisk open no emphasis. */
    private static final Pattern RST_REFERENCE = Pattern.compile("(\\[(?:\\d{1,3}|#[\\p{L}\\d-]{0,20}|\\*)\\])_(?![\\p{L}\\d_])");
    /** reStructuredText's auto-symbol footnote, {@code .. [*] text}: its asterisk opens no emphasis. */
    private static final Pattern RST_SYMBOL_DEFINITION = Pattern.compile("(?m)^([ \\t]*\\.\\.[ \\t]+\\[)\\*(?=\\])");
    /**
     * Asterisks after a space and before punctuation, a name the printer hid ({@code Count ***, who}): they open no
     * emphasis, which would run to the next asterisks (a note's mark, {@code whist.**}). Escaped.
     */
    private static final Pattern HIDDEN_NAME_STARS = Pattern.compile("(?<=[ \\t])\\*{1,3}(?=[,.;:!?)])");
    /**
     * A translator's note mark, an asterisk and a number glued to the word ({@code Showa*1,}), and its definition's
     * marker at a line's start ({@code *1 text}): they open and close no emphasis. Escaped.
     */
    private static final Pattern STAR_NUMBER = Pattern.compile("(?:(?<=[\\p{L}\\p{P}&&[^*\\s\\\\]])|(?m:^))\\*(?=\\d{1,3}(?:[\\s,.;:!?)]|$))");
    /** Asterisks in parentheses, {@code (*)}, {@code (**)}: a note's mark, which opens and closes no emphasis. Escaped. */
    private static final Pattern PARENTHESISED_STARS = Pattern.compile("\\((\\*{1,3})\\)");
    /** A chat export's message line: its date and time first ({@code [12/03/2021, 09:05:13]}, {@code 3/12/21, 9:05 PM - }). */
    private static final Pattern CHAT_STAMP = Pattern.compile(
            "^\\s*\\[?(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}),?\\s+\\d{1,2}:\\d{2}");
    /** A line opening a list in markdown: a number and its stop, or a bullet, then a space. */
    private static final Pattern LIST_MARKER = Pattern.compile("^( {0,3})(\\d{1,9}[.)]|[-+*])(?=[ \\t])");
    private static final Pattern PRINTED_NUMBER = Pattern.compile("\\s*(\\d{1,9}[.)])");
    /** The lines being parsed, for list numbers as printed; set only during {@link #parse}. */
    private static final ThreadLocal<String[]> SOURCE_LINES = new ThreadLocal<>();
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)\\s*/?>");
    /** A span that sets small capitals, by class or by style: {@code <span class="sc">}, {@code <span style="font-variant: small-caps">}. */
    private static final Pattern SMALL_CAPS_SPAN = Pattern.compile(
            "(?i)<span\\s+(?:class\\s*=\\s*\"(?:sc|smcap|smallcaps|small-caps)\"|style\\s*=\\s*\"font-variant:\\s*small-caps;?\\s*\")\\s*>");

    /**
     * How deep block quotes, lists, emphasis and inline tags may nest. Real transcriptions nest a few levels;
     * thousands (hostile or broken input) would overflow the stack of the parser and of every later stage.
     */
    public static final int MAX_DEPTH = 100;

    /** A transcription nested deeper than {@link #MAX_DEPTH}, at {@code line} (1-based). */
    public static final class TooDeep extends RuntimeException {
        private final int line;

        TooDeep(int line) {
            super("nested more than " + MAX_DEPTH + " levels deep (block quotes, lists, emphasis or inline tags)");
            this.line = line;
        }

        public int line() { return line; }
    }

    private Transcription() {}

    /** @throws TooDeep when the text nests deeper than {@link #MAX_DEPTH} */
    public static List<Block> parse(String text) {
        String normalised = SPACED_STARS.matcher(text).replaceAll("***");
        normalised = LINK_DEFINITION_LOOKALIKE.matcher(normalised).replaceAll("$1\\\\[");
        normalised = RST_REFERENCE.matcher(normalised).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1).replace("*", "\\*") + "\\_"));
        normalised = RST_SYMBOL_DEFINITION.matcher(normalised).replaceAll("$1\\\\*");
        normalised = HIDDEN_NAME_STARS.matcher(normalised).replaceAll(m -> "\\\\*".repeat(m.group().length()));
        normalised = STAR_NUMBER.matcher(normalised).replaceAll("\\\\*");
        normalised = PARENTHESISED_STARS.matcher(normalised).replaceAll(m -> "(" + "\\\\*".repeat(m.group(1).length()) + ")");
        normalised = messageLinesKept(normalised);
        Node document = parseMarkdown(normalised);
        int deep = firstLineDeeperThanAllowed(document);
        if (deep > 0) throw new TooDeep(deep);
        List<Block> blocks = new ArrayList<>();
        SOURCE_LINES.set(normalised.split("\n", -1));
        try {
            collect(document, blocks, false);
        } finally {
            SOURCE_LINES.remove();
        }
        return blocks;
    }

    /**
     * In a chat export, where the messages are lines of one paragraph each opening with its date and time, a message's
     * further lines ({@code 1. Water troughs}, {@code - bring gloves}) are its own text, not a markdown list that would
     * cut the paragraph and swallow the messages below it: their list markers are escaped. A paragraph needs two
     * stamped lines for this, and a marker only counts below one of them.
     */
    static String messageLinesKept(String text) {
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        int runStart = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i < lines.length && !lines[i].isBlank()) continue;
            int stamped = 0;
            for (int k = runStart; k < i; k++) if (CHAT_STAMP.matcher(lines[k]).find()) stamped++;
            if (stamped >= 2) {
                boolean belowStamp = false;
                for (int k = runStart; k < i; k++) {
                    if (CHAT_STAMP.matcher(lines[k]).find()) { belowStamp = true; continue; }
                    Matcher m = LIST_MARKER.matcher(lines[k]);
                    if (belowStamp && m.find()) {
                        String marker = m.group(2);
                        String escaped = marker.length() == 1 ? "\\" + marker : marker.substring(0, marker.length() - 1) + "\\" + marker.charAt(marker.length() - 1);
                        lines[k] = m.group(1) + escaped + lines[k].substring(m.end());
                        changed = true;
                    }
                }
            }
            runStart = i + 1;
        }
        return changed ? String.join("\n", lines) : text;
    }

    private static final String NESTING_MARKS = "*_>-+<";

    /** commonmark's inline parser recurses once per level of emphasis: past some thousands, its stack overflows. */
    private static Node parseMarkdown(String text) {
        try {
            return PARSER.parse(text);
        } catch (StackOverflowError e) {
            throw new TooDeep(mostNestingMarks(text));
        }
    }

    /**
     * The first line of the paragraph with the most characters that open nesting (emphasis, quote and list markers,
     * tags): the one that overflowed commonmark. (Parsing the paragraphs one by one to find it is no help: where
     * the stack overflows depends on the thread's stack and the JIT's state.)
     */
    static int mostNestingMarks(String text) {
        int line = 1, best = 1;
        long most = -1;
        for (String paragraph : text.split("\n[ \t]*\n", -1)) {
            long delimiters = paragraph.chars().filter(c -> NESTING_MARKS.indexOf(c) >= 0).count();
            if (delimiters > most) {
                most = delimiters;
                best = line;
            }
            line += (int) paragraph.chars().filter(c -> c == '\n').count() + 2;   // its lines, and the separator's two line ends
        }
        return best;
    }

    private static void collect(Node parent, List<Block> out, boolean quoted) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            int line = line(n);
            if (n instanceof Heading h && setextOverText(h)) {
                // a rule of dashes under lines of text is a transcription's separator, not a setext heading's underline
                List<Inline> content = inlines(h);
                out.add(new Block(quoted ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH, 0, "", content, line, lineStarts(content, h)));
                var spans = h.getSourceSpans();
                out.add(new Block(Block.Kind.BREAK, 0, "", List.of(), spans.get(spans.size() - 1).getLineIndex() + 1));
            } else if (n instanceof Heading h) {
                out.add(new Block(Block.Kind.HEADING, h.getLevel(), "", inlines(h), line));
            } else if (n instanceof Paragraph p) {
                Node owner = p.getParent();
                List<Inline> content = inlines(p);
                List<Integer> starts = lineStarts(content, p);
                if (owner instanceof ListItem li && p == li.getFirstChild()) {
                    out.add(new Block(Block.Kind.LIST_ITEM, 0, marker(li), content, line, starts));
                } else {
                    out.add(new Block(quoted ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH, 0, "", content, line, starts));
                }
            } else if (n instanceof ThematicBreak) {
                out.add(new Block(Block.Kind.BREAK, 0, "", List.of(), line));
            } else if (n instanceof BlockQuote) {
                collect(n, out, true);
            } else if (n instanceof HtmlBlock html) {
                out.add(new Block(Block.Kind.PARAGRAPH, 0, "", List.of(new Inline.Text(html.getLiteral().strip())), line));
            } else if (n instanceof IndentedCodeBlock code) {
                out.add(new Block(Block.Kind.PARAGRAPH, 0, "", List.of(new Inline.Text(code.getLiteral().strip())), line));
            } else if (n instanceof FencedCodeBlock code) {
                out.add(new Block(Block.Kind.PARAGRAPH, 0, "", List.of(new Inline.Text(code.getLiteral().strip())), line));
            } else if (n instanceof ListItem li && li.getFirstChild() == null) {
                out.add(new Block(Block.Kind.LIST_ITEM, 0, marker(li), List.of(), line));
            } else {
                collect(n, out, quoted);
            }
        }
    }

    /**
     * The line of the first node (block or inline; a list counts two levels, list and item) nested deeper
     * than {@link #MAX_DEPTH}, or 0. Iterative: it must not overflow on what it is there to refuse.
     */
    private static int firstLineDeeperThanAllowed(Node document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        Deque<Integer> lines = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        lines.push(1);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int depth = depths.pop(), at = lines.pop();
            int own = line(n);
            if (own > 0) at = own;   // inline nodes have no source span: their block's line
            if (depth > MAX_DEPTH) return at;
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                nodes.push(c);
                depths.push(depth + 1);
                lines.push(at);
            }
        }
        return 0;
    }

    /** The item's number as printed (OCR'd lists skip and repeat numbers), else as commonmark counts. */
    private static String marker(ListItem li) {
        var spans = li.getSourceSpans();
        String[] lines = SOURCE_LINES.get();
        if (li.getParent() instanceof OrderedList && !spans.isEmpty() && lines != null) {
            var span = spans.get(0);
            if (span.getLineIndex() < lines.length) {
                String line = lines[span.getLineIndex()];
                Matcher m = PRINTED_NUMBER.matcher(line.substring(Math.min(span.getColumnIndex(), line.length())));
                if (m.lookingAt()) return m.group(1);
            }
        }
        if (li.getParent() instanceof OrderedList ol) {
            int index = 0;
            for (Node s = ol.getFirstChild(); s != null && s != li; s = s.getNext()) index++;
            Integer start = ol.getMarkerStartNumber();
            return ((start == null ? 1 : start) + index) + (ol.getMarkerDelimiter() == null ? "." : ol.getMarkerDelimiter());
        }
        if (li.getParent() instanceof BulletList bl) {
            return bl.getMarker() == null ? "-" : bl.getMarker();
        }
        return "";
    }

    /**
     * Where each source line after the first begins in the paragraph's plain text: conventions that hold per
     * line (one speech or one note definition per line, verse) need them, and a soft break reads as a space.
     * Counted from commonmark's soft breaks over the text as it is laid out; an offset whose character is not
     * that space (an unclosed tag moved text) is left out rather than cut a word.
     */
    private static List<Integer> lineStarts(List<Inline> content, Node paragraph) {
        List<Integer> breaks = new ArrayList<>();
        int[] at = {0};
        softBreaks(paragraph, at, breaks, keptAsText(paragraph));
        if (breaks.isEmpty()) return List.of();
        String plain = Inline.plain(content);
        List<Integer> out = new ArrayList<>();
        for (int b : breaks) {
            if (b < plain.length() && plain.charAt(b) == ' ') out.add(b + 1);
        }
        return out;
    }

    private static void softBreaks(Node parent, int[] at, List<Integer> out, Set<Node> keptAsText) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) at[0] += t.getLiteral().length();
            else if (n instanceof Code c) at[0] += c.getLiteral().length();
            else if (n instanceof SoftLineBreak) out.add(at[0]++);
            else if (n instanceof HardLineBreak) at[0]++;
            else if (n instanceof HtmlInline html) {
                Matcher m = TAG.matcher(html.getLiteral());
                if (!(m.matches() && styleOf(m.group(2)) != null) || keptAsText.contains(n)) at[0] += html.getLiteral().length();
            } else softBreaks(n, at, out, keptAsText);
        }
    }

    /**
     * The style tags {@link #inlines} keeps as text, as it pairs them: an opening tag never closed (before its emphasis
     * ends, or the paragraph), a closing tag that closes no open one. Their characters count where lines begin.
     */
    private static Set<Node> keptAsText(Node parent) {
        Set<Node> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Deque<Object[]> open = new ArrayDeque<>();
        pairTags(parent, open, out);
        for (Object[] o : open) out.add((Node) o[1]);          // never closed in the paragraph
        return out;
    }

    private static void pairTags(Node parent, Deque<Object[]> open, Set<Node> kept) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInline html) {
                Matcher m = TAG.matcher(html.getLiteral());
                Inline.Style style = m.matches() ? styleOf(m.group(2)) : null;
                if (SMALL_CAPS_SPAN.matcher(html.getLiteral()).matches()) open.push(new Object[]{Inline.Style.SMALL_CAPS, n});
                else if (style == null || style == Inline.Style.SMALL_CAPS && m.group(1).isEmpty()) continue;
                else if (m.group(1).isEmpty()) open.push(new Object[]{style, n});
                else if (!open.isEmpty() && open.peek()[0] == style) open.pop();
                else kept.add(n);
            } else if (n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof Strikethrough || n instanceof Link) {
                Deque<Object[]> inner = new ArrayDeque<>();
                pairTags(n, inner, kept);                    // a tag left open inside emphasis ends with it
                for (Object[] o : inner) kept.add((Node) o[1]);
            } else if (!(n instanceof Text) && !(n instanceof Code)) {
                pairTags(n, open, kept);
            }
        }
    }

    /** The fewest lines of text over a setext underline that make it a rule under a paragraph: a heading is a line or two. */
    private static final int SETEXT_TEXT_LINES = 3;

    /** A setext heading (only a setext heading holds line breaks) of several lines of text. */
    private static boolean setextOverText(Heading h) {
        List<Integer> breaks = new ArrayList<>();
        softBreaks(h, new int[]{0}, breaks, keptAsText(h));
        return breaks.size() + 1 >= SETEXT_TEXT_LINES && !h.getSourceSpans().isEmpty();
    }

    private static int line(Node n) {
        var spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    /** Builds the inline tree; inline HTML tags arrive as separate open/close nodes and are paired here. */
    private static List<Inline> inlines(Node block) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(null, ""));
        walk(block, stack, line(block));
        while (stack.size() > 1) {                       // unclosed tag: keep its content, and the tag as text
            Frame f = stack.pop();
            stack.peek().children.add(new Inline.Text(f.openTag));
            stack.peek().children.addAll(f.children);
        }
        return merge(stack.peek().children);
    }

    private static void walk(Node parent, Deque<Frame> stack, int line) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            List<Inline> here = stack.peek().children;
            if (n instanceof Text t) {
                here.add(new Inline.Text(t.getLiteral()));
            } else if (n instanceof SoftLineBreak) {
                here.add(new Inline.Text(" "));
            } else if (n instanceof HardLineBreak) {
                here.add(new Inline.LineBreak());
            } else if (n instanceof Code c) {
                here.add(new Inline.Text(c.getLiteral()));
            } else if (n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof Strikethrough || n instanceof Link) {
                Inline.Style style = n instanceof Emphasis ? Inline.Style.ITALIC
                        : n instanceof StrongEmphasis ? Inline.Style.BOLD
                        : n instanceof Strikethrough ? Inline.Style.STRIKE : Inline.Style.LINK;
                Frame f = new Frame(style, "");
                stack.push(f);
                walk(n, stack, line);
                closeTo(f, stack);
                Inline styled = new Inline.Styled(style, merge(f.children));
                stack.peek().children.add(styled);
            } else if (n instanceof HtmlInline html) {
                html(html.getLiteral(), stack, line);
            } else {
                walk(n, stack, line);
            }
        }
    }

    private static void closeTo(Frame target, Deque<Frame> stack) {
        while (stack.peek() != target) {              // an HTML tag left open inside emphasis
            Frame f = stack.pop();
            stack.peek().children.add(new Inline.Text(f.openTag));
            stack.peek().children.addAll(f.children);
        }
        stack.pop();
    }

    private static void html(String literal, Deque<Frame> stack, int line) {
        Matcher m = TAG.matcher(literal);
        Inline.Style style = m.matches() ? styleOf(m.group(2)) : null;
        if (SMALL_CAPS_SPAN.matcher(literal).matches()) {
            if (stack.size() > MAX_DEPTH) throw new TooDeep(line);
            stack.push(new Frame(Inline.Style.SMALL_CAPS, literal));
            return;
        }
        if (style == null || style == Inline.Style.SMALL_CAPS && m.group(1).isEmpty()) {   // a plain <span> is text
            stack.peek().children.add(new Inline.Text(literal));
        } else if (m.group(1).isEmpty()) {
            if (stack.size() > MAX_DEPTH) throw new TooDeep(line);   // tags are siblings to commonmark: their nesting is counted here
            stack.push(new Frame(style, literal));
        } else if (stack.size() > 1 && stack.peek().style == style && !stack.peek().openTag.isEmpty()) {
            Frame f = stack.pop();
            stack.peek().children.add(new Inline.Styled(style, merge(f.children)));
        } else {
            stack.peek().children.add(new Inline.Text(literal));
        }
    }

    private static Inline.Style styleOf(String tag) {
        return switch (tag.toLowerCase(Locale.ROOT)) {
            case "u", "ins" -> Inline.Style.UNDERLINE;
            case "sup" -> Inline.Style.SUPERSCRIPT;
            case "sub" -> Inline.Style.SUBSCRIPT;
            case "b", "strong" -> Inline.Style.BOLD;
            case "i", "em" -> Inline.Style.ITALIC;
            case "s", "del", "strike" -> Inline.Style.STRIKE;
            case "span" -> Inline.Style.SMALL_CAPS;           // closes only a small-caps span (opening: SMALL_CAPS_SPAN)
            default -> null;
        };
    }

    /** Adjacent text runs merged, so later stages see whole words. */
    static List<Inline> merge(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();   // one builder per run: joining pairwise cost a long paragraph its length squared
        for (Inline i : in) {
            if (i instanceof Inline.Text t) {
                run.append(t.text());
                continue;
            }
            if (!run.isEmpty()) out.add(new Inline.Text(run.toString()));
            run.setLength(0);
            out.add(i);
        }
        if (!run.isEmpty()) out.add(new Inline.Text(run.toString()));
        return out;
    }

    private static final class Frame {
        final Inline.Style style;
        final String openTag;
        final List<Inline> children = new ArrayList<>();

        Frame(Inline.Style style, String openTag) {
            this.style = style;
            this.openTag = openTag;
        }
    }
}
