package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.validate.fast.FastPath;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Two references for teikit's verdicts. On every document (own fixtures, the shared samples, the TEI corpus under
 * src/test/resources/corpus), teikit's RELAX NG verdict and first error position equal those of Jing's own command
 * line against tei_all.rng, run here with the parser its distributions ship (Apache Xerces, as Debian's {@code jing}
 * runs it). And on those and the project schema's fixtures (src/test/resources/schema), the default, fast path gives
 * every file the same result as the plain path ({@link Schemas.Builder#exact()}), message for message: file, line,
 * column, text, severity and source, against tei_all (its grammar and embedded Schematron) and the project schema.
 */
class ExactnessTest {
    private static Schemas grammarOnly;
    private static Map<Path, List<JingDriver.JingMessage>> jing;
    @TempDir
    static Path cache;
    private static Schemas teiAllFast, teiAllExact, projectFast, projectExact;

    @BeforeAll
    static void validateAllWithJing() throws SchemaException {
        grammarOnly = Schemas.builder().schema(TestFiles.teiAll()).schematron(false).build();
        jing = JingDriver.validate(TestFiles.teiAll(), documents().toList());
    }

    /**
     * Both paths, with the Schematron cache the command line keeps: the fast path narrows only stylesheets from the
     * cache, so a first compilation fills it. Narrowed to a few documents (tei_all to the valid corpus, the project
     * schema to a memorandum, which has no speech and no notes), so that the others, with names those lack, are checked
     * with the whole stylesheets.
     */
    @BeforeAll
    static void compileBothPaths() throws SchemaException {
        Schemas.builder().schema(TestFiles.teiAll()).schematronCache(cache).build();
        Schemas.builder().schematronCache(cache).build().project();
        List<Path> narrowedTo = xmlUnder(Path.of("src/test/resources/corpus/valid").toAbsolutePath());
        teiAllFast = Schemas.builder().schema(TestFiles.teiAll()).schematronCache(cache).documents(narrowedTo, 2).build();
        teiAllExact = Schemas.builder().schema(TestFiles.teiAll()).schematronCache(cache).exact().build();
        projectFast = Schemas.builder().schematronCache(cache)
                .documents(List.of(Path.of("src/test/resources/schema/valid/memorandum.xml").toAbsolutePath()), 1).build();
        projectExact = Schemas.builder().schematronCache(cache).exact().build();
    }

    /** Every document: Jing's corpus, the hostile ones, the project schema's valid and invalid fixtures. */
    static Stream<Path> everyDocument() {
        List<Path> files = new ArrayList<>(documents().toList());
        files.addAll(xmlUnder(Path.of("src/test/resources/corpus/hostile").toAbsolutePath()));
        files.addAll(xmlUnder(Path.of("src/test/resources/schema").toAbsolutePath()));
        return files.stream();
    }

    static Stream<Path> documents() {
        List<Path> files = new ArrayList<>();
        files.addAll(xmlUnder(TestFiles.resource("exactness")));
        files.add(TestFiles.shared("tei/samples/valid.xml"));
        files.add(TestFiles.shared("tei/samples/invalid.xml"));
        // hostile/ is left out: there teikit refuses by design what Jing fetches (see HostileCorpusTest)
        Path corpus = Path.of("src/test/resources/corpus");
        if (Files.isDirectory(corpus)) {
            files.addAll(xmlUnder(corpus.toAbsolutePath()).stream().filter(p -> !p.toString().contains("/hostile/"))
                    .toList());
        }
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDocument")
    void theFastPathGivesEachFileWhatThePlainPathGives(Path file) throws Exception {
        assertEquals(teiAllExact.newValidator().validate(file), teiAllFast.newValidator().validate(file), "tei_all");
        assertEquals(projectExact.newValidator().validate(file), projectFast.newValidator().validate(file),
                "the project schema");
        if (!isUtf8(file)) return;   // an editor's buffer is text
        String text = Files.readString(file);
        Grammar exactGrammar = new Grammar(), fastGrammar = new Grammar();
        FileResult exact = projectExact.newValidator().validate(text, file.toString(), file.toUri(), exactGrammar);
        FileResult fast = projectFast.newValidator().validate(text, file.toString(), file.toUri(), fastGrammar);
        assertEquals(exact, fast, "an editor's buffer");
        assertEquals(exactGrammar.messages, fastGrammar.messages, "a buffer's grammar messages, shown first");
    }

    /** The grammar messages a buffer's validation hands out before Schematron. */
    private static final class Grammar implements Validator.BufferProgress {
        FileResult messages;

        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void grammarChecked(FileResult grammarMessages) {
            messages = grammarMessages;
        }
    }

    private static boolean isUtf8(Path file) throws IOException {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The comparison above proves something only if the fast path's layers ran: stylesheets narrowed, values
     * failing a datatype (worded by a second pass on the fast path), documents with names beyond the narrowing.
     */
    /**
     * As a batch runs: one validator per thread, its memories (remembered datatypes and grammar errors) kept from file
     * to file. Twice over the corpus, so that every failure is met again with its wording remembered.
     */
    @Test
    void oneFastValidatorOverTheCorpusTwiceGivesEachFileTheExactResult() throws SchemaException {
        Validator fast = teiAllFast.newValidator();
        List<Path> files = everyDocument().toList();
        for (int round = 0; round < 2; round++) {
            for (Path f : files) {
                assertEquals(teiAllExact.newValidator().validate(f), fast.validate(f), "round " + round + ", " + f);
            }
        }
    }

    @Test
    void theCorpusExercisesTheFastPathsLayers() throws SchemaException {
        assertNotNull(teiAllFast.explicit().rules().get(0).narrowed(), "tei_all's rules narrowed to the valid corpus");
        assertTrue(teiAllFast.explicit().rules().get(0).narrowed().copiedRules() >= 5, "rules on any element with an"
                + " attribute, and unions, copied per element name");
        assertNull(teiAllExact.explicit().rules().get(0).narrowed(), "the plain path compiles them whole");
        assertNotNull(projectFast.project().rules().get(0).narrowed(), "the project's rules narrowed to the memorandum");
        List<Path> files = everyDocument().toList();
        long datatypeFailures = 0, schematron = 0;
        Validator v = teiAllExact.newValidator();
        for (Path f : files) {
            FileResult r = v.validate(f);
            datatypeFailures += r.messages().stream().filter(m -> m.text().matches("value of attribute .* is invalid; .*"))
                    .count();
            schematron += r.messages().stream().filter(m -> m.source() == MessageSource.SCHEMATRON).count();
        }
        assertTrue(datatypeFailures >= 3, "values failing a datatype: " + datatypeFailures);
        assertTrue(schematron >= 3, "Schematron messages: " + schematron);
        FastPath.Narrowed narrowed = teiAllFast.explicit().rules().get(0).narrowed();
        long whole = 0;
        for (Path f : files) {
            FastPath.NamesCheck names = narrowed.newNamesCheck();
            XMLReader reader = TestFiles.secureReader();
            reader.setContentHandler(names);
            reader.setErrorHandler(names);   // silent: a malformed document is skipped below
            try {
                reader.parse(new InputSource(f.toUri().toString()));
            } catch (IOException | SAXException e) {
                continue;   // malformed: Schematron does not run on it
            }
            if (narrowed.stylesheetFor(names) != narrowed.stylesheet()) whole++;
        }
        assertTrue(whole >= 3, "documents checked with the whole stylesheet: " + whole);
        assertTrue(whole < files.size() / 2, "documents checked with the narrowed one: " + (files.size() - whole));
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
