package org.teikit.validate;

import com.thaiopensource.resolver.Identifier;
import com.thaiopensource.resolver.Input;
import com.thaiopensource.resolver.Resolver;
import com.thaiopensource.resolver.ResolverException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/** Jing's hook for what a schema includes ({@code include}, {@code externalRef}): through the catalog, local only. */
final class LocalResolver implements Resolver {
    private final Catalog catalog;

    LocalResolver(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void resolve(Identifier id, Input input) throws ResolverException {
        if (input.isResolved()) return;
        try {
            URI base = id.getBase() == null ? null : new URI(id.getBase());
            input.setUri(catalog.resolve(id.getUriReference(), base).toString());
        } catch (SchemaException | URISyntaxException e) {
            throw new ResolverException(e.getMessage());
        }
    }

    @Override
    public void open(Input input) throws IOException, ResolverException {
        if (input.isOpen()) return;
        try {
            URI uri = new URI(input.getUri());
            if (!Catalog.isLocal(uri)) throw new ResolverException(uri + " refused: teikit never fetches from the network");
            input.setByteStream(uri.toURL().openStream());
        } catch (URISyntaxException e) {
            throw new ResolverException(e.getMessage());
        }
    }
}
