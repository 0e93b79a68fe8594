package org.teikit.validate.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.teikit.validate.FileResult;
import org.teikit.validate.Message;
import org.teikit.validate.Severity;
import org.teikit.validate.Summary;

/**
 * JUnit XML, as CI systems read it: one {@code testsuite}, one {@code testcase} per file, a {@code failure} holding
 * the messages of each invalid file, warnings in {@code system-out}. The suite's counts come first in the file but
 * are known last, so test cases are spilled to a temporary file until then.
 */
final class JunitReport implements ReportWriter {
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    private final Writer out;
    private Path spill;
    private Writer spillWriter;
    private XMLStreamWriter cases;

    JunitReport(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        spill = Files.createTempFile("teikit-junit", ".xml");
        spillWriter = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
        try {
            cases = XML.createXMLStreamWriter(spillWriter);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void file(FileResult r) throws IOException {
        try {
            cases.writeCharacters("\n  ");
            cases.writeStartElement("testcase");
            cases.writeAttribute("classname", "teikit.validate");
            cases.writeAttribute("name", r.file());
            if (!r.valid()) {
                cases.writeStartElement("failure");
                boolean fatal = r.messages().stream().anyMatch(m -> m.severity() == Severity.FATAL);
                cases.writeAttribute("type", fatal ? "not-well-formed" : "invalid");
                cases.writeAttribute("message", r.errorCount() + (r.truncated() ? "+" : "") + " error"
                        + (r.errorCount() == 1 && !r.truncated() ? "" : "s") + " in " + r.file());
                cases.writeCharacters(lines(r, true));
                cases.writeEndElement();
            }
            if (r.warningCount() > 0) {
                cases.writeStartElement("system-out");
                cases.writeCharacters(lines(r, false));
                cases.writeEndElement();
            }
            cases.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static String lines(FileResult r, boolean errors) {
        String text = r.messages().stream().filter(m -> m.severity().failsFile() == errors).map(Message::toString)
                .collect(Collectors.joining("\n"));
        return errors && r.truncated() ? text + "\n" + TextReport.TRUNCATED : text;
    }

    @Override
    public void end(Summary s) throws IOException {
        try {
            cases.flush();
            cases.close();
            spillWriter.close();
            BufferedWriter w = new BufferedWriter(out);
            XMLStreamWriter head = XML.createXMLStreamWriter(w);
            head.writeStartDocument("UTF-8", "1.0");
            head.writeCharacters("\n");
            head.writeStartElement("testsuite");
            head.writeAttribute("name", "teikit validate");
            head.writeAttribute("tests", Integer.toString(s.files()));
            head.writeAttribute("failures", Integer.toString(s.invalid()));
            head.writeAttribute("errors", "0");
            head.writeAttribute("skipped", "0");
            head.writeAttribute("time", String.format(Locale.ROOT, "%.3f", s.time().toMillis() / 1000.0));
            head.writeCharacters("");
            head.flush();
            try (Reader r = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
                r.transferTo(w);
            }
            w.write("\n</testsuite>\n");
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(spill);
        }
    }
}
