package org.teikit.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A transcription written from another markup, block by block, each on its source line where that line is still
 * free (else after the block before and a blank line): so the blocks, the explanation and the messages name the
 * original file's lines.
 */
final class LinedText {
    private final List<String> lines = new ArrayList<>();

    /** Writes a block's lines from {@code line} (1-based) on, or after the last block and a blank line. */
    void block(int line, List<String> block) {
        int next = lines.isEmpty() ? 1 : lines.size() + 2;
        int at = Math.max(line, next);
        while (lines.size() < at - 1) lines.add("");
        lines.addAll(block);
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }
}
