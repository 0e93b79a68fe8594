package org.teikit.validate.report;

import java.io.IOException;
import java.io.Writer;
import org.teikit.validate.FileResult;
import org.teikit.validate.Message;
import org.teikit.validate.Summary;
import org.teikit.validate.TextStyle;

/** One line per message ({@code file:line:column: severity: text}, as Jing prints them), then the summary line. */
final class TextReport implements ReportWriter {
    private final Writer out;
    private final TextStyle style;

    TextReport(Writer out, TextStyle style) {
        this.out = out;
        this.style = style;
    }

    @Override
    public void begin() {}

    @Override
    public void file(FileResult result) throws IOException {
        for (Message m : result.messages()) out.write(m.toString(style) + "\n");
        if (result.truncated()) out.write(result.file() + ": note: " + TRUNCATED + "\n");
    }

    @Override
    public void end(Summary summary) throws IOException {
        out.write(summary.toString(style) + "\n");
        out.flush();
    }

    static final String TRUNCATED = "… more errors not shown";
}
