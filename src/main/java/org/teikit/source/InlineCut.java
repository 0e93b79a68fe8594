package org.teikit.source;


import java.util.ArrayList;
import java.util.List;

/**
 * Cuts inline content at an offset of its plain text ({@link Inline#plain}), keeping styling on both
 * sides: the tool for splitting a paragraph where a second turn starts, or a label from its turn.
 */
public final class InlineCut {
    private InlineCut() {}

    /** The content before {@code offset}. */
    public static List<Inline> before(List<Inline> inlines, int offset) {
        List<Inline> out = new ArrayList<>();
        cut(inlines, offset, out, null);
        return out;
    }

    /** The content from {@code offset} on. */
    public static List<Inline> from(List<Inline> inlines, int offset) {
        List<Inline> out = new ArrayList<>();
        cut(inlines, offset, null, out);
        return out;
    }

    /** The content between two offsets. */
    public static List<Inline> between(List<Inline> inlines, int start, int end) {
        return before(from(inlines, start), end - start);
    }

    private static void cut(List<Inline> inlines, int offset, List<Inline> left, List<Inline> right) {
        int pos = 0;
        for (Inline i : inlines) {
            int len = i.plain().length();
            if (pos + len <= offset) {
                if (left != null) left.add(i);
            } else if (pos >= offset) {
                if (right != null) right.add(i);
            } else {
                int at = offset - pos;
                if (i instanceof Inline.Text t) {
                    if (left != null) left.add(new Inline.Text(t.text().substring(0, at)));
                    if (right != null) right.add(new Inline.Text(t.text().substring(at)));
                } else if (i instanceof Inline.Styled s) {
                    if (left != null) left.add(new Inline.Styled(s.style(), before(s.children(), at)));
                    if (right != null) right.add(new Inline.Styled(s.style(), from(s.children(), at)));
                }
            }
            pos += len;
        }
    }

    /** The content with leading white space removed. */
    public static List<Inline> stripLeading(List<Inline> inlines) {
        String p = Inline.plain(inlines);
        int i = 0;
        while (i < p.length() && Character.isWhitespace(p.charAt(i))) i++;
        return from(inlines, i);
    }

    /** The content with trailing white space removed. */
    public static List<Inline> stripTrailing(List<Inline> inlines) {
        String p = Inline.plain(inlines);
        int i = p.length();
        while (i > 0 && Character.isWhitespace(p.charAt(i - 1))) i--;
        return before(inlines, i);
    }
}
