package org.teikit.convert.conventions.speech;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Single letters that label voices ({@code F:} and {@code A:} for an interview's Frage and Antwort, {@code I:} and
 * {@code R:}), told from an outline's marks ({@code A.}, {@code B.}, {@code C.}) by their order in the document. An
 * outline's letters start at {@code A} and each step goes on to the next letter or back to {@code A}; voices go back
 * and forth between the same few letters. A letter is a voice when its run is not an outline's, it appears at least
 * twice, and the run changes letter at least three times. Where a part is numbered {@code II.} or {@code IV.}, the
 * letters of Roman numerals ({@code I.}, {@code V.}, {@code X.}) number parts too.
 */
final class LetterVoices {
    private LetterVoices() {}

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLC]{2,}|[ivxlc]{2,}");

    /** The letters (upper case) among a document's label names, in document order, that label voices. */
    static Set<String> in(List<String> names) {
        boolean roman = names.stream().anyMatch(n -> ROMAN.matcher(n.strip()).matches());
        List<String> run = names.stream().filter(LetterVoices::isLetter)
                .filter(n -> !roman || "IVXLC".indexOf(Character.toUpperCase(n.strip().charAt(0))) < 0).map(String::strip).toList();
        if (run.size() < 4 || isOutline(run)) return Set.of();
        Map<String, Integer> counts = new HashMap<>();
        int changes = 0;
        for (int i = 0; i < run.size(); i++) {
            String letter = run.get(i).toUpperCase(Locale.ROOT);
            counts.merge(letter, 1, Integer::sum);
            if (i > 0 && !letter.equals(run.get(i - 1).toUpperCase(Locale.ROOT))) changes++;
        }
        if (changes < 3) return Set.of();
        Set<String> out = new java.util.TreeSet<>();
        counts.forEach((letter, n) -> { if (n >= 2) out.add(letter); });
        return out.size() >= 2 ? java.util.Collections.unmodifiableSet(out) : Set.of();
    }

    private static boolean isOutline(List<String> run) {
        char first = Character.toUpperCase(run.get(0).charAt(0));
        if (first != 'A') return false;
        for (int i = 1; i < run.size(); i++) {
            char before = Character.toUpperCase(run.get(i - 1).charAt(0)), now = Character.toUpperCase(run.get(i).charAt(0));
            if (now != 'A' && now != before + 1) return false;
        }
        return true;
    }

    private static boolean isLetter(String name) {
        String s = name.strip();
        return s.length() == 1 && Character.isLetter(s.charAt(0));
    }
}
