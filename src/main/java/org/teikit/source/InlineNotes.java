package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntaxes that write a note's text where it is referred to, with no printed mark: LaTeX's
 * {@code \footnote{text}} (and {@code \footnotemark} with its {@code \footnotetext{text}}), MediaWiki's
 * {@code <ref>text</ref>} (a named one reused as {@code <ref name="x" />}) and Org's inline {@code [fn:label: text]}.
 * Only syntax, once for the converter and the fidelity check: the note's number is what the processor would print,
 * which the converter counts. A note the source comments out ({@code % \footnote{…}}, {@code <!-- <ref>…</ref> -->})
 * is none.
 */
public final class InlineNotes {
    /** What one note's markup is. */
    public enum Kind {
        /** {@code \footnote{text}}. */ LATEX,
        /** {@code \footnotemark}: the number here, the text in the next {@code \footnotetext}. */ LATEX_MARK,
        /** {@code \footnotetext{text}}. */ LATEX_TEXT,
        /** {@code <ref …>text</ref>}. */ WIKI,
        /** {@code <ref name="x" />}: a named reference used again. */ WIKI_REUSE,
        /** {@code [fn:label: text]}. */ ORG
    }

    /**
     * One note's markup in a text: {@code start..end} the whole of it, {@code contentStart..contentEnd} its text (empty
     * for a mark alone), the number it gives itself ({@code \footnote[7]}, Org's label) or null, the name and group of a
     * wiki reference (or null).
     */
    public record Span(Kind kind, int start, int end, int contentStart, int contentEnd, String number, String name, String group) {
        public String content(String s) { return s.substring(contentStart, contentEnd); }
    }

    private static final Pattern OPENING = Pattern.compile(
            "\\\\footnote(mark|text)?(?![a-zA-Z])(?:\\[(\\d{1,3})\\])?"
                    + "|<ref(\\s[^<>]{0,200}?)?(/?)>"
                    + "|\\[fn:([\\p{L}\\d_-]{0,20}):\\s"
                    + "|<!--");
    private static final Pattern ATTRIBUTE = Pattern.compile("(name|group)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'/>]+))");
    private static final Pattern REF_CLOSE = Pattern.compile("</ref\\s*>");

    private InlineNotes() {}

    /** A cheap test: whether a text may hold any of these syntaxes. */
    public static boolean mayHold(String s) {
        return s.contains("\\footnote") || s.contains("<ref") || s.contains("[fn:");
    }

    /** The notes written in {@code s}, in order; unclosed or commented-out markup is none. */
    public static List<Span> find(String s) {
        List<Span> out = new ArrayList<>();
        if (!mayHold(s)) return out;
        Matcher m = OPENING.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            String g = m.group();
            if (g.equals("<!--")) {                      // a comment: what it holds is no note
                int close = s.indexOf("-->", m.end());
                if (close < 0) break;
                from = close + 3;
                continue;
            }
            Span span = g.startsWith("\\") ? latex(s, m) : g.startsWith("<") ? wiki(s, m) : org(s, m);
            if (span == null) {
                from = m.end();
                continue;
            }
            out.add(span);
            from = span.end();
        }
        return out;
    }

    private static Span latex(String s, Matcher m) {
        if (commentedOut(s, m.start())) return null;
        String which = m.group(1);
        String number = m.group(2);
        if ("mark".equals(which)) {
            int end = s.startsWith("{}", m.end()) ? m.end() + 2 : m.end();
            return new Span(Kind.LATEX_MARK, m.start(), end, end, end, number, null, null);
        }
        if (m.end() >= s.length() || s.charAt(m.end()) != '{') return null;
        int close = closing(s, m.end(), '{', '}');
        if (close < 0) return null;
        return new Span("text".equals(which) ? Kind.LATEX_TEXT : Kind.LATEX, m.start(), close + 1, m.end() + 1, close, number, null, null);
    }

    /** A LaTeX comment sign before the command, with only spaces between: {@code % \footnote{…}}. */
    private static boolean commentedOut(String s, int at) {
        int i = at - 1;
        while (i >= 0 && s.charAt(i) == ' ') i--;
        // "50%" is a per cent sign (the source's "\%" unescaped); a comment's sign stands apart
        return i >= 0 && s.charAt(i) == '%' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)));
    }

    private static Span wiki(String s, Matcher m) {
        String name = null, group = null;
        if (m.group(3) != null) {
            Matcher a = ATTRIBUTE.matcher(m.group(3));
            while (a.find()) {
                String v = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                if (a.group(1).equals("name")) name = v.strip(); else group = v.strip();
            }
        }
        if (!m.group(4).isEmpty()) {
            return name == null ? null : new Span(Kind.WIKI_REUSE, m.start(), m.end(), m.end(), m.end(), null, name, group);
        }
        Matcher c = REF_CLOSE.matcher(s);
        if (!c.find(m.end())) return null;
        return new Span(Kind.WIKI, m.start(), c.end(), m.end(), c.start(), null, name, group);
    }

    private static Span org(String s, Matcher m) {
        int close = closing(s, m.start(), '[', ']');
        if (close < 0) return null;
        String label = m.group(5).isEmpty() ? null : m.group(5);
        return new Span(Kind.ORG, m.start(), close + 1, m.end(), close, label, null, null);
    }

    /** The index of the bracket that closes the one at {@code open}, counting nested pairs; -1 when none does. */
    private static int closing(String s, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && opening == '{' && i + 1 < s.length() && (s.charAt(i + 1) == '{' || s.charAt(i + 1) == '}')) {
                i++;                                      // an escaped brace is text
                continue;
            }
            if (c == opening) depth++;
            else if (c == closing && --depth == 0) return i;
        }
        return -1;
    }
}
