package org.teikit.packaging;

import org.teikit.validate.Batch;
import org.teikit.validate.FileResult;
import org.teikit.validate.Message;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;
import org.teikit.validate.Summary;
import org.teikit.validate.report.ReportWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One validation of a folder's TEI, kept so that it can be written as several reports (JSON and JUnit) without
 * validating twice, with every file named relative to a root (so a report in a bag says {@code tei/a.xml}, where
 * the file is in the bag, not where it was on the packager's disk).
 */
final class ValidationRecord implements ReportWriter {
    private final Path root;
    private final List<FileResult> results = new ArrayList<>();
    private Summary summary = Summary.EMPTY;

    private ValidationRecord(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Validates {@code files} (each under {@code root}) against the schemas they name, else the project's. */
    static ValidationRecord of(Path root, List<Path> files, Schemas schemas) throws IOException, SchemaException {
        ValidationRecord record = new ValidationRecord(root);
        new Batch(schemas, Runtime.getRuntime().availableProcessors(), 20).run(files, record, (done, total) -> {});
        return record;
    }

    @Override
    public void begin() {}

    @Override
    public void file(FileResult r) {
        String name = relative(r.file());
        List<Message> messages = r.messages().stream()
                .map(m -> m.file().equals(r.file()) ? new Message(name, m.line(), m.column(), m.severity(), m.text(), m.source()) : m)
                .toList();
        results.add(new FileResult(name, r.valid(), messages, r.truncated()));
    }

    @Override
    public void end(Summary s) {
        summary = s;
    }

    /** Writes the record as {@code report} would have written the validation itself. */
    void replay(ReportWriter report) throws IOException {
        report.begin();
        for (FileResult r : results) report.file(r);
        report.end(summary);
    }

    List<FileResult> results() {
        return List.copyOf(results);
    }

    List<FileResult> invalid() {
        return results.stream().filter(r -> !r.valid()).toList();
    }

    private String relative(String file) {
        Path p = Path.of(file).toAbsolutePath().normalize();
        return p.startsWith(root) ? PayloadNames.of(root.relativize(p)) : file;
    }
}
