package org.teikit.fidelity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One difference between a source and its TEI: a run of words lost (in the source, not in the TEI),
 * added (in the TEI, not in the source) or moved (in both, elsewhere).
 *
 * @param kind     what happened
 * @param words    the words concerned, as written (source words for lost and moved, TEI words for added)
 * @param source   where in the source: the first lost or moved word, or where an added run would be
 * @param tei      where in the TEI: the first added or moved word, or where a lost run would be
 */
public record Difference(Kind kind, List<String> words, Position source, Position tei) {
    /** MERGED: a passage the source prints twice, kept once ({@code tei}: where the kept copy is). */
    public enum Kind { LOST, ADDED, MOVED, MERGED }

    public Difference {
        words = List.copyOf(words);
    }

    public String text() {
        return words.stream().collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return kind + " " + words.size() + (words.size() == 1 ? " word" : " words")
                + " (source " + source + ", TEI " + tei + "): " + abbreviated(text(), 160);
    }

    private static String abbreviated(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
