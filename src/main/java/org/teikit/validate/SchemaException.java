package org.teikit.validate;

import java.net.URI;
import java.util.Optional;

/** A schema or catalog that cannot be used: missing, unreadable, broken, or only available over the network. */
public final class SchemaException extends Exception {
    private final URI remote;

    public SchemaException(String message) {
        this(message, (Throwable) null);
    }

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
        this.remote = null;
    }

    private SchemaException(URI remote) {
        super(remote + " refused: teikit never fetches schemas from the network, and no local copy of it is "
                + "registered (schema store or catalog)");
        this.remote = remote;
    }

    /** A schema named by a URL that has no local copy. */
    static SchemaException remote(URI url) {
        return new SchemaException(url);
    }

    /** The URL, when the schema is a remote one without a local copy: registering a copy of it fixes this. */
    public Optional<URI> remoteSchema() {
        return Optional.ofNullable(remote);
    }
}
