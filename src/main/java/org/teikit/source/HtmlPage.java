package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A saved web page read as a transcription. jsoup parses it as a browser would, and its elements are written in the
 * transcription syntax every later stage reads: headings, paragraphs, list items, quotes; emphasis, superscripts,
 * small capitals; a note's link as its mark and the element it links to as the note's definition ({@link NoteLinks}).
 * Each block is written on its element's own line where it can be, so messages name the page's lines. What the page
 * shows is kept, navigation and footer too (no word is dropped on a guess); what it never shows (its head, scripts,
 * styles) is not text.
 */
public final class HtmlPage {
    /** A page, not a transcription using a few tags: it opens with a doctype or an html element. */
    private static final Pattern PAGE_START = Pattern.compile(
            "(?is)\\A\\s*(?:<\\?xml[^>]{0,200}>\\s*)?(?:<!--.{0,2000}?-->\\s*){0,5}<(?:!doctype\\s+html|html)[\\s>]");
    private static final Set<String> NOT_SHOWN = Set.of("head", "script", "style", "template", "noscript", "svg",
            "canvas", "iframe", "object", "embed");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");
    private static final Pattern SMALL_CAPS = Pattern.compile("(?i)\\b(?:sc|smcap|smallcaps|small-caps)\\b|font-variant:\\s*small-caps");
    /** Text that would be markup in the transcription syntax: escaped, so the page's characters stay characters. */
    private static final Pattern SYNTAX = Pattern.compile("[\\\\`*_~<>\\[\\]&]");
    /** A line start the transcription syntax would read as a block's marker. */
    private static final Pattern BLOCK_MARKER = Pattern.compile("^(?:#{1,6}(?=\\s|$)|[-+](?=\\s)|\\d{1,9}(?=[.)](?:\\s|$))|=+\\s*$)");

    private HtmlPage() {}

    /** The page written as a transcription, how many note links it pairs with their notes, how many table rows are turns. */
    public record Transcribed(String text, int noteLinks, int speakerRows) {}

    public static boolean isPage(String text) {
        return PAGE_START.matcher(text).lookingAt();
    }

    /** @throws Transcription.TooDeep when the page nests deeper than {@link Transcription#MAX_DEPTH} */
    public static Transcribed transcribe(String html) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        NoteLinks notes = NoteLinks.of(page);
        Writer writer = new Writer(notes);
        Element title = page.head().selectFirst("title");
        if (page.body().selectFirst("h1") == null && title != null && !title.text().isBlank()) {
            writer.emit(line(title), List.of("# " + escape(title.text().strip())));
        }
        writer.container(page.body(), new Frame(""), 0);
        return new Transcribed(writer.text(), notes.count(), writer.turnRows.size());
    }

    /** Where a block writes its first line: a quote's {@code > } on every line, a marker on the first only. */
    private static final class Frame {
        final String quote;
        String first = "";

        Frame(String quote) { this.quote = quote; }

        Frame inner(String marker) {
            Frame f = new Frame(quote);
            f.first = marker;
            return f;
        }
    }

    private static final class Writer {
        private final NoteLinks notes;
        private final LinedText written = new LinedText();
        private final Set<Element> turnRows = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Writer(NoteLinks notes) { this.notes = notes; }

        String text() { return written.text(); }

        void emit(int line, List<String> block) { written.block(line, block); }

        void container(Element e, Frame frame, int depth) {
            if (depth > Transcription.MAX_DEPTH) throw new Transcription.TooDeep(line(e));
            StringBuilder run = new StringBuilder();
            int runLine = -1;
            for (Node child : e.childNodes()) {
                if (child instanceof Element c && NOT_SHOWN.contains(c.normalName())) continue;
                if (child instanceof Element c && BLOCKS.contains(c.normalName())) {
                    paragraph(run, runLine, frame);
                    run.setLength(0);
                    runLine = -1;
                    block(c, frame, depth + 1);
                } else {
                    int before = run.length();
                    inline(child, run, depth + 1);
                    if (runLine < 0 && !run.substring(before).isBlank()) runLine = textLine(child);
                }
            }
            paragraph(run, runLine, frame);
        }

        private void block(Element c, Frame frame, int depth) {
            String name = c.normalName();
            String definition = notes.definitionLabel(c);
            Frame inner = definition != null ? frame.inner("[^" + definition + "]: ") : switch (name) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> frame.inner("#".repeat(name.charAt(1) - '0') + " ");
                case "blockquote" -> new Frame(frame.quote + "> ");
                case "li" -> frame.inner(c.parent() != null && c.parent().normalName().equals("ol")
                        ? (startOf(c.parent()) + c.elementSiblingIndex()) + ". " : "- ");
                default -> frame;
            };
            if (name.equals("table")) turnRows.addAll(SpeakerColumns.turns(c));
            if (name.equals("hr")) {
                emit(line(c), List.of(frame.quote + "* * *"));
            } else if (name.equals("pre")) {
                List<String> out = new ArrayList<>();
                for (String l : c.wholeText().strip().split("\n", -1)) out.add(frame.quote + escapeStart(escape(l.strip())));
                if (!c.wholeText().isBlank()) emit(textLine(c), out);
            } else if (turnRows.contains(c)) {
                StringBuilder turn = new StringBuilder();
                Element speaker = SpeakerColumns.speaker(c);
                for (Element cell : c.select("> td")) {
                    StringBuilder text = new StringBuilder();
                    children(cell, text, depth + 1);
                    turn.append(text.toString().strip());
                    if (cell == speaker) turn.append(cell.text().strip().endsWith(":") ? " " : ": ");
                    else turn.append("  ");
                }
                paragraph(turn, textLine(c), frame);
            } else if (definition != null) {
                // the note is the whole element, its paragraphs too: one block, so no later paragraph can seem to
                // continue it
                StringBuilder note = new StringBuilder();
                flat(c, note, depth);
                paragraph(note, textLine(c), inner);
            } else {
                container(c, inner, depth);
            }
        }

        /** An element's text as one block's lines: the blocks inside it begin new lines. */
        private void flat(Element e, StringBuilder out, int depth) {
            if (depth > Transcription.MAX_DEPTH) throw new Transcription.TooDeep(line(e));
            for (Node child : e.childNodes()) {
                if (child instanceof Element c && NOT_SHOWN.contains(c.normalName())) continue;
                if (child instanceof Element c && BLOCKS.contains(c.normalName())) {
                    out.append('\n');
                    flat(c, out, depth + 1);
                    out.append('\n');
                } else {
                    inline(child, out, depth + 1);
                }
            }
        }

        private void paragraph(StringBuilder run, int runLine, Frame frame) {
            String text = run.toString().replaceAll("[ \\t]*\n[ \\t]*", "\n").replaceAll("\n{2,}", "\n").strip();
            if (text.isEmpty()) return;
            boolean heading = frame.first.startsWith("#");
            String[] parts = heading ? new String[] {text.replace('\n', ' ')} : text.split("\n");
            List<String> out = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                String body = escapeStart(parts[i].strip());
                out.add(frame.quote + (i == 0 ? frame.first : "") + body);
            }
            frame.first = "";
            emit(runLine, out);
        }

        private void inline(Node n, StringBuilder out, int depth) {
            if (depth > Transcription.MAX_DEPTH) throw new Transcription.TooDeep(line(n));
            if (n instanceof TextNode t) {
                out.append(escape(t.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " ")));
                return;
            }
            if (!(n instanceof Element e) || NOT_SHOWN.contains(e.normalName())) return;
            switch (e.normalName()) {
                case "br" -> out.append('\n');
                case "em", "i", "cite", "var", "dfn" -> wrapped(e, "*", "*", out, depth);
                case "strong", "b" -> wrapped(e, "**", "**", out, depth);
                case "u", "ins" -> wrapped(e, "<u>", "</u>", out, depth);
                case "s", "strike", "del" -> wrapped(e, "~~", "~~", out, depth);
                case "sub" -> wrapped(e, "<sub>", "</sub>", out, depth);
                case "sup" -> {
                    Element only = onlyElement(e);
                    if (only != null && notes.referenceLabel(only) != null) inline(only, out, depth + 1);
                    else wrapped(e, "<sup>", "</sup>", out, depth);
                }
                case "span" -> {
                    if (SMALL_CAPS.matcher(e.className() + " " + e.attr("style")).find()) {
                        wrapped(e, "<span class=\"sc\">", "</span>", out, depth);
                    } else {
                        children(e, out, depth);
                    }
                }
                case "a" -> {
                    String label = notes.referenceLabel(e);
                    if (label != null) out.append("[^").append(label).append(']');
                    else if (!notes.isBacklink(e)) children(e, out, depth);
                }
                case "img" -> { }
                case "td", "th" -> {   // a row's cells, apart as columns are in a typed table
                    if (!out.isEmpty() && !out.toString().endsWith("  ")) out.append("  ");
                    children(e, out, depth);
                    out.append("  ");
                }
                default -> {
                    boolean separate = BLOCKS.contains(e.normalName());   // a block inside an inline element
                    if (separate) out.append(' ');
                    children(e, out, depth);
                    if (separate) out.append(' ');
                }
            }
        }

        private void children(Element e, StringBuilder out, int depth) {
            for (Node c : e.childNodes()) inline(c, out, depth + 1);
        }

        /** Emphasis marks hug the words: the spaces inside the element go outside the marks. */
        private void wrapped(Element e, String open, String close, StringBuilder out, int depth) {
            StringBuilder inner = new StringBuilder();
            children(e, inner, depth);
            String s = inner.toString();
            String core = s.strip();
            if (core.isEmpty()) {
                out.append(s);
                return;
            }
            int lead = s.indexOf(core);
            out.append(s, 0, lead).append(open).append(core).append(close).append(s.substring(lead + core.length()));
        }
    }

    /** The element that is an element's only content (whitespace aside), or null. */
    private static Element onlyElement(Element e) {
        Element only = null;
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t && t.isBlank()) continue;
            if (!(c instanceof Element el) || only != null) return null;
            only = el;
        }
        return only;
    }

    private static int startOf(Element list) {
        try {
            return list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String escape(String text) {
        return SYNTAX.matcher(text).replaceAll("\\\\$0");
    }

    static String escapeStart(String line) {
        var m = BLOCK_MARKER.matcher(line);
        if (!m.find()) return line;
        return m.group().startsWith("#") || m.group().startsWith("=") || m.group().startsWith("-") || m.group().startsWith("+")
                ? "\\" + line : line.substring(0, m.end()) + "\\" + line.substring(m.end());
    }

    static int line(Node n) {
        return n.sourceRange().isTracked() ? n.sourceRange().start().lineNumber() : 1;
    }

    /** The line of a node's first character that is not white space. */
    private static int textLine(Node n) {
        int line = line(n);
        if (n instanceof TextNode t) {
            String s = t.getWholeText();
            for (int i = 0; i < s.length() && Character.isWhitespace(s.charAt(i)); i++) if (s.charAt(i) == '\n') line++;
        } else if (n instanceof Element e) {
            for (Node c : e.childNodes()) {
                if (!(c instanceof TextNode t && t.isBlank())) return textLine(c);
            }
        }
        return line;
    }
}
