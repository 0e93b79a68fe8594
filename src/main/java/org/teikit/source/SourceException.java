package org.teikit.source;

import java.nio.file.Path;

/** A source file that cannot be read as a transcription; names the file and the position. */
public final class SourceException extends LocatedException {
    /** What kind of problem it is, for a caller that can suggest a remedy (say, naming the encoding). */
    public enum Kind { UNDECODABLE, UNREADABLE }

    private final Kind kind;

    public SourceException(Path file, long line, long column, String problem) {
        this(file, line, column, problem, Kind.UNREADABLE);
    }

    public SourceException(Path file, long line, long column, String problem, Kind kind) {
        super(file, line, column, problem, null);
        this.kind = kind;
    }

    public Kind kind() { return kind; }
}
