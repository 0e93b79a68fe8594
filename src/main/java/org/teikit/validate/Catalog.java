package org.teikit.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.catalog.CatalogException;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;
import javax.xml.transform.Source;

/**
 * Turns a schema reference into a local URI: relative to its base, then through the OASIS XML catalogs (the user's
 * first, then teikit's own, which maps {@code https://teikit.org/schema/…} to the bundled schema). What still points
 * at the network afterwards is refused: validation never downloads anything.
 */
final class Catalog {
    /** Shipped with the project schema (schema/catalog.xml), mapping https://teikit.org/schema/… to it. */
    static final String DEFAULT_CATALOG = "/org/teikit/schema/catalog.xml";

    private final CatalogResolver resolver;
    private final SchemaStore store;

    private Catalog(CatalogResolver resolver, SchemaStore store) {
        this.resolver = resolver;
        this.store = store;
    }

    static Catalog of(List<Path> userCatalogs) throws SchemaException {
        return of(userCatalogs, null);
    }

    /** The user's catalogs, then the schema store's local copies (when {@code store} is given), then teikit's own. */
    static Catalog of(List<Path> userCatalogs, SchemaStore store) throws SchemaException {
        List<URI> uris = new ArrayList<>();
        for (Path p : userCatalogs) {
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                throw new SchemaException(p + ": catalog not found or not readable");
            }
            uris.add(p.toAbsolutePath().normalize().toUri());
        }
        URL bundled = Catalog.class.getResource(DEFAULT_CATALOG);
        if (bundled == null) throw new IllegalStateException("teikit's default catalog is missing from the classpath");
        try {
            uris.add(bundled.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        CatalogFeatures features = CatalogFeatures.builder()
                .with(CatalogFeatures.Feature.RESOLVE, "continue")
                .with(CatalogFeatures.Feature.PREFER, "system")
                .build();
        try {
            return new Catalog(CatalogManager.catalogResolver(features, uris.toArray(URI[]::new)), store);
        } catch (CatalogException | IllegalArgumentException e) {
            throw new SchemaException("cannot read catalog: " + e.getMessage(), e);
        }
    }

    /**
     * The local URI that {@code href} (relative to {@code base}, which may be null) stands for.
     *
     * @throws SchemaException when it is not a URI, or when neither it nor its catalog mapping is a local resource
     */
    URI resolve(String href, URI base) throws SchemaException {
        URI absolute;
        try {
            URI ref = new URI(href.strip());
            if (base == null || ref.isAbsolute()) absolute = ref;
            // jar: URIs are opaque to java.net.URI; URL resolves inside them (schemas bundled in the jar)
            else if (base.isOpaque()) absolute = new URL(base.toURL(), ref.toString()).toURI();
            else absolute = base.resolve(ref);
        } catch (URISyntaxException | IllegalArgumentException | java.net.MalformedURLException e) {
            throw new SchemaException("\"" + href + "\" is not a valid URI");
        }
        if (!absolute.isAbsolute()) absolute = Path.of(absolute.getPath()).toAbsolutePath().toUri();
        URI mapped = map(absolute);
        if (mapped == null && store != null && !isLocal(absolute)) mapped = store.lookup(absolute).orElse(null);
        URI target = mapped != null ? mapped : absolute;
        if (!isLocal(target)) {
            throw SchemaException.remote(absolute);
        }
        return target;
    }

    /**
     * The JDK's catalog resolver records the catalogs it has searched in a plain list, so two threads resolving at once
     * (a batch validated in parallel) corrupt it: lookups take turns. A lookup is a few map reads, once a document.
     */
    private synchronized URI map(URI absolute) throws SchemaException {
        try {
            Source s = resolver.resolve(absolute.toString(), null);
            String id = s == null ? null : s.getSystemId();
            if (id == null) {
                var in = resolver.resolveEntity(null, absolute.toString());
                id = in == null ? null : in.getSystemId();
            }
            return id == null || id.equals(absolute.toString()) ? null : new URI(id);
        } catch (CatalogException | URISyntaxException e) {
            throw new SchemaException("catalog lookup of " + absolute + " failed: " + e.getMessage(), e);
        }
    }

    static boolean isLocal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("jar")) return uri.getRawSchemeSpecificPart().startsWith("file:");
        return scheme.equals("file");
    }
}
