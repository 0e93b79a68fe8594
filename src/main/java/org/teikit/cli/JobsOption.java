package org.teikit.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code -j/--jobs N}, shared by the commands that work on many files at once. */
final class JobsOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files worked on in parallel (default: the number of cores, here ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** The number of workers; a usage error (exit 2, before any work) when it is below 1. */
    int jobs() {
        if (jobs < 1) throw new ParameterException(mixee.commandLine(), "--jobs must be at least 1");
        return jobs;
    }
}
