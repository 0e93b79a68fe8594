package org.teikit.cli;

import org.teikit.tei.XmlFiles;
import org.teikit.render.RenderException;
import org.teikit.edition.PersonsIndex;
import org.teikit.render.Views;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code teikit render --html|--text PATH... [-o DIR] [--width N] [--site]}: the reading views. */
@Command(name = "render",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every view written", "2:usage or I/O error, a file that cannot be read or rendered (the others are still rendered)"},
        description = "Render TEI files as standalone HTML pages or as plain text.",
        mixinStandardHelpOptions = true)
final class RenderCommand implements Callable<Integer> {

    static final class Format {
        @Option(names = "--html", required = true, description = "One HTML5 page per file.")
        boolean html;
        @Option(names = "--text", required = true, description = "One UTF-8 plain-text file per file.")
        boolean text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Format format;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "TEI files, or directories (their *.xml files, recursively).")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Output directory (default: beside each input).")
    Path outDir;

    @Option(names = "--width", paramLabel = "N", defaultValue = "72",
            description = "Line width of the text view (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--xinclude", description = "Render each document as its xi:include elements assemble it (local"
            + " files only, relative to the including file; loops and remote hrefs refused). Off by default.")
    boolean xinclude;

    @Option(names = "--site", description = "With --html: also write index.html and persons.html (needs -o).")
    boolean site;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    ColorOption color;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (width < 20) return usage(err, "--width must be at least 20");
        if (site && (format.text || outDir == null)) return usage(err, "--site needs --html and -o DIR");
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try {
                    files.addAll(XmlFiles.under(p));
                } catch (IOException e) {
                    err.println("teikit: " + p + ": " + e.getMessage());
                    return ExitCode.ERROR;
                }
            } else {
                files.add(p);
            }
        }
        Views views = Views.compile().withXInclude(xinclude);
        List<RenderException> failures;
        if (site) {
            failures = new ArrayList<>();
            // the edition's persons index is not a document: persons.html is made from it and the documents
            Path registry = files.stream().filter(f -> f.getFileName().toString().equals(PersonsIndex.FILE_NAME)).findFirst().orElse(null);
            if (registry != null) files.removeIf(f -> f.getFileName().toString().equals(PersonsIndex.FILE_NAME));
            try {
                views.site(files, registry, outDir);
            } catch (RenderException e) {
                failures.add(e);
                for (Throwable s : e.getSuppressed()) if (s instanceof RenderException r) failures.add(r);
            }
        } else if (format.html) {
            failures = views.htmlAll(files, outDir);
        } else {
            failures = views.textAll(files, outDir, width);
        }
        for (RenderException f : failures) Failures.print(err, f);
        int done = files.size() - failures.size();
        out.println("rendered " + done + " of " + files.size() + " file" + (files.size() == 1 ? "" : "s")
                + (format.html ? " as HTML" : " as text") + (outDir != null ? " into " + outDir : ""));
        out.flush();
        err.flush();
        return failures.isEmpty() ? ExitCode.OK : ExitCode.ERROR;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("teikit: " + message);
        return ExitCode.ERROR;
    }
}
