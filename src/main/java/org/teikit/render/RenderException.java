package org.teikit.render;

import org.teikit.source.Located;

import java.nio.file.Path;

/** A document could not be rendered: not well-formed, unreadable, or unwritable. The message names the file (and line:column when known). */
public final class RenderException extends Exception implements Located {
    private final Path file;
    private final long line;
    private final long column;
    private final String problem;

    RenderException(Path file, int line, int column, String problem, Throwable cause) {
        super(Located.describe(file, Math.max(line, 0), Math.max(column, 0), problem), cause);
        this.file = file;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.problem = problem;
    }

    @Override public Path file() { return file; }
    /** 1-based line of the error, or 0 when not known. */
    @Override public long line() { return line; }
    /** 1-based column of the error, or 0 when not known. */
    @Override public long column() { return column; }
    @Override public String problem() { return problem; }
}
