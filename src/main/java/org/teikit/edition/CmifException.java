package org.teikit.edition;

import org.teikit.source.Located;

import java.nio.file.Path;

/** A TEI file that cannot be read for correspondence metadata; names the file and position. */
public final class CmifException extends Exception implements Located {
    private final Path file;
    private final long line;
    private final long column;
    private final String problem;

    public CmifException(Path file, long line, long column, String problem) {
        super(Located.describe(file, Math.max(line, 0), Math.max(column, 0), problem));
        this.file = file;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.problem = problem;
    }

    @Override public Path file() { return file; }
    @Override public long line() { return line; }
    @Override public long column() { return column; }
    @Override public String problem() { return problem; }
}
