package org.teikit.convert.conventions.speech;

import org.teikit.source.Inline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label-shaped starts that the lines around them show are no labels, whatever the name: a name in capitals alone on
 * its line is a speaker over a speech only when the speech below is not in capitals too (a telegram's address
 * {@code AMEMBASSY / TOKYO}, a letterhead, a heading set in capitals are blocks of capitals), unless the cast list
 * names it (a script typed all in capitals); and {@code Name.} on a
 * line that goes on with the sentence the line above left unfinished ({@code … dear at / Surinam. If you …}) is a
 * hard-wrapped sentence, not a turn; a name closed by its stop with another such name a wide gap after it
 * ({@code Edward Hale.        John Byrd.}) is a row of a list set in columns.
 */
final class LabelLayout {
    private LabelLayout() {}

    /**
     * Why the label cannot be one where it stands, or null.
     *
     * @param line  the line the label opens
     * @param above the line above in the same paragraph, or null on the paragraph's first line
     * @param below the line the speech would start on, for a label alone on its line (empty when none)
     * @param inCast whether the document's cast list names the label
     */
    static String whyNot(Label label, List<Inline> line, List<Inline> above, List<Inline> below, boolean inCast) {
        if (inColumns(label, Inline.plain(line))) return "a list set in columns: another name alone stands a wide gap after it";
        // a script typed all in capitals: the cast list names the one over its speech
        if (label.form() == Label.Form.OWN_LINE && inCapitals(Inline.plain(below)) && !inCast) {
            return "the line below is in capitals too (a block of capitals, not a name over its speech)";
        }
        if (label.form() == Label.Form.STOP && above != null && unfinished(Inline.plain(above))) {
            return "the line goes on with the sentence the line above leaves unfinished";
        }
        return null;
    }

    /** The gap that sets columns apart: three spaces or more (a sentence has one, a typist's stop two). */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}");

    /** The label's speech, a wide gap after it, is only a name closed by a stop (or by nothing); two names of two words or more. */
    private static boolean inColumns(Label label, String plain) {
        if (label.form() != Label.Form.STOP && label.form() != Label.Form.CAPS_STOP) return false;
        int end = Math.min(label.length(), plain.length());
        String rest = plain.substring(end);
        Matcher gap = COLUMN_GAP.matcher(rest);
        if (!gap.lookingAt()) return false;
        String next = rest.substring(gap.end()).strip();
        // full names on both sides: "A.   No." is an answer spaced out, not a column
        if (label.name().strip().split("\\s+").length < 2) return false;
        int words = next.isEmpty() ? 0 : next.split("\\s+").length;
        if (words < 2 || words > 4) return false;
        String name = next.endsWith(".") ? next.substring(0, next.length() - 1) : next;
        for (String w : name.split("\\s+")) if (!Labels.isNameToken(w.replaceAll("[,]$", ""))) return false;
        return true;
    }

    /** Two letters or more, none of them lowercase; a direction in parentheses below a name is no speech. */
    static boolean inCapitals(String line) {
        String t = line.strip();
        if (t.startsWith("(") || t.startsWith("[")) return false;
        long letters = t.chars().filter(Character::isLetter).count();
        return letters >= 2 && t.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }

    /** A page's number alone on its line, with its word or not ({@code Page 15}, {@code - 4 -}): furniture, no sentence. */
    private static final Pattern PAGE_LINE = Pattern.compile("(?i)(?:page|p\\.|seite|pag\\.|[-–—]\\s*)?\\s*\\d{1,4}(?:\\s*[-–—])?");

    /** A line ending on a word, a number or a comma: its sentence goes on below (a page's number alone is none). */
    static boolean unfinished(String line) {
        String t = line.strip();
        if (t.isEmpty() || PAGE_LINE.matcher(t).matches()) return false;
        char last = t.charAt(t.length() - 1);
        return Character.isLetterOrDigit(last) || last == ',';
    }
}
