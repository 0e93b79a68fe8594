package org.teikit.validate.report;

import java.io.IOException;
import java.io.Writer;
import org.teikit.validate.FileResult;
import org.teikit.validate.Message;
import org.teikit.validate.Summary;

/**
 * {@code {"files":[{"file","valid","verdict","truncated","errors","warnings","messages":[{"file","line","column",
 * "severity","source","message"}]}],"summary":{…}}}, streamed. {@code verdict} is {@code valid}, {@code invalid} or
 * {@code none} (a schema the file names could not be used; its message's source is {@code schema}).
 */
final class JsonReport implements ReportWriter {
    private final Writer out;
    private boolean first = true;

    JsonReport(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        out.write("{\"files\":[");
    }

    @Override
    public void file(FileResult r) throws IOException {
        out.write(first ? "\n" : ",\n");
        first = false;
        String verdict = r.unchecked() ? "none" : r.valid() ? "valid" : "invalid";
        out.write("{\"file\":" + str(r.file()) + ",\"valid\":" + r.valid() + ",\"verdict\":" + str(verdict)
                + ",\"truncated\":" + r.truncated()
                + ",\"errors\":" + r.errorCount() + ",\"warnings\":" + r.warningCount() + ",\"messages\":[");
        String sep = "";
        for (Message m : r.messages()) {
            out.write(sep + "\n {\"file\":" + str(m.file()) + ",\"line\":" + m.line() + ",\"column\":" + m.column()
                    + ",\"severity\":" + str(m.severity().label()) + ",\"source\":" + str(m.source().label())
                    + ",\"message\":" + str(m.text()) + "}");
            sep = ",";
        }
        out.write("]}");
    }

    @Override
    public void end(Summary s) throws IOException {
        out.write("\n],\"summary\":{\"files\":" + s.files() + ",\"valid\":" + s.valid() + ",\"invalid\":" + s.invalid()
                + ",\"unchecked\":" + s.unchecked() + ",\"errors\":" + s.errors() + ",\"warnings\":" + s.warnings() + ",\"seconds\":"
                + s.time().toMillis() / 1000.0 + "}}\n");
        out.flush();
    }

    static String str(String s) {
        return JsonString.quote(s);
    }
}
