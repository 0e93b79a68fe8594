package org.teikit.convert.conventions.speech;

import org.teikit.source.Inline;
import org.teikit.source.InlineCut;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways old plays print their directions that are seen in how the line is set, not in what it says. The caller asks
 * only for a play (a cast list, acts or scenes): in a record of what was said, brackets and italics are the
 * transcriber's or the speaker's.
 * <ul>
 * <li>{@code _Enter_ GILES HOBSON _and_ PEG.}: the direction's own words in italics, the names between them in roman
 * capitals: the whole line is the direction;</li>
 * <li>{@code [_Exit._}, {@code [Exeunt.}: a short line that opens a bracket it never closes, the compositor's sign for a
 * direction at the side of the speech;</li>
 * <li>{@code I thank you. [_Aside._] A jealous fool.}: brackets around words in italics inside a speech.</li>
 * </ul>
 */
public final class PrintedDirections {
    /** Directions are short; a longer bracket or line is an editor's note or the speech itself. */
    private static final int MAX_WORDS = 12;

    private PrintedDirections() {}

    /** A place in a speech's plain text: [start, end), brackets included. */
    public record Span(int start, int end) {}

    /** Italic words with only names in capitals (and punctuation) in roman between them, the line opening in italics. */
    public static boolean italicWithNames(List<Inline> content) {
        List<Inline> c = InlineCut.stripLeading(InlineCut.stripTrailing(content));
        if (c.size() < 2 || !isItalic(c.get(0)) || Inline.plain(c).indexOf('\n') >= 0) return false;
        boolean names = false;
        for (Inline in : c) {
            if (isItalic(in)) continue;
            if (!(in instanceof Inline.Text)) return false;
            String t = in.plain();
            if (t.chars().anyMatch(Character::isLowerCase)) return false;
            names |= t.chars().anyMatch(Character::isUpperCase);
        }
        return names && words(Inline.plain(c)) <= MAX_WORDS;
    }

    /** One short line opening with {@code [} and holding no {@code ]}. */
    public static boolean unclosedBracket(String plain) {
        String p = plain.strip();
        return p.startsWith("[") && p.indexOf(']') < 0 && p.indexOf('\n') < 0 && p.chars().anyMatch(Character::isLetter)
                && words(p) <= MAX_WORDS;
    }

    /** The bracketed runs of italics in a speech's text, in order. */
    public static List<Span> bracketedItalics(List<Inline> content) {
        String plain = Inline.plain(content);
        boolean[] italic = italicMask(content, plain.length());
        List<Span> out = new ArrayList<>();
        for (int open = plain.indexOf('['); open >= 0; open = plain.indexOf('[', open + 1)) {
            int close = plain.indexOf(']', open);
            if (close < 0) break;
            String inside = plain.substring(open + 1, close);
            if (inside.indexOf('[') >= 0 || inside.indexOf('\n') >= 0 || !inside.chars().anyMatch(Character::isLetter)
                    || words(inside) > MAX_WORDS) continue;
            boolean all = true;
            for (int k = open + 1; k < close && all; k++) all = italic[k] || Character.isWhitespace(plain.charAt(k));
            if (all) {
                out.add(new Span(open, close + 1));
                open = close;
            }
        }
        return out;
    }

    private static boolean[] italicMask(List<Inline> content, int length) {
        boolean[] mask = new boolean[length];
        int at = 0;
        for (Inline in : content) {
            int len = in.plain().length();
            if (isItalic(in)) java.util.Arrays.fill(mask, at, at + len, true);
            at += len;
        }
        return mask;
    }

    private static boolean isItalic(Inline in) {
        return in instanceof Inline.Styled s && s.style() == Inline.Style.ITALIC;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
