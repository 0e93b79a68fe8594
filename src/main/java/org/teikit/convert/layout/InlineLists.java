package org.teikit.convert.layout;

import org.teikit.convert.apparatus.LayoutCharacters;
import org.teikit.source.Inline;

import java.util.ArrayList;
import java.util.List;

/** Small operations on a block's inline content that several families need. */
public final class InlineLists {
    private InlineLists() {}

    /** The content split at hard line breaks (the printed lines of a block). */
    public static List<List<Inline>> lines(List<Inline> inlines) {
        List<List<Inline>> out = new ArrayList<>();
        List<Inline> line = new ArrayList<>();
        for (Inline i : inlines) {
            if (i instanceof Inline.LineBreak) {
                out.add(line);
                line = new ArrayList<>();
            } else {
                line.add(i);
            }
        }
        out.add(line);
        return out;
    }

    /** The content without a trailing marker character (e.g. the editors' {@code *}), searched into styled runs. */
    public static List<Inline> withoutTrailing(List<Inline> inlines, char marker) {
        List<Inline> out = new ArrayList<>(inlines);
        for (int k = out.size() - 1; k >= 0; k--) {
            Inline last = out.get(k);
            if (last instanceof Inline.Text t) {
                String v = t.text().stripTrailing();
                if (v.isEmpty()) { out.remove(k); continue; }
                if (v.charAt(v.length() - 1) == marker) out.set(k, new Inline.Text(v.substring(0, v.length() - 1)));
                return out;
            }
            if (last instanceof Inline.Styled s) {
                out.set(k, new Inline.Styled(s.style(), withoutTrailing(s.children(), marker)));
                return out;
            }
            return out;
        }
        return out;
    }

    /** True when the plain text ends with the marker (ignoring trailing space). */
    public static boolean endsWith(List<Inline> inlines, char marker) {
        String p = Inline.plain(inlines).stripTrailing();
        return !p.isEmpty() && p.charAt(p.length() - 1) == marker;
    }

    /** The content with a leading literal prefix removed from the first text run (styled runs searched). */
    public static List<Inline> withoutLeading(List<Inline> inlines, java.util.regex.Pattern prefix) {
        List<Inline> out = new ArrayList<>(inlines);
        if (out.isEmpty()) return out;
        Inline first = out.get(0);
        if (first instanceof Inline.Text t) {
            var m = prefix.matcher(t.text());
            if (m.lookingAt()) {
                String rest = t.text().substring(m.end());
                if (rest.isEmpty()) out.remove(0); else out.set(0, new Inline.Text(rest));
            }
        } else if (first instanceof Inline.Styled s) {
            out.set(0, new Inline.Styled(s.style(), withoutLeading(s.children(), prefix)));
        }
        return out;
    }

    /** The runs without the spaces at either end of their first and last text runs. */
    public static List<Inline> stripped(List<Inline> runs) {
        List<Inline> out = new ArrayList<>(runs);
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) out.set(0, new Inline.Text(t.text().stripLeading()));
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) out.set(out.size() - 1, new Inline.Text(t.text().stripTrailing()));
        return out;
    }

    /** Plain text without note references (superscripts) and layout characters. */
    public static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Inline.Styled s && s.style() == Inline.Style.SUPERSCRIPT) continue;
            sb.append(i instanceof Inline.Styled s ? plainText(s.children()) : i.plain());
        }
        return LayoutCharacters.remove(sb.toString());
    }

    /**
     * Whether the text has at most {@code max} whitespace-separated words. A loop, not a regex, that stops
     * at word {@code max + 1}: it runs on every block, several times, and the limits are small while
     * paragraphs are long.
     */
    public static boolean atMostWords(String s, int max) {
        return org.teikit.convert.conventions.letters.LetterParts.atMostWords(s, max);
    }
}
