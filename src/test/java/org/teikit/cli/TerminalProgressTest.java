package org.teikit.cli;

import org.junit.jupiter.api.Test;
import org.teikit.validate.FileResult;
import org.teikit.validate.Message;
import org.teikit.validate.MessageSource;
import org.teikit.validate.Severity;
import org.teikit.validate.Summary;
import org.teikit.validate.report.ReportFormat;
import org.teikit.validate.report.ReportWriter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a terminal, the progress line is wiped before any message, so the first error is never glued to it. */
class TerminalProgressTest {
    @Test
    void theProgressLineIsClearedBeforeEachMessageAndBeforeTheSummary() throws Exception {
        StringWriter screen = new StringWriter();                  // stdout and stderr share one terminal
        PrintWriter terminal = new PrintWriter(screen, true);
        ValidateCommand.TerminalProgress progress = new ValidateCommand.TerminalProgress(terminal);
        ReportWriter report = progress.clearingBefore(ReportWriter.of(ReportFormat.TEXT, terminal));
        report.begin();
        progress.done(1, 2);
        report.file(new FileResult("a.xml", false,
                List.of(new Message("a.xml", 3, 7, Severity.ERROR, "element \"x\" not allowed here", MessageSource.GRAMMAR)), false));
        progress.done(2, 2);
        report.end(Summary.EMPTY);
        String s = screen.toString();
        assertTrue(s.startsWith("\rvalidated 1/2 files\r\033[Ka.xml:3:7: error: element \"x\" not allowed here\n"), s);
        assertTrue(s.contains("\rvalidated 2/2 files\r\033[K0 files"), s);
        assertEquals(2, s.split("\033\\[K", -1).length - 1, s);
    }
}
