package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every document (own fixtures, the shared samples, the TEI corpus under src/test/resources/corpus when present),
 * teikit's RELAX NG verdict and first error position equal those of Jing's own command line against tei_all.rng.
 */
class ExactnessTest {
    private static Schemas grammarOnly;
    private static Map<Path, List<JingDriver.JingMessage>> jing;

    @BeforeAll
    static void validateAllWithJing() throws SchemaException {
        grammarOnly = Schemas.builder().schema(TestFiles.teiAll()).schematron(false).build();
        jing = JingDriver.validate(TestFiles.teiAll(), documents().toList());
    }

    static Stream<Path> documents() {
        List<Path> files = new ArrayList<>();
        files.addAll(xmlUnder(TestFiles.resource("exactness")));
        files.add(TestFiles.shared("tei/samples/valid.xml"));
        files.add(TestFiles.shared("tei/samples/invalid.xml"));
        Path corpus = Path.of("src/test/resources/corpus");
        if (Files.isDirectory(corpus)) files.addAll(xmlUnder(corpus.toAbsolutePath()));
        return files.stream();
    }

    private static List<Path> xmlUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void verdictAndFirstErrorPositionEqualJingsCommandLine(Path file) throws SchemaException {
        List<JingDriver.JingMessage> expected = jing.get(file);
        FileResult actual = grammarOnly.newValidator().validate(file);

        Optional<JingDriver.JingMessage> jingFirst = expected.stream().filter(JingDriver.JingMessage::failsFile)
                .findFirst();
        Optional<Message> ourFirst = actual.messages().stream().filter(m -> m.severity().failsFile()).findFirst();
        assertEquals(jingFirst.isEmpty(), actual.valid(), "verdict: Jing said " + expected + ", teikit " + actual);
        if (jingFirst.isPresent()) {
            JingDriver.JingMessage j = jingFirst.get();
            Message m = ourFirst.orElseThrow();
            assertEquals(j.line() + ":" + j.column() + " " + j.severity(),
                    m.line() + ":" + m.column() + " " + m.severity().label(), "first error of " + file);
            if (m.source() == MessageSource.GRAMMAR) {
                assertEquals(alternativesSorted(j.text()), alternativesSorted(m.text()), "Jing's wording is kept");
            }
        }
    }

    /**
     * Jing lists a datatype's alternatives ("must be an ISO date, must be a year or …") in hash order, which differs
     * between two compilations of the same schema even within one JVM; the alternatives themselves must agree.
     */
    private static String alternativesSorted(String text) {
        int at = text.indexOf("; must be ");
        if (at < 0) return text;
        List<String> alternatives = new ArrayList<>(List.of(text.substring(at + 2).split(", | or ")));
        alternatives.sort(null);
        return text.substring(0, at) + "; " + alternatives;
    }

    @Test
    void fixturesCoverValidInvalidAndMalformedDocuments() {
        long valid = jing.values().stream().filter(l -> l.stream().noneMatch(JingDriver.JingMessage::failsFile)).count();
        long fatal = jing.values().stream().filter(l -> l.stream().anyMatch(m -> m.severity().equals("fatal"))).count();
        assertTrue(valid >= 2, "some documents are valid");
        assertTrue(fatal >= 2, "some documents are malformed");
        assertFalse(valid + fatal == jing.size(), "some documents are well-formed but invalid");
    }
}
