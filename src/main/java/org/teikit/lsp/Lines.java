package org.teikit.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Where each line of a text starts, to turn LSP positions (line and UTF-16 character, both from 0) into offsets and
 * back; Java's chars are UTF-16 units, so a character index is an offset within its line. Lines end at "\n" (a
 * "\r" before it stays on the line, as XML parsers and editors count columns).
 */
final class Lines {
    private final String text;
    private final int[] starts;

    Lines(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
        starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
    }

    String text() {
        return text;
    }

    int lineCount() {
        return starts.length;
    }

    /** The offset of a position; positions past a line's end or the text's end are clamped to it. */
    int offset(Position p) {
        return offset(p.getLine(), p.getCharacter());
    }

    int offset(int line, int character) {
        if (line < 0) return 0;
        if (line >= starts.length) return text.length();
        int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
        return Math.min(starts[line] + Math.max(0, character), end);
    }

    Position position(int offset) {
        offset = Math.max(0, Math.min(offset, text.length()));
        int lo = 0, hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return new Position(lo, offset - starts[lo]);
    }

    Range range(int from, int to) {
        return new Range(position(from), position(to));
    }

    /**
     * The offset of a parser's 1-based line and column (Xerces and Jing count a column per UTF-16 unit, and their
     * column is the one after the event's last character).
     */
    int offsetOfParserPosition(int line, int column) {
        return offset(line - 1, column - 1);
    }
}
