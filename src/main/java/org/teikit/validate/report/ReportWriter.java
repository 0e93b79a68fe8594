package org.teikit.validate.report;

import java.io.IOException;
import java.io.Writer;
import org.teikit.validate.FileResult;
import org.teikit.validate.Summary;
import org.teikit.validate.TextStyle;

/** Writes a validation report as results arrive: {@code begin}, one {@code file} per file in order, {@code end}. */
public interface ReportWriter {
    void begin() throws IOException;

    void file(FileResult result) throws IOException;

    void end(Summary summary) throws IOException;

    /** The report writer for a format, writing to {@code out} (flushed by {@code end}, not closed). */
    static ReportWriter of(ReportFormat format, Writer out) {
        return switch (format) {
            case TEXT -> new TextReport(out, TextStyle.PLAIN);
            case JSON -> new JsonReport(out);
            case JUNIT -> new JunitReport(out);
        };
    }

    /** The text report, its severity words and verdict counts set off by {@code style} (colour, on a terminal). */
    static ReportWriter text(Writer out, TextStyle style) {
        return new TextReport(out, style);
    }
}
