package org.teikit.schema;

import org.teikit.testing.RelaxNg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;
import javax.xml.transform.Source;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * teikit.rng (generated from teikit.rnc with trang, for tools without compact-syntax support) is the
 * same grammar, and the catalog maps the canonical schema URIs to the files beside it, both as URI
 * and as system identifiers (the JDK catalog resolver the validator uses).
 */
class GrammarFormsAndCatalogTest {

    @Test
    void xmlSyntaxGrammarIsTheSameGrammarAsTheCompactOne() {
        // Jing simplifies both to the same normal form iff they define the same patterns
        assertEquals(RelaxNg.load(SchemaFiles.rnc()).simplified(), RelaxNg.load(SchemaFiles.rng()).simplified(),
                "teikit.rng is stale: regenerate it with `trang schema/teikit.rnc schema/teikit.rng`");
    }

    @Test
    void catalogMapsCanonicalSchemaUrisToTheShippedFiles() {
        CatalogFeatures features = CatalogFeatures.builder()
                .with(CatalogFeatures.Feature.RESOLVE, "continue").build();
        CatalogResolver catalog = CatalogManager.catalogResolver(features, SchemaFiles.catalog().toUri());
        for (Path file : List.of(SchemaFiles.rnc(), SchemaFiles.rng(), SchemaFiles.sch(), SchemaFiles.odd())) {
            String canonical = "https://teikit.org/schema/" + file.getFileName();
            Source asUri = catalog.resolve(canonical, null);
            assertNotNull(asUri, "no uri entry for " + canonical);
            assertEquals(local(file), local(URI.create(asUri.getSystemId())), canonical);
            InputSource asSystemId = catalog.resolveEntity(null, canonical);
            assertNotNull(asSystemId, "no system entry for " + canonical);
            assertEquals(local(file), local(URI.create(asSystemId.getSystemId())), canonical);
        }
    }

    private static Path local(Path file) { return file.toAbsolutePath().normalize(); }
    private static Path local(URI uri) { return Path.of(uri).toAbsolutePath().normalize(); }
}
