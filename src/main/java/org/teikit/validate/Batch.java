package org.teikit.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.teikit.parallel.Parallel;
import org.teikit.tei.XmlFiles;
import org.teikit.validate.report.ReportWriter;

/**
 * Validates many files in parallel, one {@link Validator} per worker thread, and hands results to a report in input
 * order as they become available. Only a small window of files is in flight, so memory does not grow with the
 * number of files.
 */
public final class Batch {
    /** Told after each file, from the calling thread. */
    public interface Progress {
        void done(int finished, int total);
    }

    private final Schemas schemas;
    private final int jobs;
    private final int maxMessages;

    public Batch(Schemas schemas, int jobs, int maxMessagesPerFile) {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
        if (maxMessagesPerFile < 1) throw new IllegalArgumentException("the message cap must be at least 1");
        this.schemas = schemas;
        this.jobs = jobs;
        this.maxMessages = maxMessagesPerFile;
    }

    /**
     * The files to validate: files as given, folders walked recursively for {@code *.xml} in sorted order.
     *
     * @throws IOException when an argument does not exist or a folder cannot be read
     */
    public static List<Path> collect(List<Path> arguments) throws IOException {
        return org.teikit.tei.InputFiles.expand(arguments, ".xml");
    }

    /**
     * Validates {@code files} and writes each result, in order, then the summary.
     *
     * @throws SchemaException when documents need the project schema and it cannot be compiled
     */
    public Summary run(List<Path> files, ReportWriter report, Progress progress) throws SchemaException, IOException {
        long start = System.nanoTime();
        Summary summary = Summary.EMPTY;
        try (var results = Parallel.of(jobs, "teikit-validate").<Path, FileResult>stream(files, () -> {
            Validator validator = schemas.newValidator(maxMessages);
            return validator::validate;
        })) {
            report.begin();
            int finished = 0;
            for (Parallel.Outcome<Path, FileResult> outcome : results) {
                FileResult result = outcome.get(SchemaException.class);
                report.file(result);
                summary = summary.plus(result);
                if (progress != null) progress.done(++finished, files.size());
            }
        }
        return finish(summary, start, report);
    }

    /**
     * Validates one document read elsewhere (standard input), named {@code name} in the report; a relative
     * {@code xml-model} resolves against {@code documentUri}.
     */
    public Summary run(byte[] document, String name, URI documentUri, ReportWriter report) throws SchemaException, IOException {
        long start = System.nanoTime();
        report.begin();
        FileResult result = schemas.newValidator(maxMessages).validate(document, name, documentUri);
        report.file(result);
        return finish(Summary.EMPTY.plus(result), start, report);
    }

    private static Summary finish(Summary summary, long start, ReportWriter report) throws IOException {
        summary = summary.withTime(Duration.ofNanos(System.nanoTime() - start));
        report.end(summary);
        return summary;
    }
}
