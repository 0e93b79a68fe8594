package org.teikit.fidelity;

/** A 1-based line and column in a file (columns count UTF-16 characters). */
public record Position(long line, long column) implements Comparable<Position> {
    public static final Position UNKNOWN = new Position(0, 0);

    @Override
    public int compareTo(Position o) {
        return line != o.line ? Long.compare(line, o.line) : Long.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
