package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
    @TempDir
    Path dir;

    @Test
    void relativeReferencesResolveInsideTheJar() throws SchemaException {
        URI base = URI.create("jar:file:/opt/teikit.jar!/org/teikit/schema/teikit.rnc");
        assertEquals(URI.create("jar:file:/opt/teikit.jar!/org/teikit/schema/parts/header.rnc"),
                Catalog.of(List.of()).resolve("parts/header.rnc", base));
    }

    @Test
    void relativeReferencesResolveAgainstTheirFile() throws SchemaException {
        assertEquals(dir.resolve("a/b.rng").toUri(), Catalog.of(List.of()).resolve("b.rng", dir.resolve("a/doc.xml").toUri()));
    }

    @Test
    void everyRemoteSchemeIsRefused() throws SchemaException {
        Catalog catalog = Catalog.of(List.of());
        for (String remote : List.of("http://example.org/a.rng", "https://example.org/a.rng", "ftp://example.org/a.rng",
                "jar:http://example.org/a.jar!/a.rng")) {
            SchemaException e = assertThrows(SchemaException.class, () -> catalog.resolve(remote, null), remote);
            assertEquals(true, e.getMessage().contains("never fetches"), e.getMessage());
        }
    }

    @Test
    void userCatalogsComeBeforeTheDefaultOne() throws SchemaException {
        Path catalog = TestFiles.write(dir, "catalog.xml", """
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                  <uri name="https://teikit.org/schema/teikit.rnc" uri="mine.rnc"/>
                </catalog>
                """);
        assertEquals(dir.resolve("mine.rnc").toUri(),
                Catalog.of(List.of(catalog)).resolve("https://teikit.org/schema/teikit.rnc", null));
    }

    /** A batch validates in parallel through one catalog: lookups from many threads at once all resolve. */
    @Test
    void lookupsFromManyThreadsAtOnceAllResolve() throws Exception {
        Path user = java.nio.file.Files.writeString(dir.resolve("user-catalog.xml"),
                "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\"><uri name=\"urn:x:none\" uri=\"none.rnc\"/></catalog>");
        Catalog catalog = Catalog.of(List.of(user));
        // an edition's own schema, which no catalog maps: every catalog is searched for it
        URI base = dir.resolve("tei/doc.xml").toUri();
        URI expected = catalog.resolve("../schema/teikit.rnc", base);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<URI>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 4000; i++) all.add(pool.submit(() -> catalog.resolve("../schema/teikit.rnc", base)));
            for (var f : all) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
