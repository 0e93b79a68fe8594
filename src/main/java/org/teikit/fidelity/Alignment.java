package org.teikit.fidelity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which elements of two sequences correspond, in order: a patience diff (elements unique in both
 * ranges anchor the alignment, recursively), common prefixes and suffixes trimmed, and an exact
 * longest common subsequence for small unanchored gaps. Near-linear on documents that are mostly
 * the same, whatever their size; usable for words and for lines.
 */
public final class Alignment {
    /** Gaps larger than this (cells of the LCS table) without anchors are left unmatched. */
    private static final long LCS_LIMIT = 4_000_000;

    private Alignment() {}

    /**
     * @return for each element of {@code a}, the index of its counterpart in {@code b}, or -1; the
     *         matched indices increase
     */
    public static int[] of(List<String> a, List<String> b) {
        int[] match = new int[a.size()];
        Arrays.fill(match, -1);
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, a.size(), 0, b.size()});
        while (!work.isEmpty()) {
            int[] r = work.pop();
            int a0 = r[0], a1 = r[1], b0 = r[2], b1 = r[3];
            while (a0 < a1 && b0 < b1 && a.get(a0).equals(b.get(b0))) match[a0++] = b0++;
            while (a0 < a1 && b0 < b1 && a.get(a1 - 1).equals(b.get(b1 - 1))) match[--a1] = --b1;
            if (a0 == a1 || b0 == b1) continue;
            List<int[]> anchors = anchors(a, a0, a1, b, b0, b1);
            if (anchors.isEmpty()) {
                lcs(a, a0, a1, b, b0, b1, match);
                continue;
            }
            int pa = a0, pb = b0;
            for (int[] an : anchors) {
                match[an[0]] = an[1];
                if (an[0] > pa && an[1] > pb) work.push(new int[] {pa, an[0], pb, an[1]});
                pa = an[0] + 1;
                pb = an[1] + 1;
            }
            if (a1 > pa && b1 > pb) work.push(new int[] {pa, a1, pb, b1});
        }
        return match;
    }

    /** Elements occurring exactly once in each range, paired, reduced to their longest increasing run. */
    private static List<int[]> anchors(List<String> a, int a0, int a1, List<String> b, int b0, int b1) {
        Map<String, int[]> seen = new HashMap<>();     // key → {count in a, index in a, count in b, index in b}
        for (int i = a0; i < a1; i++) {
            int[] s = seen.computeIfAbsent(a.get(i), k -> new int[4]);
            s[0]++;
            s[1] = i;
        }
        for (int j = b0; j < b1; j++) {
            int[] s = seen.get(b.get(j));
            if (s != null) {
                s[2]++;
                s[3] = j;
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = a0; i < a1; i++) {
            int[] s = seen.get(a.get(i));
            if (s[0] == 1 && s[2] == 1) pairs.add(new int[] {i, s[3]});
        }
        return increasing(pairs);
    }

    /** Longest subsequence of pairs (ordered by a) whose b indices increase (patience sorting). */
    private static List<int[]> increasing(List<int[]> pairs) {
        int n = pairs.size();
        if (n == 0) return pairs;
        int[] tails = new int[n];
        int[] prev = new int[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            int v = pairs.get(i)[1];
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[1] < v) lo = mid + 1; else hi = mid;
            }
            prev[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            if (lo == len) len++;
        }
        int[][] out = new int[len][];
        for (int k = len - 1, i = tails[len - 1]; k >= 0; k--, i = prev[i]) out[k] = pairs.get(i);
        return List.of(out);
    }

    private static void lcs(List<String> a, int a0, int a1, List<String> b, int b0, int b1, int[] match) {
        int n = a1 - a0, m = b1 - b0;
        if ((long) (n + 1) * (m + 1) > LCS_LIMIT) {
            greedy(a, a0, a1, b, b0, b1, match);
            return;
        }
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(a0 + i).equals(b.get(b0 + j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (a.get(a0 + i).equals(b.get(b0 + j))) {
                match[a0 + i] = b0 + j;
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /** How far {@link #greedy} looks past a mismatch for the two sequences to agree again. */
    private static final int LOOK = 16;

    /**
     * A gap too large for the exact table and with no unique element to anchor it (a long run of repeated words): walk
     * both in step, and past a mismatch skip the fewest elements on one side after which two elements agree again. On
     * sequences that are mostly the same, as a faithful conversion's are, this matches all but the few that differ.
     */
    private static void greedy(List<String> a, int a0, int a1, List<String> b, int b0, int b1, int[] match) {
        int i = a0, j = b0;
        while (i < a1 && j < b1) {
            if (a.get(i).equals(b.get(j))) {
                match[i++] = j++;
                continue;
            }
            int skip = 0;
            boolean inA = true;
            for (int d = 1; d <= LOOK && skip == 0; d++) {
                if (agree(a, i + d, a1, b, j, b1)) { skip = d; inA = true; }
                else if (agree(a, i, a1, b, j + d, b1)) { skip = d; inA = false; }
            }
            if (skip == 0) { i++; j++; continue; }          // both differ here: neither is matched
            if (inA) i += skip; else j += skip;
        }
    }

    /** Whether the sequences agree at i and j and the element after. */
    private static boolean agree(List<String> a, int i, int a1, List<String> b, int j, int b1) {
        return i < a1 && j < b1 && a.get(i).equals(b.get(j)) && (i + 1 >= a1 || j + 1 >= b1 || a.get(i + 1).equals(b.get(j + 1)));
    }
}
