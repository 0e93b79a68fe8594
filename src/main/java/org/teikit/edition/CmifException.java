package org.teikit.edition;

import org.teikit.source.LocatedException;

import java.nio.file.Path;

/** A TEI file that cannot be read for correspondence metadata; names the file and position. */
public final class CmifException extends LocatedException {
    public CmifException(Path file, long line, long column, String problem) {
        super(file, line, column, problem, null);
    }
}
