package org.teikit.source;

import java.nio.file.Path;

/**
 * A problem at a place in a file: every exception that knows where it happened says so the same way,
 * {@code file:line:column: problem}, so that one handler prints them all (and editors can jump to the place).
 */
public interface Located {
    Path file();

    /** 1-based line, or 0 when not known. */
    long line();

    /** 1-based column, or 0 when not known. */
    long column();

    /** What is wrong, without the place. */
    String problem();

    /** {@code file:line:column: problem}, leaving out what is not known. */
    static String describe(Path file, long line, long column, String problem) {
        String where = line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "";
        return file + where + ": " + problem;
    }
}
