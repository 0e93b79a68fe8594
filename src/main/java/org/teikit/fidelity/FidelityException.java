package org.teikit.fidelity;

import java.nio.file.Path;

/** A TEI file that cannot be compared: not readable, or not well-formed XML (names file and position). */
public final class FidelityException extends Exception {
    private final Path file;

    public FidelityException(Path file, long line, long column, String message) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + message);
        this.file = file;
    }

    public Path file() { return file; }
}
