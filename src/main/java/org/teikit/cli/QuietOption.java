package org.teikit.cli;

import picocli.CommandLine.Option;

/** {@code -q/--quiet}, shared by the commands that print a line for each file done: then only problems are printed. */
final class QuietOption {
    @Option(names = {"-q", "--quiet"},
            description = "Print only warnings and failures, not a line for each file done (the exit code says the rest).")
    boolean quiet;
}
