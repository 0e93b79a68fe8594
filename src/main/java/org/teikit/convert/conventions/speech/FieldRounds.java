package org.teikit.convert.conventions.speech;

import java.util.List;

/**
 * Labels that come round in one fixed order, each once a round ({@code Picture:}, {@code Message:}, {@code Postmark:}
 * for card after card): the fields of a record repeated per item, not voices. Three speakers or more never keep one
 * order through a conversation, however long; two do (questions and answers), so two are never a round.
 */
final class FieldRounds {
    /** Fewest fields in a round, and fewest rounds, before the order counts as a record's. */
    private static final int FIELDS = 3, ROUNDS = 3;

    private FieldRounds() {}

    /** Whether the names, in document order, repeat one order of three or more names, three rounds or more. */
    static boolean fixedRound(List<String> keys) {
        int k = (int) keys.stream().distinct().count();
        if (k < FIELDS || keys.size() < k * ROUNDS) return false;
        for (int i = k; i < keys.size(); i++) if (!keys.get(i).equals(keys.get(i - k))) return false;
        return true;
    }
}
