package org.teikit.source;

import java.nio.file.Path;

/** An exception at a place in a file: its message is {@code file:line:column: problem}, unknown parts left out. */
public abstract class LocatedException extends Exception implements Located {
    private final Path file;
    private final long line;
    private final long column;
    private final String problem;

    /** A line or column below 1 is not known. */
    protected LocatedException(Path file, long line, long column, String problem, Throwable cause) {
        super(Located.describe(file, Math.max(line, 0), Math.max(column, 0), problem), cause);
        this.file = file;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.problem = problem;
    }

    @Override public final Path file() { return file; }
    @Override public final long line() { return line; }
    @Override public final long column() { return column; }
    @Override public final String problem() { return problem; }
}
