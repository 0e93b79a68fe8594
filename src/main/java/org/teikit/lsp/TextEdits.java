package org.teikit.lsp;

import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Applies an editor's changes to a buffer: whole-text replacements, or ranges (incremental sync). */
final class TextEdits {
    private TextEdits() {}

    /** The text after the changes, and the first offset where it may differ from the text before them. */
    record Result(String text, int changedFrom) {}

    static Result apply(String text, List<TextDocumentContentChangeEvent> changes) {
        int changedFrom = Integer.MAX_VALUE;
        for (TextDocumentContentChangeEvent c : changes) {
            if (c.getRange() == null) {
                text = c.getText();
                changedFrom = 0;
                continue;
            }
            Lines lines = new Lines(text);
            int from = lines.offset(c.getRange().getStart());
            changedFrom = Math.min(changedFrom, from);
            int to = Math.max(from, lines.offset(c.getRange().getEnd()));
            text = new StringBuilder(text.length() + c.getText().length() - (to - from))
                    .append(text, 0, from).append(c.getText()).append(text, to, text.length()).toString();
        }
        return new Result(text, changedFrom == Integer.MAX_VALUE ? text.length() : changedFrom);
    }
}
