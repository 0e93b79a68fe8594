package org.teikit.convert.conventions.speech;

import org.teikit.source.Inline;

import java.util.List;

/**
 * Label-shaped starts that the lines around them show are no labels, whatever the name: a name in capitals alone on
 * its line is a speaker over a speech only when the speech below is not in capitals too (a telegram's address
 * {@code AMEMBASSY / TOKYO}, a letterhead, a heading set in capitals are blocks of capitals); and {@code Name.} on a
 * line that goes on with the sentence the line above left unfinished ({@code … dear at / Surinam. If you …}) is a
 * hard-wrapped sentence, not a turn.
 */
final class LabelLayout {
    private LabelLayout() {}

    /**
     * Why the label cannot be one where it stands, or null.
     *
     * @param above the line above in the same paragraph, or null on the paragraph's first line
     * @param below the line the speech would start on, for a label alone on its line (empty when none)
     */
    static String whyNot(Label label, List<Inline> above, List<Inline> below) {
        if (label.form() == Label.Form.OWN_LINE && inCapitals(Inline.plain(below))) {
            return "the line below is in capitals too (a block of capitals, not a name over its speech)";
        }
        if (label.form() == Label.Form.STOP && above != null && unfinished(Inline.plain(above))) {
            return "the line goes on with the sentence the line above leaves unfinished";
        }
        return null;
    }

    /** Two letters or more, none of them lowercase; a direction in parentheses below a name is no speech. */
    static boolean inCapitals(String line) {
        String t = line.strip();
        if (t.startsWith("(") || t.startsWith("[")) return false;
        long letters = t.chars().filter(Character::isLetter).count();
        return letters >= 2 && t.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }

    /** A line ending on a word, a number or a comma: its sentence goes on below. */
    static boolean unfinished(String line) {
        String t = line.strip();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        return Character.isLetterOrDigit(last) || last == ',';
    }
}
