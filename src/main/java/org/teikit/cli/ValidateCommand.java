package org.teikit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.teikit.validate.Batch;
import org.teikit.validate.FileResult;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;
import org.teikit.validate.Summary;
import org.teikit.validate.Validator;
import org.teikit.tei.AtomicFiles;
import org.teikit.validate.report.ReportFormat;
import org.teikit.validate.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code teikit validate}: RELAX NG (Jing) and Schematron validation of TEI files, in batch. */
@Command(name = "validate",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file valid", "1:a file is invalid (its messages say where)", "2:usage or I/O error, or a schema that cannot be used (no verdict for the files that name it)"},
        mixinStandardHelpOptions = true,
        description = {
            "Validate XML files against RELAX NG (as Jing does) and Schematron.",
            "Schemas: the --schema files if given; else each document's <?xml-model?> instructions; else teikit's"
                    + " own TEI schema. Schematron embedded in RELAX NG (TEI's tei_all.rng) runs too.",
            "Nothing is fetched from the network: map schema URLs to local files with --catalog.",
            "Exit status: 0 all valid, 1 some invalid, 2 usage, I/O or schema error."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "XML files, or folders searched recursively for *.xml (sorted); @LIST reads them from the file LIST, one per line; - alone reads one document from standard input (reported as <stdin>).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "FILE",
            description = "Schema to use for every file (.rng, .rnc or .sch); repeatable. Overrides xml-model.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "OASIS XML catalog mapping schema URLs to local files; repeatable.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--xinclude", description = "Validate each document as its xi:include elements assemble it"
            + " (local files only, relative to the including file; messages name the included file). Off by default:"
            + " an xi:include is then validated as the element it is. A remote href, a loop or an unreadable file"
            + " gives no verdict (exit 2).")
    boolean xinclude;

    @Option(names = "--no-schematron", description = "Skip Schematron (separate and embedded in RELAX NG).")
    boolean noSchematron;

    @Option(names = "--no-cache", description = "Do not keep compiled Schematron between runs (kept by default in"
            + " $TEIKIT_CACHE, else $XDG_CACHE_HOME/teikit, else ~/.cache/teikit).")
    boolean noCache;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "Report format: text, json or junit (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (complete or not at all) instead of standard output.")
    Path output;

    @Mixin
    JobsOption jobs;

    @Option(names = "--max-errors", paramLabel = "N",
            description = "Messages shown per file before \"… more errors not shown\" (default: ${DEFAULT-VALUE}).")
    int maxErrors = Validator.DEFAULT_MAX_MESSAGES;

    @Option(names = "--parse-only", hidden = true, description = "Check well-formedness only (benchmark floor).")
    boolean parseOnly;

    /** The file argument that stands for standard input. */
    private static final String STDIN = "-";

    @Mixin
    ColorOption color;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int workers = jobs.jobs();
        if (maxErrors < 1) {
            err.println("teikit validate: --max-errors must be at least 1");
            return ExitCode.ERROR;
        }
        try {
            boolean stdin = files.size() == 1 && files.get(0).toString().equals(STDIN);
            List<Path> inputs = stdin ? List.of() : Batch.collect(files);
            Schemas compiled = parseOnly ? Schemas.wellFormednessOnly() : compile(inputs, !stdin);
            Batch batch = new Batch(compiled, workers, maxErrors);
            Batch.Progress progress = Colour.terminal(2) ? new TerminalProgress(err) : null;   // never into a log file
            Summary summary;
            if (output == null) {
                ReportWriter report = report(spec.commandLine().getOut(), color.out());
                summary = stdin ? runStdin(batch, report) : run(batch, inputs, report, progress);
            } else {
                Summary[] holder = new Summary[1];
                AtomicFiles.<SchemaException>write(output, stream -> {
                    Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                    ReportWriter report = report(w, Colour.PLAIN);        // a file never gets colours
                    holder[0] = stdin ? runStdin(batch, report) : run(batch, inputs, report, progress);
                    w.flush();
                });
                summary = holder[0];
                err.println(summary.toString(color.err()));
            }
            if (summary.unchecked() > 0) {
                err.println("teikit validate: " + summary.unchecked() + " of " + summary.files() + " files got no verdict: a "
                        + "schema they name cannot be used (see the messages at their xml-model)"
                        + (xinclude ? ", or a file they include cannot be included (see the messages at the xi:include)" : "")
                        + ". A remote schema needs a local copy, registered once with: teikit schema add URL FILE");
                return ExitCode.ERROR;
            }
            return summary.allValid() ? ExitCode.OK : ExitCode.INVALID;
        } catch (SchemaException e) {
            err.println("teikit validate: " + e.getMessage());
            return ExitCode.ERROR;
        } catch (IOException e) {
            err.println("teikit validate: " + Failures.io(e));
            return ExitCode.ERROR;
        }
    }

    private Schemas compile(List<Path> inputs, boolean narrow) throws SchemaException {
        Schemas.Builder b = Schemas.builder().schematron(!noSchematron).xinclude(xinclude);
        if (!noCache) CacheFolder.locate(System.getenv()).ifPresent(dir -> b.schematronCache(dir.resolve("schematron")));
        // reading the documents' names first costs a fraction of what Schematron rules they cannot trigger cost
        if (!noSchematron && narrow) b.documents(inputs, jobs.jobs());
        schemas.forEach(b::schema);
        catalogs.forEach(b::catalog);
        return b.build();
    }

    /** The report in the chosen format; the text one coloured by {@code colour}. */
    private ReportWriter report(Writer out, Colour colour) {
        return format == ReportFormat.TEXT ? ReportWriter.text(out, colour) : ReportWriter.of(format, out);
    }

    private Summary run(Batch batch, List<Path> inputs, ReportWriter report, Batch.Progress progress)
            throws SchemaException, IOException {
        try {
            // the progress line is cleared before a message is printed, so no message is glued to it
            if (progress instanceof TerminalProgress t) report = t.clearingBefore(report);
            return batch.run(inputs, report, progress);
        } finally {
            if (progress instanceof TerminalProgress t) t.clear();
        }
    }

    /**
     * The document on standard input, named {@code <stdin>} in the report; a relative {@code xml-model} is read from
     * the current folder, as for a file there.
     */
    private Summary runStdin(Batch batch, ReportWriter report) throws SchemaException, IOException {
        byte[] document = System.in.readAllBytes();
        return batch.run(document, "<stdin>", Path.of("").toAbsolutePath().resolve("stdin.xml").toUri(), report);
    }

    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a report format (text, json, junit)");
            }
        }
    }

    /** "validated 120/1011 files" on stderr, rewritten in place at most four times a second. */
    static final class TerminalProgress implements Batch.Progress {
        private final PrintWriter err;
        private long last;

        TerminalProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void done(int finished, int total) {
            long now = System.nanoTime();
            if (now - last < 250_000_000L && finished < total) return;
            last = now;
            err.print("\rvalidated " + finished + "/" + total + (total == 1 ? " file" : " files"));
            err.flush();
            shown = true;
        }

        private boolean shown;

        void clear() {
            if (!shown) return;
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }

        /** The report, with this line cleared before each file that has messages and before the summary. */
        ReportWriter clearingBefore(ReportWriter report) {
            return new ReportWriter() {
                @Override public void begin() throws IOException { report.begin(); }

                @Override public void file(FileResult r) throws IOException {
                    if (!r.messages().isEmpty() || r.truncated()) clear();
                    report.file(r);
                }

                @Override public void end(Summary s) throws IOException {
                    clear();
                    report.end(s);
                }
            };
        }
    }
}
