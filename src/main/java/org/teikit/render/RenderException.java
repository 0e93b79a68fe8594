package org.teikit.render;

import java.nio.file.Path;

/** A document could not be rendered: not well-formed, unreadable, or unwritable. The message names the file (and line:column when known). */
public final class RenderException extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    RenderException(Path file, int line, int column, String message, Throwable cause) {
        super(location(file, line, column) + ": " + message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String location(Path file, int line, int column) {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }

    public Path file() { return file; }

    /** 1-based line of the error, or -1 when not known. */
    public int line() { return line; }

    /** 1-based column of the error, or -1 when not known. */
    public int column() { return column; }
}
