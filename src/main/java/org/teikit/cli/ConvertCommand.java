package org.teikit.cli;

import org.teikit.convert.Conversion;
import org.teikit.convert.ConversionException;
import org.teikit.convert.Converter;
import org.teikit.convert.conventions.Explanation;
import org.teikit.edition.Edition;
import org.teikit.edition.ProjectSchemaFiles;
import org.teikit.edition.Provenance;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert transcriptions (markdown-ish text; a saved web page or WebVTT/SubRip captions are read "
                + "too) to TEI P5, one TEI file per source.",
                "Reports the source family chosen for each file and why.",
                "A TEI file edited by hand since teikit wrote it (its recorded content checksum no longer matches, or it "
                        + "has none) is never overwritten without --force: it is kept and reported. Output identical to "
                        + "the existing file is not rewritten. Files are written completely or not at all."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file converted, unchanged, or deliberately kept because it was edited by hand",
                "2:a source could not be read or converted, or a file not written (each named with its position)"})
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Source text files, or folders of them (*.txt, at any depth); "
            + "- alone reads one transcription from standard input and writes its TEI to standard output.")
    List<Path> sources;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "tei",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--family", paramLabel = "NAME",
            description = "Use this source family instead of choosing one (generic, wilson-center, memorandum, bulletin, correspondence).")
    String family;

    @Mixin
    EncodingOption encoding;

    @Option(names = "--force", description = "Overwrite TEI files even when they were edited by hand.")
    boolean force;

    @Option(names = {"-n", "--dry-run"}, description = "Report what would be created or changed (with a summary of changed lines); write nothing.")
    boolean dryRun;

    @Option(names = "--stdout", description = "Write the TEI to standard output instead of files.")
    boolean stdout;

    @Option(names = "--explain", description = "Print each decision taken from the source's evidence with its line: "
            + "which lines are speaker labels and why, which definition went to which reference, where each letter begins.")
    boolean explain;

    @Mixin
    JobsOption jobs;

    @Mixin
    QuietOption quiet;

    @Mixin
    FormatOption format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ColorOption color;

    @Override
    public Integer call() {
        boolean stdin = sources.size() == 1 && sources.get(0).toString().equals("-");
        if (format.json() && (stdin || stdout)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format json writes its report to standard output, where " + (stdin ? "-" : "--stdout") + " writes the TEI");
        }
        if (stdin) return fromStdin();
        try {
            sources = org.teikit.tei.InputFiles.expand(sources, ".txt");      // a folder stands for its *.txt
        } catch (IOException e) {
            spec.commandLine().getErr().println("teikit convert: " + Failures.io(e));
            return ExitCode.ERROR;
        }
        return stdout ? toStdout() : format.json() ? toJson() : toFiles();
    }

    /** A conversion and, for a file written or unchanged, the comparison of its words with the source's (else null). */
    private record Compared(Edition.Outcome outcome, Json.Obj fidelity) {}

    /** The conversions as one JSON document on standard output (docs/cli-json.md); nothing on the error stream. */
    private int toJson() {
        Edition.Options options = new Edition.Options(force, dryRun, family, encoding.encoding, jobs.jobs());
        List<Compared> results = Edition.standard().convert(sources, output, options, (o, document) -> {
            boolean written = !dryRun && (o.status() == Edition.Status.CREATED || o.status() == Edition.Status.UPDATED
                    || o.status() == Edition.Status.UNCHANGED);
            if (!written || document == null) return new Compared(o, null);
            try {
                return new Compared(o, JsonShapes.fidelity(org.teikit.fidelity.Fidelity.compare(document, o.tei())));
            } catch (IOException | org.teikit.fidelity.FidelityException e) {
                return new Compared(o, Json.object().put("error", e instanceof IOException io ? Failures.io(io) : Failures.text(e)));
            }
        });
        List<Object> files = Json.array();
        for (Compared c : results) files.add(JsonShapes.outcome(c.outcome(), explain).put("fidelity", c.fidelity()));
        List<Edition.Outcome> outcomes = results.stream().map(Compared::outcome).toList();
        int status = outcomes.stream().allMatch(Edition.Outcome::ok) ? ExitCode.OK : ExitCode.ERROR;
        Json.Obj summary = JsonShapes.statuses(outcomes)
                .put("warnings", outcomes.stream().mapToInt(o -> o.explanation().warnings().size()).sum());
        PrintWriter out = spec.commandLine().getOut();
        out.println(JsonShapes.document("convert").put("dryRun", dryRun).put("output", JsonShapes.path(output))
                .put("files", files).put("summary", summary).put("exit", status));
        out.flush();
        return status;
    }

    private int toFiles() {
        PrintWriter err = spec.commandLine().getErr();
        Edition.Options options = new Edition.Options(force, dryRun, family, encoding.encoding, jobs.jobs());
        int status = ExitCode.OK;
        String would = dryRun ? "would be " : "";
        for (Edition.Outcome o : Edition.standard().convert(sources, output, options)) {
            report(err, o.source(), o.explanation());
            boolean done = o.ok() && o.status() != Edition.Status.SKIPPED_EDITED;
            if (quiet.quiet && done) continue;                    // a kept hand-edited file is still said
            switch (o.status()) {
                case CREATED -> err.println(o.source() + " → " + o.tei() + ": " + would + "created (" + o.message() + ")");
                case UPDATED -> {
                    err.println(o.source() + " → " + o.tei() + ": " + would + "updated (" + o.message() + ")");
                    if (dryRun) o.changes().forEach(line -> err.println("    " + line));
                }
                case UNCHANGED -> err.println(o.source() + " → " + o.tei() + ": unchanged");
                case SKIPPED_EDITED -> err.println(Failures.describe(o));
                case FAILED -> {
                    err.println(Failures.describe(o));
                    status = ExitCode.ERROR;
                }
            }
        }
        List<Path> missing = ProjectSchemaFiles.missingFor(output);
        if (!dryRun && !quiet.quiet && Files.isDirectory(output) && !missing.isEmpty()) {
            err.println("teikit: note: the TEI files' xml-model names " + missing.get(0) + ", which is not there: validate them"
                    + " with --schema, or build the edition with `teikit build`, which puts the project schema in schema/");
        }
        return status;
    }

    /**
     * Warnings always ({@code file:line: warning: …}: what the conversion could not do, such as a note reference
     * without a definition); with --explain every decision too.
     */
    private void report(PrintWriter err, Path source, Explanation explanation) {
        Colour colour = color.err();
        for (Explanation.Entry e : explanation.entries()) {
            if (!e.warning() && !explain) continue;
            err.println(source + ":" + (e.line() > 0 ? e.line() + ":" : "") + " " + (e.warning() ? colour.warning("warning") : e.topic())
                    + ": " + e.text());
        }
    }

    /** One transcription on standard input, named {@code <stdin>} in messages; its TEI on standard output. */
    private int fromStdin() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SourceText text = SourceText.of(Path.of("<stdin>"), System.in.readAllBytes(), encoding.encoding);
            return print(SourceDocument.parse(text), Path.of("<stdin>"));
        } catch (SourceException e) {
            Failures.print(err, e);
            return ExitCode.ERROR;
        } catch (IOException e) {
            err.println("teikit: <stdin>: cannot read: " + Failures.io(e));
            return ExitCode.ERROR;
        }
    }

    /** Converts one parsed source and prints its TEI; its warnings (and decisions, with --explain) on the error stream. */
    private int print(SourceDocument doc, Path source) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Converter converter = Converter.standard();
            Conversion c = family == null ? converter.convert(doc) : converter.convert(doc, family);
            report(spec.commandLine().getErr(), source, c.explanation());
            out.print(new String(Provenance.stamp(c.tei()), StandardCharsets.UTF_8));
            out.flush();
            return ExitCode.OK;
        } catch (ConversionException e) {
            spec.commandLine().getErr().println("teikit: " + source + ": " + e.getMessage());
            return ExitCode.ERROR;
        }
    }

    private int toStdout() {
        PrintWriter err = spec.commandLine().getErr();
        int status = ExitCode.OK;
        for (Path source : sources) {
            try {
                if (print(SourceDocument.parse(SourceText.read(source, encoding.encoding)), source) != ExitCode.OK) status = ExitCode.ERROR;
            } catch (SourceException e) {
                Failures.print(err, e);
                status = ExitCode.ERROR;
            } catch (IOException e) {
                err.println("teikit: " + source + ": cannot read: " + e);
                status = ExitCode.ERROR;
            }
        }
        spec.commandLine().getOut().flush();
        return status;
    }
}
