package org.teikit.edition;

import org.teikit.fidelity.Alignment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A short summary of the lines that differ between two versions of a file, unified-diff style. */
final class LineChanges {
    private LineChanges() {}

    static List<String> summary(byte[] before, byte[] after, int max) {
        List<String> a = lines(before), b = lines(after);
        int[] match = Alignment.of(a, b);
        boolean[] keptB = new boolean[b.size()];
        for (int m : match) if (m >= 0) keptB[m] = true;
        List<String> out = new ArrayList<>();
        int removed = 0, added = 0;
        int j = 0;
        for (int i = 0; i <= a.size(); i++) {
            int until = i < a.size() ? (match[i] >= 0 ? match[i] : j) : b.size();
            if (i < a.size() && match[i] < 0) {
                removed++;
                if (out.size() < max) out.add("-" + (i + 1) + ": " + clip(a.get(i)));
            }
            for (; j < until; j++) {
                if (keptB[j]) continue;
                added++;
                if (out.size() < max) out.add("+" + (j + 1) + ": " + clip(b.get(j)));
            }
            if (i < a.size() && match[i] >= 0) j = match[i] + 1;
        }
        if (removed + added > out.size()) out.add("… " + removed + " lines removed, " + added + " added in all");
        return out;
    }

    private static List<String> lines(byte[] bytes) {
        return List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
    }

    private static String clip(String line) {
        String s = line.strip();
        return s.length() <= 100 ? s : s.substring(0, 99) + "…";
    }
}
