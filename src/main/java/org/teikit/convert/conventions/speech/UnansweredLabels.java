package org.teikit.convert.conventions.speech;

import org.teikit.source.Block;
import org.teikit.source.Inline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Label-shaped starts that nobody answers: each heads a short block of short lines ({@code Betreff: Lieferung},
 * {@code Subject: the roof}, {@code Gentlemen:}, an address, a signature) with the letter's prose around it, or stands
 * in a stack of such fields that always runs in one order. Turns answer each other, one next to another, and the
 * speakers come back; the fields and salutations of letters stand alone at a letter's head or foot. So however
 * often such labels repeat (once a letter, in a file of letters) and change, the form is no dialogue. Decided per
 * form from where its starts stand, not from their words; a cast list naming two of them outweighs it.
 */
final class UnansweredLabels {
    /** Longest block, in lines, and longest line, in words, that a field's block has. */
    private static final int LINES = 4, WORDS = 10;
    /** Fewest starts before the pattern counts: two could be chance. */
    private static final int FEWEST = 3;

    private UnansweredLabels() {}

    /**
     * Whether the starts, given as their blocks in document order with their labels, all head short blocks, most with
     * their value on the label's line ({@code label: value}), and fewer than one in three is answered. Names alone on
     * their lines over their speech (a script's) are no fields: their turns are the lines below.
     */
    static boolean standAlone(List<Integer> starts, List<Label> labels, List<Block> blocks) {
        if (starts.size() < FEWEST) return false;
        int valued = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (!short_(blocks.get(starts.get(i)))) return false;
            if (!Inline.plain(labels.get(i).rest()).isBlank()) valued++;
        }
        int answered = 0;
        for (boolean a : answered(starts, labels)) if (a) answered++;
        return valued * 2 > starts.size() && answered * 3 < starts.size();
    }

    /**
     * Which starts are answered: they stand in a run of starts one next to another (in one block or the blocks that
     * follow), and the run goes back to a name ({@code A B A}), opens with a question another name answers, or holds a
     * change of name that another run, or itself, makes the other way ({@code A B}, later {@code B A}), or whose names each
     * say a sentence (a statement, where a field holds a value). A letter's stack of fields ({@code Ref.}, then
     * {@code Subject}) always runs one way and never comes back.
     */
    static boolean[] answered(List<Integer> starts, List<Label> labels) {
        List<String> keys = labels.stream().map(l -> SpeakerNames.parts(l.name()).key()).toList();
        List<int[]> runs = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= starts.size(); i++) {
            if (i == starts.size() || starts.get(i) - starts.get(i - 1) > 1) {
                runs.add(new int[] {from, i});
                from = i;
            }
        }
        Set<String> changes = new HashSet<>();
        for (int i = 1; i < starts.size(); i++) {
            if (starts.get(i) - starts.get(i - 1) <= 1 && !keys.get(i).equals(keys.get(i - 1))) changes.add(keys.get(i - 1) + "\n" + keys.get(i));
        }
        boolean[] out = new boolean[starts.size()];
        for (int[] r : runs) {
            if (r[1] - r[0] < 2) continue;
            Set<String> names = new HashSet<>(keys.subList(r[0], r[1]));
            // a question and the turn after it: a field's value asks nothing
            boolean back = names.size() < r[1] - r[0] || names.size() > 1 && Inline.plain(labels.get(r[0]).rest()).contains("?");
            // each says a sentence of its own ("Anna: I saw him go.", "Ben: Not I."): statements, where a field holds a value
            back |= names.size() > 1 && saysSentences(labels.subList(r[0], r[1]));
            for (int i = r[0] + 1; i < r[1] && !back; i++) {
                back = !keys.get(i).equals(keys.get(i - 1)) && changes.contains(keys.get(i) + "\n" + keys.get(i - 1));
            }
            if (back) for (int i = r[0]; i < r[1]; i++) out[i] = true;
        }
        return out;
    }

    /** A sentence: opens on a capital, two words or more, a lowercase word among them, closed by its stop. */
    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile(
            "(?s)\\p{Lu}\\S*\\s+.*\\b\\p{Ll}{2,}\\b.*[.!?…][\"”’)]*");

    private static boolean saysSentences(List<Label> run) {
        for (Label l : run) if (!SENTENCE.matcher(Inline.plain(l.rest()).strip()).matches()) return false;
        return true;
    }

    private static boolean short_(Block b) {
        List<List<Inline>> lines = b.lines();
        if (lines.size() > LINES) return false;
        for (List<Inline> l : lines) {
            String t = Inline.plain(l).strip();
            if (!t.isEmpty() && t.split("\\s+").length > WORDS) return false;
        }
        return true;
    }
}
