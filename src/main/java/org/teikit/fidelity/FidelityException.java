package org.teikit.fidelity;

import org.teikit.source.LocatedException;

import java.nio.file.Path;

/** A TEI file that cannot be compared: not readable, or not well-formed XML (names file and position). */
public final class FidelityException extends LocatedException {
    public FidelityException(Path file, long line, long column, String problem) {
        super(file, line, line > 0 ? column : 0, problem, null);
    }
}
