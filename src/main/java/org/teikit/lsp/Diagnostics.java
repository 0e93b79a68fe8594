package org.teikit.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.teikit.validate.FileResult;
import org.teikit.validate.Message;
import org.teikit.validate.Severity;

/**
 * teikit's messages as LSP diagnostics, with Jing's wording. Jing, Xerces and Saxon place a message at a point, the
 * one after the markup it is about (a start tag's {@code >}, the end of a text): the range runs from where that
 * markup begins to that point, so it ends exactly where {@code teikit validate} says. A well-formedness error covers
 * the character at its point.
 */
final class Diagnostics {
    static final String SOURCE = "teikit";

    private Diagnostics() {}

    static List<Diagnostic> of(FileResult result, String text) {
        Lines lines = new Lines(text);
        List<Markup.Token> tokens = null;
        List<Diagnostic> out = new ArrayList<>();
        for (Message m : result.messages()) {
            if (tokens == null) tokens = Markup.scan(text, text.length());
            out.add(diagnostic(m.text(), m.severity(), m.source().label(), range(m, lines, tokens, text)));
        }
        if (result.truncated()) {
            out.add(diagnostic("more errors not shown (teikit shows the first " + result.messages().size() + ")",
                    Severity.WARNING, "teikit", lines.range(0, 0)));
        }
        return out;
    }

    static Diagnostic diagnostic(String text, Severity severity, String code, Range range) {
        Diagnostic d = new Diagnostic(range, text, severity == Severity.WARNING ? DiagnosticSeverity.Warning
                : DiagnosticSeverity.Error, SOURCE, code);
        return d;
    }

    private static Range range(Message m, Lines lines, List<Markup.Token> tokens, String text) {
        if (m.line() <= 0) return lines.range(0, 0);
        int point = lines.offsetOfParserPosition(m.line(), Math.max(1, m.column()));
        if (m.column() <= 0) return lines.range(lines.offset(m.line() - 1, 0), lines.offset(m.line() - 1, Integer.MAX_VALUE));
        if (m.source() == org.teikit.validate.MessageSource.WELLFORMEDNESS) {
            int end = Math.min(point + 1, lines.offset(m.line() - 1, Integer.MAX_VALUE));
            return end > point ? lines.range(point, end) : lines.range(Math.max(0, point - 1), point);
        }
        Markup.Token t = tokenEndingAt(tokens, point);
        if (t == null) return lines.range(point, point);
        int start = t.start();
        if (t.kind() == Markup.Kind.TEXT) {   // the text itself, without its layout
            while (start < point && Character.isWhitespace(text.charAt(start))) start++;
        }
        return lines.range(start, point);
    }

    /** The token whose last character is just before {@code point} (binary search: tokens are in order). */
    private static Markup.Token tokenEndingAt(List<Markup.Token> tokens, int point) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Markup.Token t = tokens.get(mid);
            if (t.end() < point) lo = mid + 1;
            else if (t.start() >= point) hi = mid - 1;
            else return t;
        }
        return null;
    }
}
