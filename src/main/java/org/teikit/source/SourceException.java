package org.teikit.source;

import java.nio.file.Path;

/** A source file that cannot be read as a transcription; names the file and the position. */
public final class SourceException extends Exception implements Located {
    /** What kind of problem it is, for a caller that can suggest a remedy (say, naming the encoding). */
    public enum Kind { UNDECODABLE, UNREADABLE }

    private final Path file;
    private final long line;
    private final long column;
    private final String problem;
    private final Kind kind;

    public SourceException(Path file, long line, long column, String problem) {
        this(file, line, column, problem, Kind.UNREADABLE);
    }

    public SourceException(Path file, long line, long column, String problem, Kind kind) {
        super(Located.describe(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.kind = kind;
    }

    @Override public Path file() { return file; }
    @Override public long line() { return line; }
    @Override public long column() { return column; }
    @Override public String problem() { return problem; }
    public Kind kind() { return kind; }
}
