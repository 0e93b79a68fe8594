package org.teikit.source;

import java.nio.file.Path;

/** A source file that cannot be read as a transcription; names the file and the position. */
public final class SourceException extends Exception {
    private final Path file;
    private final long line;
    private final long column;

    public SourceException(Path file, long line, long column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() { return file; }
    public long line() { return line; }
    public long column() { return column; }
}
