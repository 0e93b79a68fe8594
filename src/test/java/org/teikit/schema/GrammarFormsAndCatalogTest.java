package org.teikit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xmlresolver.CatalogManager;
import org.xmlresolver.ResolverFeature;
import org.xmlresolver.XMLResolverConfiguration;

/**
 * teikit.rng (generated from teikit.rnc with trang, for tools without compact-syntax support) is the
 * same grammar, and the catalog maps the canonical schema URIs to the files beside it.
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
        XMLResolverConfiguration config =
                new XMLResolverConfiguration(List.of(), List.of(SchemaFiles.catalog().toUri().toString()));
        CatalogManager catalog = config.getFeature(ResolverFeature.CATALOG_MANAGER);
        for (Path file : List.of(SchemaFiles.rnc(), SchemaFiles.rng(), SchemaFiles.sch(), SchemaFiles.odd())) {
            URI resolved = catalog.lookupURI("https://teikit.org/schema/" + file.getFileName());
            assertNotNull(resolved, "catalog has no entry for " + file.getFileName());
            assertEquals(file.toAbsolutePath().normalize().toUri(), Path.of(resolved).toAbsolutePath().normalize().toUri());
        }
    }
}
