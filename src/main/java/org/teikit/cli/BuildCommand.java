package org.teikit.cli;

import org.teikit.edition.Build;
import org.teikit.validate.SchemaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:converted, every word kept, every TEI file valid, views rendered", "1:a TEI file is invalid, or a word was lost or added", "2:usage or I/O error, a source that cannot be converted, a schema that cannot be used"}, mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline for an edition folder.",
                "sources/*.txt → tei/*.xml (+ tei/persons.xml) → validate → build/site/*.html (+ index.html) and build/text/*.txt.",
                "Exit 0 when everything is valid, 1 when a TEI file is invalid, 2 when a source cannot be read."})
public final class BuildCommand implements Callable<Integer> {

    @Option(names = {"-C", "--directory"}, paramLabel = "DIR", defaultValue = ".",
            description = "The edition folder holding sources/ (default: the current folder).")
    Path root;

    @Mixin
    QuietOption quiet;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Mixin
    ColorOption color;

    @Override
    public Integer call() throws IOException, SchemaException {
        if (format.json()) {
            JsonBuildLog log = new JsonBuildLog();
            Build.Result r = new Build(Build.Layout.of(root), log).run();
            spec.commandLine().getOut().println(log.document(r));
            spec.commandLine().getOut().flush();
            return r.exitCode();
        }
        Build.Result r = new Build(Build.Layout.of(root), new BuildLog(spec.commandLine().getOut(), quiet.quiet, color.out())).run();
        return r.exitCode();
    }
}
