package org.teikit.fidelity;

import org.junit.jupiter.api.Test;
import org.teikit.convert.Converter;
import org.teikit.edition.Provenance;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The faithfulness rule on the project's real sources, with whatever families the converter has today. */
class SeedsAreFaithfulTest {

    @Test
    void everySourceConvertsWithoutLosingOrAddingAWord() throws Exception {
        List<Path> sources;
        try (Stream<Path> s = Files.list(Path.of("sources"))) {
            sources = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(sources.isEmpty(), "sources/*.txt");
        List<String> problems = new ArrayList<>();
        for (Path source : sources) {
            SourceDocument doc = SourceDocument.parse(SourceText.read(source));
            byte[] xml = Provenance.stamp(Converter.standard().convert(doc).tei());
            FidelityReport r = Fidelity.compare(doc, Path.of(source.getFileName() + ".xml"), xml);
            assertTrue(r.source().text() > 100, source + " " + r.source());
            if (!r.isFaithful()) {
                r.lost().forEach(d -> problems.add(source + ": " + d));
                r.added().forEach(d -> problems.add(source + ": " + d));
            }
        }
        assertEquals(List.of(), problems);
    }
}
