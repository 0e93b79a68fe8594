package org.teikit.convert.conventions.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage directions printed in parentheses inside a speech: {@code At the tannery. (He sets down a bundle.) The skins
 * were late.} or {@code They will be, sir, (aside) if the saints are kind.} Only where the document prints its
 * directions so (a play's cast list or acts, or parenthesised directions between or opening its speeches): in a
 * record of what was said, a parenthesis is the speaker's own aside. A parenthesis of figures, a year, a cross
 * reference ({@code (see p. 4)}) or more than a sentence's worth of words stays speech.
 */
public final class InlineStages {
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()\\n]{1,200})\\)");
    private static final Pattern NOT_A_DIRECTION = Pattern.compile(
            "(?i)^\\s*(?:\\d|[ivxlc]+\\s*$|see\\b|cf\\b|p\\.|pp\\.|i\\.\\s*e\\.|e\\.\\s*g\\.|sic\\b|that is\\b|or\\b|and\\b)");
    private static final int MAX_WORDS = 25;

    private InlineStages() {}

    /** A direction's place in a speech's text: [start, end), its parentheses included. */
    public record Span(int start, int end) {}

    /** The parenthesised directions in a run of speech text, in order. */
    public static List<Span> in(String text) {
        List<Span> out = new ArrayList<>();
        if (text.indexOf('(') < 0) return out;
        Matcher m = PARENTHESIS.matcher(text);
        while (m.find()) {
            String inside = m.group(1).strip();
            if (isDirection(inside)) out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    private static boolean isDirection(String inside) {
        if (inside.isEmpty() || !Character.isLetter(inside.codePointAt(0)) || NOT_A_DIRECTION.matcher(inside).lookingAt()) return false;
        return inside.split("\\s+").length <= MAX_WORDS;
    }
}
