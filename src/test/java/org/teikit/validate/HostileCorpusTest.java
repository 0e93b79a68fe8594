package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.testing.TeiAll;

/**
 * The corpus's hostile documents (external DTDs and entities, XXE, billion laughs, xml-model on unknown hosts): each
 * is refused with an error on the file, quickly, and nothing it points at ends up in a message.
 */
class HostileCorpusTest {
    private static Schemas teiAll;
    private static Schemas fromDocuments;

    @BeforeAll
    static void compile() throws SchemaException {
        teiAll = TeiAll.teikitGrammar();
        fromDocuments = Schemas.builder().build();
    }

    static Stream<Path> hostile() throws IOException {
        Path dir = Path.of("src/test/resources/corpus/hostile");
        assertTrue(Files.isDirectory(dir), "the corpus branch's hostile fixtures");
        return Files.list(dir).filter(p -> p.toString().endsWith(".xml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedWithAnErrorAndLeaksNothing(Path file) throws IOException {
        // the xml-model document is valid TEI: its hostility shows only when its own PIs choose the schemas
        boolean onlyXmlModelIsHostile = file.getFileName().toString().contains("xml-model");
        Schemas schemas = onlyXmlModelIsHostile ? fromDocuments : teiAll;

        FileResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> schemas.newValidator().validate(file));

        assertFalse(r.valid(), r.messages().toString());
        assertEquals(onlyXmlModelIsHostile, r.unchecked(), r.messages().toString());
        // a schema that cannot be used gives the file no verdict (SCHEMA), a hostile document is malformed
        MessageSource refusedBy = onlyXmlModelIsHostile ? MessageSource.SCHEMA : MessageSource.WELLFORMEDNESS;
        assertTrue(r.messages().stream().anyMatch(m -> m.severity().failsFile() && m.source() == refusedBy),
                r.messages().toString());
        Path hostname = Path.of("/etc/hostname");
        if (Files.isReadable(hostname) && !Files.readString(hostname).isBlank()) {
            String secret = Files.readString(hostname).strip();
            assertTrue(r.messages().stream().noneMatch(m -> m.text().contains(secret)), r.messages().toString());
        }
    }
}
