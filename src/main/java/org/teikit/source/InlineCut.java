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

    /**
     * The content cut at each of {@code offsets} (strictly increasing, inside the content): one piece more than
     * offsets, as {@link #between} would give them, in one pass, so a paragraph of thousands of lines is cut in
     * linear time.
     */
    public static List<List<Inline>> split(List<Inline> inlines, List<Integer> offsets) {
        List<List<Inline>> pieces = new ArrayList<>();
        pieces.add(new ArrayList<>());
        split(inlines, offsets, 0, pieces);
        while (pieces.size() < offsets.size() + 1) pieces.add(new ArrayList<>());
        return pieces;
    }

    /** Adds {@code inlines}, which begin at {@code base}, to the pieces, starting a new piece at each offset. */
    private static void split(List<Inline> inlines, List<Integer> offsets, int base, List<List<Inline>> pieces) {
        int pos = base;
        for (Inline i : inlines) {
            int len = i.plain().length();
            // the cuts at or before this inline's start open new pieces
            while (pieces.size() <= offsets.size() && offsets.get(pieces.size() - 1) <= pos) pieces.add(new ArrayList<>());
            int next = pieces.size() - 1 < offsets.size() ? offsets.get(pieces.size() - 1) : Integer.MAX_VALUE;
            if (next >= pos + len) {
                pieces.get(pieces.size() - 1).add(i);
            } else if (i instanceof Inline.Text t) {
                int from = 0;
                while (pieces.size() - 1 < offsets.size() && offsets.get(pieces.size() - 1) < pos + len) {
                    int at = offsets.get(pieces.size() - 1) - pos;
                    if (at > from) pieces.get(pieces.size() - 1).add(new Inline.Text(t.text().substring(from, at)));
                    pieces.add(new ArrayList<>());
                    from = at;
                }
                pieces.get(pieces.size() - 1).add(new Inline.Text(t.text().substring(from)));
            } else if (i instanceof Inline.Styled s) {
                // the children are cut into pieces of their own, each wrapped in the style again
                List<List<Inline>> inner = new ArrayList<>();
                inner.add(new ArrayList<>());
                int first = pieces.size() - 1;
                List<Integer> within = new ArrayList<>();
                for (int k = first; k < offsets.size() && offsets.get(k) < pos + len; k++) within.add(offsets.get(k) - pos);
                split(s.children(), within, 0, inner);
                for (int k = 0; k < inner.size(); k++) {
                    if (k > 0) pieces.add(new ArrayList<>());
                    if (!inner.get(k).isEmpty()) pieces.get(pieces.size() - 1).add(new Inline.Styled(s.style(), inner.get(k)));
                }
            }
            pos += len;
        }
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
