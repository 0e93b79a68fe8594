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
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The faithfulness rule on the project's real sources, with the families the converter has today. */
class SeedsAreFaithfulTest {
    /**
     * Sources whose conversion the check finds unfaithful, reported to the lead (family work, not the
     * checker's): listed, not hidden — the test fails when one of them becomes faithful, so the entry
     * is removed and the file guarded from then on.
     */
    /** Sources allowed to differ, with the reason; none today (keep the mechanism: a family regression names itself). */
    private static final Map<String, String> KNOWN_UNFAITHFUL = Map.of();

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
            String known = KNOWN_UNFAITHFUL.get(source.getFileName().toString());
            if (known != null) {
                if (r.isFaithful()) problems.add(source + " is faithful now: remove it from KNOWN_UNFAITHFUL");
            } else if (!r.isFaithful()) {
                r.lost().forEach(d -> problems.add(source + ": " + d));
                r.added().forEach(d -> problems.add(source + ": " + d));
            }
        }
        assertEquals(List.of(), problems);
    }
}
