package org.teikit.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        ThreadLocal<Validator> validators = ThreadLocal.withInitial(() -> schemas.newValidator(maxMessages));
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "teikit-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            report.begin();
            Deque<Future<FileResult>> window = new ArrayDeque<>();
            int next = 0;
            int finished = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < jobs * 4) {
                    Path file = files.get(next++);
                    window.add(pool.submit(() -> validators.get().validate(file)));
                }
                FileResult result = await(window.poll());
                report.file(result);
                summary = summary.plus(result);
                if (progress != null) progress.done(++finished, files.size());
            }
            summary = summary.withTime(Duration.ofNanos(System.nanoTime() - start));
            report.end(summary);
            return summary;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileResult await(Future<FileResult> f) throws SchemaException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SchemaException s) throw s;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
