package org.teikit.fidelity;

import org.teikit.source.SourceDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Word-level comparison of a transcription and its TEI (docs/encoding.md, "Faithfulness rule").
 * Stateless and thread-safe.
 *
 * <p>The words are aligned in three passes: the running text of both (footnote definitions and the
 * notes placed at their references set aside), then the footnotes with the notes, then whatever is
 * left of both where it stands (within the gaps of the running-text alignment). Words still unmatched are rejoined where a run of words in one file is one word in the
 * other ({@code artil-}/{@code lery} → {@code artillery}), then runs of at least {@link #MIN_MOVE}
 * words found in both are reported as moved; the rest is lost or added.
 */
public final class Fidelity {
    /** The shortest run of words reported as moved rather than as lost and added. */
    public static final int MIN_MOVE = 4;
    /** The shortest passage accepted as printed twice and kept once: a note body, not a common phrase. */
    public static final int MIN_MERGE = 12;
    private static final int MAX_JOIN = 4;
    /** The longest word printed letter-spaced that is joined back, in letters. */
    private static final int MAX_SPACED = 24;
    private static final int MAX_MOVE_CANDIDATES = 16;

    private Fidelity() {}

    public static FidelityReport compare(SourceDocument source, Path tei) throws IOException, FidelityException {
        return compare(source, tei, Files.readAllBytes(tei));
    }

    /** Compares with TEI bytes in memory; {@code name} is used in positions and messages. */
    public static FidelityReport compare(SourceDocument source, Path name, byte[] tei) throws FidelityException {
        return compare(SourceWords.of(source), TeiWords.read(name, tei));
    }

    static FidelityReport compare(List<Word> a, List<Word> b) {
        int[] match = new int[a.size()];
        Arrays.fill(match, -1);
        boolean[] matchedB = new boolean[b.size()];
        align(a, 0, a.size(), b, 0, b.size(), w -> w.unit() == 0, w -> w.unit() == 0, match, matchedB);
        int[] running = match.clone();
        wholeNotes(a, b, match, matchedB);
        align(a, 0, a.size(), b, 0, b.size(), w -> w.unit() != 0, w -> w.unit() != 0, match, matchedB);
        // endnotes a family recognised that the generic definition syntax does not: any source word left
        // may be in a note placed at its reference
        align(a, 0, a.size(), b, 0, b.size(), w -> true, w -> w.unit() != 0, match, matchedB);
        // what is left may still correspond in place: within each gap of the running-text alignment
        int prevI = -1, prevJ = -1;
        for (int i = 0; i <= a.size(); i++) {
            if (i < a.size() && running[i] < 0) continue;
            int j = i < a.size() ? running[i] : b.size();
            if (i > prevI + 1 && j > prevJ + 1) align(a, prevI + 1, i, b, prevJ + 1, j, w -> true, w -> true, match, matchedB);
            prevI = i;
            prevJ = j;
        }
        preferRequired(a, match);
        requiredOverOptionals(a, match);
        boolean[] joinedA = new boolean[a.size()];
        join(a, b, match, matchedB, joinedA);
        strayOptionals(a, b, match, matchedB, joinedA);

        List<Difference> diffs = new ArrayList<>();
        moves(a, b, match, matchedB, joinedA, diffs);
        repeats(a, b, match, joinedA, diffs);
        scattered(a, b, match, matchedB, joinedA, diffs);
        unmatched(a, b, match, matchedB, joinedA, diffs);
        diffs.sort(Comparator.comparing(Difference::source).thenComparing(Difference::tei));
        return new FidelityReport(diffs, Counts.of(a), Counts.of(b));
    }

    /**
     * A TEI word still unmatched that an unmatched optional source word (a note's number, a bracketed number) spells is
     * that word, wherever the alignment left the two: a definition moved to its reference can put the order of such
     * numbers about, and a number is no word the edition added. The first such source word is taken; a number that an
     * unmatched required word also spells is left to the later passes (it is that word, moved).
     */
    private static void strayOptionals(List<Word> a, List<Word> b, int[] match, boolean[] matchedB, boolean[] joinedA) {
        Map<String, List<Integer>> optionals = new HashMap<>();
        java.util.Set<String> required = new java.util.HashSet<>();     // a required word's TEI counterpart is its, moved
        for (int i = 0; i < a.size(); i++) {
            if (match[i] >= 0 || joinedA[i]) continue;
            if (a.get(i).optional()) optionals.computeIfAbsent(a.get(i).key(), k -> new ArrayList<>()).add(i);
            else required.add(a.get(i).key());
        }
        optionals.keySet().removeAll(required);
        if (optionals.isEmpty()) return;
        for (int j = 0; j < b.size(); j++) {
            if (matchedB[j]) continue;
            List<Integer> candidates = optionals.get(b.get(j).key());
            if (candidates == null || candidates.isEmpty()) continue;
            match[candidates.remove(0)] = j;
            matchedB[j] = true;
        }
    }

    /**
     * A TEI note whose words are exactly those of a footnote definition is that definition, wherever
     * either stands (notes go to their references, in any order).
     */
    private static void wholeNotes(List<Word> a, List<Word> b, int[] match, boolean[] matchedB) {
        Map<String, java.util.ArrayDeque<List<Integer>>> definitions = new HashMap<>();
        for (List<Integer> unit : units(a, true)) {
            definitions.computeIfAbsent(keys(a, unit), k -> new java.util.ArrayDeque<>()).add(unit);
        }
        for (List<Integer> note : units(b, false)) {
            var candidates = definitions.get(keys(b, note));
            if (candidates == null || candidates.isEmpty()) continue;
            List<Integer> def = candidates.poll();
            for (int x = 0; x < note.size(); x++) {
                match[def.get(x)] = note.get(x);
                matchedB[note.get(x)] = true;
            }
        }
    }

    /** Indices of the words of each unit (note) still unmatched, optional words left out when asked. */
    private static List<List<Integer>> units(List<Word> words, boolean requiredOnly) {
        Map<Integer, List<Integer>> byUnit = new java.util.LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.unit() == 0 || requiredOnly && w.optional()) continue;
            byUnit.computeIfAbsent(w.unit(), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byUnit.values());
    }

    private static String keys(List<Word> words, List<Integer> indices) {
        StringBuilder sb = new StringBuilder();
        for (int i : indices) sb.append(words.get(i).key()).append('\u0000');
        return sb.toString();
    }

    /** Aligns the still unmatched words selected on each side, keeping earlier passes' matches. */
    private static void align(List<Word> a, int a0, int a1, List<Word> b, int b0, int b1, Predicate<Word> inA,
                              Predicate<Word> inB, int[] match, boolean[] matchedB) {
        List<Integer> ia = new ArrayList<>(), ib = new ArrayList<>();
        List<String> ka = new ArrayList<>(), kb = new ArrayList<>();
        for (int i = a0; i < a1; i++) {
            if (match[i] < 0 && inA.test(a.get(i))) { ia.add(i); ka.add(a.get(i).key()); }
        }
        for (int j = b0; j < b1; j++) {
            if (!matchedB[j] && inB.test(b.get(j))) { ib.add(j); kb.add(b.get(j).key()); }
        }
        if (ia.isEmpty() || ib.isEmpty()) return;
        int[] m = Alignment.of(ka, kb);
        List<Word> selectedA = new ArrayList<>(ia.size());
        for (int i : ia) selectedA.add(a.get(i));
        preferRequired(selectedA, m);
        for (int x = 0; x < m.length; x++) {
            if (m[x] >= 0) {
                match[ia.get(x)] = ib.get(m[x]);
                matchedB[ib.get(m[x])] = true;
            }
        }
    }

    /**
     * Where optional source words (note numbers) took TEI words that identical required words beside them could
     * have had ({@code op. 1]<sup>1</sup>} → TEI {@code op. 1}; {@code <sup>97</sup> 97 97} → TEI {@code 97 97}),
     * the required words get them: within each run of neighbouring words with one key, the TEI words matched are
     * handed to the required words first, in order, so no word is reported lost for nothing.
     */
    private static void preferRequired(List<Word> a, int[] match) {
        int i = 0;
        while (i < a.size()) {
            int j = i + 1;
            while (j < a.size() && a.get(j).key().equals(a.get(i).key())) j++;
            if (j - i > 1) reassign(a, match, i, j);
            i = j;
        }
    }

    /**
     * A required source word left unmatched takes the TEI word an optional one of the same spelling holds, the
     * nearest such: an optional word (a note's number) is matched only to spare a TEI word, so when a required one
     * lacks its counterpart, that TEI word is the required one's ({@code <sup>1</sup> … op. 1} with the note's
     * number dropped and its definition moved to its reference).
     */
    private static void requiredOverOptionals(List<Word> a, int[] match) {
        Map<String, List<Integer>> optionals = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).optional() && match[i] >= 0) optionals.computeIfAbsent(a.get(i).key(), k -> new ArrayList<>()).add(i);
        }
        if (optionals.isEmpty()) return;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).optional() || match[i] >= 0) continue;
            List<Integer> holders = optionals.get(a.get(i).key());
            if (holders == null || holders.isEmpty()) continue;
            int nearest = 0;
            for (int h = 1; h < holders.size(); h++) {
                if (Math.abs(holders.get(h) - i) < Math.abs(holders.get(nearest) - i)) nearest = h;
            }
            int holder = holders.remove(nearest);
            match[i] = match[holder];
            match[holder] = -1;
        }
    }

    private static void reassign(List<Word> a, int[] match, int from, int to) {
        List<Integer> targets = new ArrayList<>();
        for (int x = from; x < to; x++) if (match[x] >= 0) targets.add(match[x]);
        int required = 0;
        for (int x = from; x < to; x++) if (!a.get(x).optional()) required++;
        int optionalTaking = Math.max(0, targets.size() - required);
        int t = 0;
        for (int x = from; x < to; x++) {
            boolean takes = !a.get(x).optional() ? t < targets.size() : optionalTaking-- > 0 && t < targets.size();
            match[x] = takes ? targets.get(t++) : -1;
        }
    }

    /** Between consecutive matches, a run of words on one side that spells one word on the other. */
    private static void join(List<Word> a, List<Word> b, int[] match, boolean[] matchedB, boolean[] joinedA) {
        int i = 0;
        while (i < a.size()) {
            if (match[i] >= 0) { i++; continue; }
            int start = i;
            while (i < a.size() && match[i] < 0) i++;
            int prevB = start > 0 ? match[start - 1] : -1;
            int nextB = i < a.size() ? match[i] : b.size();
            int b0 = Math.min(prevB, nextB) + 1, b1 = Math.max(prevB, nextB);
            joinGap(a, start, i, b, Math.max(0, b0), Math.min(b.size(), b1), match, matchedB, joinedA);
        }
    }

    private static void joinGap(List<Word> a, int a0, int a1, List<Word> b, int b0, int b1,
                                int[] match, boolean[] matchedB, boolean[] joinedA) {
        if (a0 >= a1 || b0 >= b1) return;
        // several source words → one TEI word
        Map<String, Integer> runsA = new HashMap<>();
        for (int i = a0; i < a1; i++) {
            StringBuilder k = new StringBuilder(a.get(i).key());
            // a word printed letter-spaced ("S t o l l") is as many source words as it has letters
            for (int n = 2; (n <= MAX_JOIN || n <= MAX_SPACED && letters(a, i, n)) && i + n - 1 < a1; n++) {
                k.append(a.get(i + n - 1).key());
                runsA.putIfAbsent(k.toString() + "\u0000" + n, i);
            }
        }
        for (int j = b0; j < b1; j++) {
            if (matchedB[j]) continue;
            for (int n = 2; n <= MAX_SPACED; n++) {
                Integer i = runsA.get(b.get(j).key() + "\u0000" + n);
                if (i != null && free(joinedA, match, i, n)) {
                    for (int x = i; x < i + n; x++) joinedA[x] = true;
                    matchedB[j] = true;
                    break;
                }
            }
        }
        // one source word → several TEI words
        Map<String, Integer> runsB = new HashMap<>();
        for (int j = b0; j < b1; j++) {
            if (matchedB[j]) continue;
            StringBuilder k = new StringBuilder(b.get(j).key());
            for (int n = 2; n <= MAX_JOIN && j + n - 1 < b1 && !matchedB[j + n - 1]; n++) {
                k.append(b.get(j + n - 1).key());
                runsB.putIfAbsent(k.toString(), j * 8 + n);
            }
        }
        for (int i = a0; i < a1; i++) {
            if (joinedA[i] || match[i] >= 0) continue;
            Integer code = runsB.get(a.get(i).key());
            if (code == null) continue;
            int j = code / 8, n = code % 8;
            boolean free = true;
            for (int x = j; x < j + n; x++) free &= !matchedB[x];
            if (!free) continue;
            for (int x = j; x < j + n; x++) matchedB[x] = true;
            joinedA[i] = true;
        }
    }

    /** Whether the {@code n} source words from {@code i} are single letters, a letter-spaced word's. */
    private static boolean letters(List<Word> a, int i, int n) {
        for (int x = i; x < i + n && x < a.size(); x++) if (a.get(x).key().codePointCount(0, a.get(x).key().length()) != 1) return false;
        return true;
    }

    private static boolean free(boolean[] joinedA, int[] match, int i, int n) {
        for (int x = i; x < i + n; x++) if (joinedA[x] || match[x] >= 0) return false;
        return true;
    }

    private static boolean open(List<Word> a, int[] match, boolean[] joinedA, int i) {
        return match[i] < 0 && !joinedA[i];
    }

    /** Runs of at least MIN_MOVE unmatched words that occur in both files. */
    private static void moves(List<Word> a, List<Word> b, int[] match, boolean[] matchedB, boolean[] joinedA,
                              List<Difference> out) {
        Map<String, List<Integer>> grams = new HashMap<>();
        for (int j = 0; j + MIN_MOVE <= b.size(); j++) {
            if (!openRun(matchedB, j)) continue;
            List<Integer> at = grams.computeIfAbsent(gram(b, j), k -> new ArrayList<>());
            if (at.size() < MAX_MOVE_CANDIDATES) at.add(j);     // repetitive text: bound the work per run
        }
        if (grams.isEmpty()) return;
        // the source side without the unmatched optional words (note numbers), which a moved run may enclose
        List<Integer> view = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i).optional() && open(a, match, joinedA, i))) view.add(i);
        }
        List<Word> va = new ArrayList<>(view.size());
        for (int i : view) va.add(a.get(i));
        for (int v = 0; v + MIN_MOVE <= view.size(); v++) {
            boolean run = true;
            for (int x = v; x < v + MIN_MOVE && run; x++) run = open(a, match, joinedA, view.get(x));
            if (!run) continue;
            List<Integer> candidates = grams.get(gram(va, v));
            if (candidates == null) continue;
            for (int j : candidates) {
                if (!openRun(matchedB, j)) continue;
                int n = 0;
                while (v + n < view.size() && j + n < b.size() && open(a, match, joinedA, view.get(v + n)) && !matchedB[j + n]
                        && va.get(v + n).key().equals(b.get(j + n).key())) n++;
                if (n < MIN_MOVE) continue;
                List<String> words = new ArrayList<>();
                for (int x = 0; x < n; x++) {
                    words.add(va.get(v + x).form());
                    joinedA[view.get(v + x)] = true;
                    matchedB[j + x] = true;
                }
                out.add(new Difference(Difference.Kind.MOVED, words, va.get(v).at(), b.get(j).at()));
                v += n - 1;
                break;
            }
        }
    }

    private static boolean openRun(boolean[] matchedB, int j) {
        for (int x = j; x < j + MIN_MOVE; x++) if (matchedB[x]) return false;
        return true;
    }

    private static String gram(List<Word> w, int start) {
        StringBuilder sb = new StringBuilder();
        for (int x = start; x < start + MIN_MOVE; x++) sb.append(w.get(x).key()).append('\u0000');
        return sb.toString();
    }

    /**
     * A run of at least MIN_MERGE source words that repeats, word for word, a passage of the source the
     * TEI already holds: the source printed it twice (a note body copied with its page number), the
     * edition keeps it once. Reported as merged, not lost.
     */
    private static void repeats(List<Word> a, List<Word> b, int[] match, boolean[] joinedA, List<Difference> out) {
        Map<String, Integer> kept = new HashMap<>();
        for (int i = 0; i + MIN_MOVE <= a.size(); i++) {
            boolean all = true;
            for (int x = i; x < i + MIN_MOVE && all; x++) all = match[x] >= 0 || joinedA[x];
            if (all) kept.putIfAbsent(gram(a, i), i);
        }
        for (int i = 0; i + MIN_MOVE <= a.size(); i++) {
            boolean run = true;
            for (int x = i; x < i + MIN_MOVE && run; x++) run = open(a, match, joinedA, x);
            Integer copy = run ? kept.get(gram(a, i)) : null;
            if (copy == null) continue;
            int n = 0;                               // the two copies may stand either way round, never overlapping
            while (i + n < a.size() && copy + n < a.size() && (copy < i ? copy + n < i : i + n < copy)
                    && open(a, match, joinedA, i + n) && a.get(i + n).key().equals(a.get(copy + n).key())) n++;
            if (n < MIN_MERGE) continue;
            List<String> words = new ArrayList<>();
            for (int x = i; x < i + n; x++) {
                words.add(a.get(x).form());
                joinedA[x] = true;
            }
            Position keptAt = match[copy] >= 0 ? b.get(match[copy]).at() : a.get(copy).at();
            out.add(new Difference(Difference.Kind.MERGED, words, a.get(i).at(), keptAt));
            i += n - 1;
        }
    }

    /**
     * Words left over on both sides after runs were paired: the same word lost in one place and
     * added in another is a word moved (fragments of a relocated passage shorter than MIN_MOVE),
     * not a word lost and a word invented.
     */
    private static void scattered(List<Word> a, List<Word> b, int[] match, boolean[] matchedB, boolean[] joinedA,
                                  List<Difference> out) {
        Map<String, java.util.ArrayDeque<Integer>> added = new HashMap<>();
        for (int j = 0; j < b.size(); j++) {
            if (!matchedB[j]) added.computeIfAbsent(b.get(j).key(), k -> new java.util.ArrayDeque<>()).add(j);
        }
        List<String> run = new ArrayList<>();
        int start = -1, firstB = -1;
        for (int i = 0; i <= a.size(); i++) {
            java.util.ArrayDeque<Integer> same = i < a.size() && open(a, match, joinedA, i) && !a.get(i).optional()
                    ? added.get(a.get(i).key()) : null;
            if (same != null && !same.isEmpty()) {
                int j = same.poll();
                matchedB[j] = true;
                joinedA[i] = true;
                if (run.isEmpty()) { start = i; firstB = j; }
                run.add(a.get(i).form());
            } else if (!run.isEmpty() && (i == a.size() || !(open(a, match, joinedA, i) && a.get(i).optional()))) {
                out.add(new Difference(Difference.Kind.MOVED, run, a.get(start).at(), b.get(firstB).at()));
                run = new ArrayList<>();
            }
        }
    }

    /** Remaining words: lost (required source words) and added (TEI words), in runs. */
    private static void unmatched(List<Word> a, List<Word> b, int[] match, boolean[] matchedB, boolean[] joinedA,
                                  List<Difference> out) {
        // where each side's words would be in the other file: the last matched word before them
        Position[] teiBefore = new Position[a.size()];
        Position last = new Position(1, 1);
        for (int i = 0; i < a.size(); i++) {
            if (match[i] >= 0) last = b.get(match[i]).at();
            teiBefore[i] = last;
        }
        int[] inverse = new int[b.size()];
        Arrays.fill(inverse, -1);
        for (int i = 0; i < a.size(); i++) if (match[i] >= 0) inverse[match[i]] = i;
        Position[] sourceBefore = new Position[b.size()];
        last = new Position(1, 1);
        for (int j = 0; j < b.size(); j++) {
            if (inverse[j] >= 0) last = a.get(inverse[j]).at();
            sourceBefore[j] = last;
        }

        List<String> run = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i <= a.size(); i++) {
            boolean lost = i < a.size() && open(a, match, joinedA, i) && !a.get(i).optional();
            boolean skip = i < a.size() && open(a, match, joinedA, i) && a.get(i).optional();
            if (lost) {
                if (run.isEmpty()) runStart = i;
                run.add(a.get(i).form());
            } else if (!skip && !run.isEmpty()) {
                out.add(new Difference(Difference.Kind.LOST, run, a.get(runStart).at(), teiBefore[runStart]));
                run = new ArrayList<>();
            }
        }
        for (int j = 0; j <= b.size(); j++) {
            boolean added = j < b.size() && !matchedB[j];
            if (added) {
                if (run.isEmpty()) runStart = j;
                run.add(b.get(j).form());
            } else if (!run.isEmpty()) {
                out.add(new Difference(Difference.Kind.ADDED, run, sourceBefore[runStart], b.get(runStart).at()));
                run = new ArrayList<>();
            }
        }
    }
}
