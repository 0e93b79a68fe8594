package org.teikit.edition;

import org.teikit.convert.Conversion;
import org.teikit.convert.conventions.Explanation;
import org.teikit.convert.ConversionException;
import org.teikit.convert.Converter;
import org.teikit.parallel.Parallel;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;
import org.teikit.tei.AtomicFiles;
import org.teikit.tei.IoProblems;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * Converts sources into an edition folder without ever destroying an editor's work: a TEI file whose
 * content no longer matches the checksum teikit recorded in it (or that has no teikit checksum) is kept
 * and reported, unless forced; output identical to the file on disk is not rewritten (its mtime stays);
 * every write is atomic. Thread-safe; one instance may serve a whole build.
 */
public final class Edition {
    /** How many changed lines a dry run shows per file. */
    static final int SUMMARY_LINES = 12;

    /**
     * @param force    overwrite TEI files even when they were edited by hand
     * @param dryRun   report what would change, write nothing
     * @param family   the source family to use, or null to let the converter choose
     * @param encoding character encoding of the sources
     * @param jobs     how many sources to convert at once (each needs about 20 bytes of heap per source byte)
     */
    public record Options(boolean force, boolean dryRun, String family, Charset encoding, int jobs) {
        public Options {
            Objects.requireNonNull(encoding, "encoding");
            if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }

        /** One job per core. */
        public Options(boolean force, boolean dryRun, String family, Charset encoding) {
            this(force, dryRun, family, encoding, Runtime.getRuntime().availableProcessors());
        }

        public static Options defaults() {
            return new Options(false, false, null, StandardCharsets.UTF_8);
        }

        public Options withForce(boolean f) { return new Options(f, dryRun, family, encoding, jobs); }
        public Options withDryRun(boolean d) { return new Options(force, d, family, encoding, jobs); }
        public Options withFamily(String name) { return new Options(force, dryRun, name, encoding, jobs); }
        public Options withEncoding(Charset cs) { return new Options(force, dryRun, family, cs, jobs); }
        public Options withJobs(int n) { return new Options(force, dryRun, family, encoding, n); }
    }

    public enum Status {
        /** the TEI file did not exist and was written (or would be, in a dry run) */
        CREATED,
        /** the TEI file was replaced by new output (or would be) */
        UPDATED,
        /** the new output is identical to the file: not rewritten */
        UNCHANGED,
        /** the TEI file was edited since it was generated: kept, see the message */
        SKIPPED_EDITED,
        /** the source could not be read or converted, or the file not written: see the message */
        FAILED
    }

    /**
     * What happened to one source.
     *
     * @param family  the family used ("" when conversion failed)
     * @param message why (the family choice; the reason a file was kept; the error naming file and position)
     * @param changes for UPDATED, a short summary of changed lines ({@code -12: old}, {@code +12: new})
     */
    /** @param explanation the conversion's decisions and warnings (empty when the source was not converted) */
    /** @param failure for FAILED, the exception behind it when there is one (a caller may word its remedy), else null */
    public record Outcome(Path source, Path tei, Status status, String family, String message, List<String> changes,
                          Explanation explanation, Exception failure) {
        public Outcome {
            changes = List.copyOf(changes);
        }

        public Outcome(Path source, Path tei, Status status, String family, String message, List<String> changes,
                       Explanation explanation) {
            this(source, tei, status, family, message, changes, explanation, null);
        }

        public Outcome(Path source, Path tei, Status status, String family, String message, List<String> changes) {
            this(source, tei, status, family, message, changes, new Explanation());
        }

        /** Done or deliberately kept; false only for FAILED. */
        public boolean ok() {
            return status != Status.FAILED;
        }
    }

    private final Converter converter;

    public Edition(Converter converter) {
        this.converter = Objects.requireNonNull(converter);
    }

    public static Edition standard() {
        return new Edition(Converter.standard());
    }

    /**
     * Converts each source into {@code teiDir}, {@code options.jobs()} at a time; the outcomes are in the order of
     * {@code sources}. Two sources that would write the same TEI file (same base name) are not both converted: the
     * later one fails, naming the earlier, rather than silently replacing its output.
     */
    public List<Outcome> convert(List<Path> sources, Path teiDir, Options options) {
        return convert(sources, teiDir, options, (outcome, document) -> outcome);
    }

    /** What follows one source's conversion on its worker thread, given the document already parsed (null when none). */
    public interface Then<T> {
        T apply(Outcome outcome, SourceDocument document);
    }

    /**
     * As {@link #convert(List, Path, Options)}, each outcome passed on with its parsed source, so that work on the
     * source after its conversion (comparing its words with its TEI's) neither parses it again nor waits for the others.
     */
    public <T> List<T> convert(List<Path> sources, Path teiDir, Options options, Then<T> then) {
        Map<Path, Path> firstByTarget = new HashMap<>();
        List<Callable<T>> tasks = new ArrayList<>();
        for (Path s : sources) {
            Path target = target(s, teiDir);
            Path first = firstByTarget.putIfAbsent(target.toAbsolutePath().normalize(), s);
            tasks.add(first == null ? () -> convert(s, teiDir, options, then)
                    : () -> then.apply(failed(s, target, s + ": not converted: " + first + " is also converted to " + target), null));
        }
        List<T> outcomes = new ArrayList<>(tasks.size());
        for (Parallel.Outcome<Callable<T>, T> o
                : Parallel.of(options.jobs(), "teikit-convert").all(tasks, orderLargestFirst(sources), Callable::call)) {
            outcomes.add(o.get(RuntimeException.class));   // convert() turns every failure into an Outcome
        }
        return outcomes;
    }

    private <T> T convert(Path source, Path teiDir, Options options, Then<T> then) {
        SourceDocument[] parsed = new SourceDocument[1];
        Outcome outcome = convert(source, teiDir, options, parsed);
        return then.apply(outcome, parsed[0]);
    }

    /** Big sources first, so that one large file does not start last and leave the other cores idle. */
    private static int[] orderLargestFirst(List<Path> sources) {
        long[] sizes = new long[sources.size()];
        for (int i = 0; i < sizes.length; i++) {
            try {
                sizes[i] = Files.size(sources.get(i));
            } catch (IOException e) {
                sizes[i] = 0;   // convert() reports it
            }
        }
        return IntStream.range(0, sizes.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> sizes[i]).reversed())
                .mapToInt(Integer::intValue).toArray();
    }

    /** Converts one source into {@code teiDir/<base name>.xml}. Never throws for a bad source: see FAILED. */
    public Outcome convert(Path source, Path teiDir, Options options) {
        return convert(source, teiDir, options, new SourceDocument[1]);
    }

    /** The conversion, the parsed source left in {@code parsed[0]} for a caller that goes on with it. */
    private Outcome convert(Path source, Path teiDir, Options options, SourceDocument[] parsed) {
        Path target = target(source, teiDir);
        Conversion c;
        byte[] xml;
        try {
            SourceDocument doc = SourceDocument.parse(SourceText.read(source, options.encoding()));
            parsed[0] = doc;
            c = options.family() == null ? converter.convert(doc) : converter.convert(doc, options.family());
            xml = Provenance.stamp(c.tei());
        } catch (SourceException e) {
            return new Outcome(source, target, Status.FAILED, "", e.getMessage(), List.of(), new Explanation(), e);
        } catch (ConversionException e) {
            return failed(source, target, source + ": " + e.getMessage());
        } catch (IOException e) {
            return failed(source, target, source + ": cannot read: " + e);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(source, target, source + ": conversion failed (a teikit bug, please report it): " + e);
        }
        String why = "family " + c.family() + ": " + c.reason();
        try {
            if (!Files.exists(target)) {
                if (!options.dryRun()) AtomicFiles.write(target, xml);
                return new Outcome(source, target, Status.CREATED, c.family(), why, List.of(), c.explanation());
            }
            byte[] old = Files.readAllBytes(target);
            if (Arrays.equals(old, xml)) return new Outcome(source, target, Status.UNCHANGED, c.family(), why, List.of(), c.explanation());
            Provenance.Check check = Provenance.check(old);
            if (!check.intact() && !options.force()) {
                return new Outcome(source, target, Status.SKIPPED_EDITED, c.family(),
                        target + " kept: " + check.reason(), List.of(), c.explanation());
            }
            if (!options.dryRun()) AtomicFiles.write(target, xml);
            String note = check.intact() ? why : why + "; forced over a file that " + check.reason();
            return new Outcome(source, target, Status.UPDATED, c.family(), note, LineChanges.summary(old, xml, SUMMARY_LINES),
                    c.explanation());
        } catch (IOException e) {
            return failed(source, target, target + ": cannot write: " + IoProblems.describe(e));
        }
    }

    private static Outcome failed(Path source, Path target, String message) {
        return new Outcome(source, target, Status.FAILED, "", message, List.of());
    }

    private static Path target(Path source, Path teiDir) {
        return teiDir.resolve(baseName(source) + ".xml");
    }

    private static String baseName(Path source) {
        String n = source.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
