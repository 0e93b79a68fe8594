package org.teikit.validate;

/** A schema or catalog that cannot be used: missing, unreadable, broken, or only available over the network. */
public final class SchemaException extends Exception {
    public SchemaException(String message) {
        super(message);
    }

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
