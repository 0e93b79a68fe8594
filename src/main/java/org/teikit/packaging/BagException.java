package org.teikit.packaging;

/** A bag that cannot be made or read as asked: the message names the file and what is wrong with it. */
public final class BagException extends Exception {
    public BagException(String message) {
        super(message);
    }

    public BagException(String message, Throwable cause) {
        super(message, cause);
    }
}
