package org.teikit.edition;

/** A TEI file that cannot be read for correspondence metadata; the message names the file and position. */
public final class CmifException extends Exception {
    public CmifException(String message) {
        super(message);
    }
}
