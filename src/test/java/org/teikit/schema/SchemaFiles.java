package org.teikit.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the schema sources and the test fixtures live (the official TEI schema: TeiAll). */
final class SchemaFiles {
    static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    private SchemaFiles() {}

    /** The editable {@code schema/} directory of the working tree (Maven runs tests from basedir). */
    static Path schemaDir() {
        return existing(Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "schema"));
    }

    static Path rnc() { return existing(schemaDir().resolve("teikit.rnc")); }
    static Path rng() { return existing(schemaDir().resolve("teikit.rng")); }
    static Path sch() { return existing(schemaDir().resolve("teikit.sch")); }
    static Path odd() { return existing(schemaDir().resolve("teikit.odd")); }
    static Path catalog() { return existing(schemaDir().resolve("catalog.xml")); }

    /** The *.xml fixtures of {@code src/test/resources/schema/<kind>/}, sorted by name. */
    static List<Path> fixtures(String kind) {
        Path dir = existing(Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
                "src", "test", "resources", "schema", kind));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> xml = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            assertTrue(!xml.isEmpty(), "no fixtures in " + dir);
            return xml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(Path p) {
        assertTrue(Files.exists(p), "missing " + p.toAbsolutePath());
        return p;
    }
}
