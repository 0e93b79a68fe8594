package org.teikit.fidelity;

import org.teikit.source.Located;

import java.nio.file.Path;

/** A TEI file that cannot be compared: not readable, or not well-formed XML (names file and position). */
public final class FidelityException extends Exception implements Located {
    private final Path file;
    private final long line;
    private final long column;
    private final String problem;

    public FidelityException(Path file, long line, long column, String problem) {
        super(Located.describe(file, Math.max(line, 0), Math.max(line, 0) > 0 ? column : 0, problem));
        this.file = file;
        this.line = Math.max(line, 0);
        this.column = this.line > 0 ? column : 0;
        this.problem = problem;
    }

    @Override public Path file() { return file; }
    @Override public long line() { return line; }
    @Override public long column() { return column; }
    @Override public String problem() { return problem; }
}
