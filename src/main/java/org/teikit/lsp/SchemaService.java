package org.teikit.lsp;

import java.nio.file.Path;
import java.util.Optional;
import org.teikit.validate.SchemaException;
import org.teikit.validate.Schemas;

/**
 * The one compiled {@link Schemas} every open document shares, as {@code teikit validate} would build it from the
 * settings; rebuilt (so its schemas recompile when next needed) when the settings change or a schema file does.
 */
final class SchemaService {
    private final Optional<Path> schematronCache;
    private volatile Settings settings = Settings.DEFAULTS;
    private volatile Schemas schemas;
    private volatile String problem;   // why the settings give no schemas (an unreadable catalog)
    private volatile GrammarGuides guides;

    SchemaService(Optional<Path> schematronCache) {
        this.schematronCache = schematronCache;
        rebuild();
    }

    Settings settings() {
        return settings;
    }

    void configure(Settings s) {
        settings = s;
        rebuild();
    }

    synchronized void rebuild() {
        Settings s = settings;
        Schemas.Builder b = Schemas.builder().schematron(s.schematron());
        schematronCache.ifPresent(dir -> b.schematronCache(dir.resolve("schematron")));
        s.catalogs().forEach(b::catalog);
        if (s.defaultSchema() != null) b.defaultSchema(s.defaultSchema());
        try {
            schemas = b.build();
            problem = null;
        } catch (SchemaException e) {
            schemas = null;
            problem = e.getMessage();
        }
        guides = schemas == null ? null : new GrammarGuides(schemas);
    }

    /** The current schemas, or null (then {@link #problem()} says why). */
    Schemas schemas() {
        return schemas;
    }

    String problem() {
        return problem;
    }

    GrammarGuides guides() {
        return guides;
    }
}
