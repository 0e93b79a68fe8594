package org.teikit.lsp;

import java.util.ArrayList;
import java.util.List;

/**
 * A forgiving scan of XML markup, for an editor's buffer that is often not well-formed (a half-typed tag, an
 * unclosed element): what the parser refuses, this still reads as far as it makes sense. Offsets are indexes into
 * the buffer's text (UTF-16 units, as LSP positions count them). It never recurses, so any nesting depth is fine.
 */
final class Markup {
    enum Kind { START_TAG, END_TAG, TEXT, COMMENT, PI, CDATA, DOCTYPE }

    /** An attribute as written; {@code valueStart}/{@code valueEnd} exclude the quotes (-1 when no value yet). */
    record Attribute(String name, int nameStart, String value, int valueStart, int valueEnd, boolean closed) {}

    /**
     * One piece of markup or text, from {@code start} to {@code end} (exclusive). {@code complete} is false for a
     * tag the buffer ends inside. {@code selfClosing} for {@code <x/>}.
     */
    record Token(Kind kind, int start, int end, String name, List<Attribute> attributes, boolean selfClosing,
                 boolean complete) {
        int nameEnd() {
            return start + (kind == Kind.END_TAG ? 2 : 1) + name.length();
        }
    }

    private Markup() {}

    /** The tokens of {@code text} that begin before {@code limit}. */
    static List<Token> scan(CharSequence text, int limit) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        limit = Math.min(limit, n);
        while (i < limit) {
            Token t = next(text, i);
            tokens.add(t);
            i = Math.max(t.end(), i + 1);
        }
        return tokens;
    }

    /** The tokens before the root element (the prolog: xml-model PIs), without scanning further. */
    static List<Token> prolog(CharSequence text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Token t = next(text, i);
            if (t.kind() == Kind.START_TAG) break;
            tokens.add(t);
            i = Math.max(t.end(), i + 1);
        }
        return tokens;
    }

    /** The token that starts at {@code i}. */
    static Token next(CharSequence text, int i) {
        int n = text.length();
        if (text.charAt(i) != '<') {
            int lt = indexOf(text, '<', i);
            int end = lt < 0 ? n : lt;
            return new Token(Kind.TEXT, i, end, "", List.of(), false, true);
        }
        if (startsWith(text, i, "<!--")) return delimited(text, i, "-->", Kind.COMMENT);
        if (startsWith(text, i, "<![CDATA[")) return delimited(text, i, "]]>", Kind.CDATA);
        if (startsWith(text, i, "<?")) {
            Token t = delimited(text, i, "?>", Kind.PI);
            int nameEnd = nameEnd(text, i + 2);
            return new Token(Kind.PI, t.start(), t.end(), text.subSequence(i + 2, nameEnd).toString(), List.of(),
                    false, t.complete());
        }
        if (startsWith(text, i, "<!")) return delimited(text, i, ">", Kind.DOCTYPE);
        if (startsWith(text, i, "</")) {
            int nameEnd = nameEnd(text, i + 2);
            String name = text.subSequence(i + 2, nameEnd).toString();
            int gt = indexOf(text, '>', nameEnd);
            int lt = indexOf(text, '<', nameEnd);
            if (gt < 0 || (lt >= 0 && lt < gt)) {
                return new Token(Kind.END_TAG, i, lt < 0 ? n : lt, name, List.of(), false, false);
            }
            return new Token(Kind.END_TAG, i, gt + 1, name, List.of(), false, true);
        }
        return startTag(text, i);
    }

    private static Token startTag(CharSequence text, int i) {
        int n = text.length();
        int nameEnd = nameEnd(text, i + 1);
        String name = text.subSequence(i + 1, nameEnd).toString();
        List<Attribute> attributes = new ArrayList<>();
        int p = nameEnd;
        while (p < n) {
            char c = text.charAt(p);
            if (c == '>') return new Token(Kind.START_TAG, i, p + 1, name, attributes, false, true);
            if (c == '/' && p + 1 < n && text.charAt(p + 1) == '>') {
                return new Token(Kind.START_TAG, i, p + 2, name, attributes, true, true);
            }
            if (c == '<') break;   // the tag was left unfinished and new markup begins
            if (isNameChar(c)) {
                int aStart = p;
                int aEnd = nameEnd(text, p);
                String aName = text.subSequence(aStart, aEnd).toString();
                p = skipSpace(text, aEnd);
                if (p < n && text.charAt(p) == '=') {
                    p = skipSpace(text, p + 1);
                    if (p < n && (text.charAt(p) == '"' || text.charAt(p) == '\'')) {
                        char quote = text.charAt(p);
                        int close = indexOf(text, quote, p + 1);
                        int lt = indexOf(text, '<', p + 1);
                        if (close < 0 || (lt >= 0 && lt < close && newlineBetween(text, p, lt))) {
                            // an unclosed value: it runs to the end of its line at most
                            int end = lineEnd(text, p + 1);
                            if (lt >= 0 && lt < end) end = lt;
                            attributes.add(new Attribute(aName, aStart, text.subSequence(p + 1, end).toString(),
                                    p + 1, end, false));
                            return new Token(Kind.START_TAG, i, end, name, attributes, false, false);
                        }
                        attributes.add(new Attribute(aName, aStart, text.subSequence(p + 1, close).toString(),
                                p + 1, close, true));
                        p = close + 1;
                        continue;
                    }
                }
                attributes.add(new Attribute(aName, aStart, null, -1, -1, false));
                continue;
            }
            p++;
        }
        return new Token(Kind.START_TAG, i, p, name, attributes, false, false);
    }

    private static Token delimited(CharSequence text, int i, String close, Kind kind) {
        int end = indexOf(text, close, i + 2);
        if (end < 0) return new Token(kind, i, text.length(), "", List.of(), false, false);
        return new Token(kind, i, end + close.length(), "", List.of(), false, true);
    }

    static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
    }

    static int nameEnd(CharSequence text, int p) {
        while (p < text.length() && isNameChar(text.charAt(p))) p++;
        return p;
    }

    private static int skipSpace(CharSequence text, int p) {
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) p++;
        return p;
    }

    private static int lineEnd(CharSequence text, int p) {
        while (p < text.length() && text.charAt(p) != '\n') p++;
        return p;
    }

    private static boolean newlineBetween(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) if (text.charAt(k) == '\n') return true;
        return false;
    }

    private static boolean startsWith(CharSequence text, int i, String s) {
        if (i + s.length() > text.length()) return false;
        for (int k = 0; k < s.length(); k++) if (text.charAt(i + k) != s.charAt(k)) return false;
        return true;
    }

    private static int indexOf(CharSequence text, char c, int from) {
        if (text instanceof String s) return s.indexOf(c, from);
        for (int k = from; k < text.length(); k++) if (text.charAt(k) == c) return k;
        return -1;
    }

    private static int indexOf(CharSequence text, String s, int from) {
        if (text instanceof String str) return str.indexOf(s, from);
        for (int k = from; k + s.length() <= text.length(); k++) if (startsWith(text, k, s)) return k;
        return -1;
    }
}
