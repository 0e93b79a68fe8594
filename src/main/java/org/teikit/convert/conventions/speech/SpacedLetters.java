package org.teikit.convert.conventions.speech;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name printed letter-spaced at a line's start ({@code L e n e.}, {@code D e r   P f a r r e r:}), as German and
 * older prints set their speakers: letters one space apart, the words of the name wider apart, the first letter a
 * capital. The spacing is the print's emphasis, not the name: read as the word it spells ({@code Lene},
 * {@code Der Pfarrer}). Pure syntax; whether such starts label turns the document decides from their repetition.
 */
final class SpacedLetters {
    /** Three letters or more one space apart, then perhaps more words spaced so, two or three spaces between words. */
    private static final Pattern RUN = Pattern.compile("\\p{Lu}(?: \\p{L}){2,}(?: {2,3}\\p{L}(?: \\p{L})+)*(?!\\p{L})");

    private SpacedLetters() {}

    /** Where the letter-spaced run starting at {@code start} ends; {@code start} when none starts there. */
    static int runEnd(String plain, int start) {
        Matcher m = RUN.matcher(plain).region(start, plain.length());
        return m.lookingAt() ? m.end() : start;
    }

    /** The words a run spells: {@code D e r   P f a r r e r} → {@code Der Pfarrer}. */
    static String spelled(String run) {
        StringBuilder out = new StringBuilder();
        for (String word : run.strip().split(" {2,}")) {
            if (out.length() > 0) out.append(' ');
            out.append(word.replace(" ", ""));
        }
        return out.toString();
    }
}
