package org.teikit.convert.conventions.speech;

import org.teikit.source.Inline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Labels whose every cue is typed in capitals ({@code GRAMS: WATER, GENTLE. FADE UNDER.}) in a script whose
 * speakers' lines are in ordinary case: a broadcast's or film's sound and music cues, directions to the studio, not
 * a voice. Seen from the document alone, from how the script types its two kinds of cue; a label the cast list
 * names is a voice whatever its case.
 */
final class CapitalCues {
    /** Fewest cues of a label before its case counts, and fewest letters in a cue. */
    private static final int FEWEST = 2, LETTERS = 4;

    private CapitalCues() {}

    /**
     * The keys ({@link SpeakerNames.Parts#key()}) of the labels that are cues of that kind, given each label-shaped
     * start's label in document order.
     */
    static Set<String> of(List<Label> labels, Function<String, String> key, Optional<CastList> cast) {
        Map<String, int[]> byKey = new HashMap<>();          // {cues, in capitals, in ordinary case}
        for (Label l : labels) {
            int[] n = byKey.computeIfAbsent(key.apply(l.name()), k -> new int[3]);
            n[0]++;
            String text = Inline.plain(l.rest());
            long letters = text.codePoints().filter(Character::isLetter).count();
            if (letters < LETTERS) continue;
            if (text.codePoints().noneMatch(Character::isLowerCase)) n[1]++;
            else n[2]++;
        }
        boolean ordinaryVoices = byKey.values().stream().anyMatch(n -> n[2] >= FEWEST && n[1] == 0);
        Set<String> out = new HashSet<>();
        if (!ordinaryVoices) return out;
        for (Label l : labels) {
            String k = key.apply(l.name());
            int[] n = byKey.get(k);
            if (n[0] >= FEWEST && n[1] == n[0] && cast.flatMap(c -> c.member(l.name())).isEmpty()) out.add(k);
        }
        return out;
    }
}
