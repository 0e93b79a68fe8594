package org.teikit.cli;

/** Exit codes shared by all subcommands: 0 success, 1 invalid documents or differences, 2 usage or I/O error. */
public final class ExitCode {
    public static final int OK = 0, INVALID = 1, ERROR = 2;

    private ExitCode() {}
}
