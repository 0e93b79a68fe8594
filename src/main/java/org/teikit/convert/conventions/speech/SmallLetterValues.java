package org.teikit.convert.conventions.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * Colon starts whose words after the colon run on in small letters ({@code Voorzitter: de heer X.}, {@code Present:
 * the Mayor, …}) where the other turns of that form open on a capital, as printed speeches open a sentence, and before the first of them:
 * a record's head fields, whose value continues a phrase, not a speech. A document whose turns open in small letters (a chat
 * log) keeps them all: the rule needs the capitals to be the record's habit.
 */
final class SmallLetterValues {
    /** Fewest turns opening on a capital, and the share of them, before small letters mark a field. */
    private static final int CAPITALS = 4;
    private static final double SHARE = 0.8;

    private SmallLetterValues() {}

    /**
     * The positions, among the openings of one colon form's starts in document order (the words after each colon), that
     * are fields: those in small letters before the first that opens on a capital, in the record's head.
     */
    static List<Integer> fields(List<String> openings) {
        List<Integer> head = new ArrayList<>();
        int i = 0;
        for (; i < openings.size(); i++) {                      // the head: the starts before the first speech
            int c = firstLetter(openings.get(i));
            if (c >= 0 && Character.isUpperCase(c)) break;
            if (c >= 0) head.add(i);
        }
        int capital = 0, small = 0;                              // the habit of the speeches after it
        for (; i < openings.size(); i++) {
            int c = firstLetter(openings.get(i));
            if (c >= 0 && Character.isUpperCase(c)) capital++;
            else if (c >= 0) small++;
        }
        return capital < CAPITALS || capital < SHARE * (capital + small) ? List.of() : head;
    }

    /**
     * The letter the words open with; -1 when they open on anything else: a direction in brackets or a dash before
     * the words ({@code (bursting in) Éva!}, {@code -- so if we}) is a speech's, cut or set off, no field's value.
     */
    private static int firstLetter(String words) {
        if (words.isEmpty()) return -1;
        int c = words.codePointAt(0);
        return Character.isLetter(c) ? c : -1;
    }
}
