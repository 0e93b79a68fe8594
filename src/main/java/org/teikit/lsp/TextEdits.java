package org.teikit.lsp;

import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Applies an editor's changes to a buffer: whole-text replacements, or ranges (incremental sync). */
final class TextEdits {
    private TextEdits() {}

    static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
        for (TextDocumentContentChangeEvent c : changes) {
            if (c.getRange() == null) {
                text = c.getText();
                continue;
            }
            Lines lines = new Lines(text);
            int from = lines.offset(c.getRange().getStart());
            int to = Math.max(from, lines.offset(c.getRange().getEnd()));
            text = new StringBuilder(text.length() + c.getText().length() - (to - from))
                    .append(text, 0, from).append(c.getText()).append(text, to, text.length()).toString();
        }
        return text;
    }
}
