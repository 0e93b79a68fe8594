package org.teikit.fidelity;

import java.util.Arrays;

/** Offsets of line starts in a text, to turn a character offset into line:column and back. */
final class LineIndex {
    private final int[] starts;

    LineIndex(CharSequence text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        int[] s = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') s[k++] = i + 1;
        this.starts = s;
    }

    Position position(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new Position(line + 1, offset - starts[line] + 1);
    }

    /** Offset of a 1-based line and column (clamped to the text). */
    int offset(long line, long column) {
        int l = (int) Math.max(1, Math.min(line, starts.length));
        return (int) (starts[l - 1] + Math.max(0, column - 1));
    }
}
