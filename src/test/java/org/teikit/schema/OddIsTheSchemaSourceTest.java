package org.teikit.schema;

import org.teikit.testing.RelaxNg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * teikit.odd says everything teikit.rnc and teikit.sch enforce: a grammar made from the ODD alone
 * (its content models, attribute classes, attributes with their usage and closed lists, macros and
 * datatypes; see odd-to-relaxng.xsl) judges every fixture as teikit.rnc does, with the same
 * messages, declares the same elements, attributes and closed lists, and admits the random
 * documents of teikit.rnc (and teikit.rnc those of the ODD's grammar); the Schematron schema made
 * from its constraintSpecs has teikit.sch's patterns and rules and fires as it does.
 */
class OddIsTheSchemaSourceTest {
    private static final int RANDOM_DOCUMENTS = 120;

    @TempDir static Path work;
    private static RelaxNg rnc;
    private static RelaxNg fromOdd;
    private static Schematron sch;
    private static Schematron rulesFromOdd;
    private static Path rulesFromOddFile;

    @BeforeAll
    static void makeSchemasFromTheOdd() {
        rnc = RelaxNg.load(SchemaFiles.rnc());
        fromOdd = RelaxNg.load(OddSchemas.grammar(SchemaFiles.odd(), work));
        sch = Schematron.compile(SchemaFiles.sch());
        rulesFromOddFile = OddSchemas.rules(SchemaFiles.odd(), work);
        rulesFromOdd = Schematron.compile(rulesFromOddFile);
    }

    static List<Path> valid() { return SchemaFiles.fixtures("valid"); }
    static List<Path> invalid() { return SchemaFiles.fixtures("invalid"); }
    static List<Path> schematronFixtures() {
        return Stream.of(SchemaFiles.fixtures("sch"), SchemaFiles.fixtures("valid")).flatMap(List::stream).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void grammarFromTheOddAcceptsValidFixture(Path fixture) {
        assertEquals(List.of(), fromOdd.errors(fixture));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void grammarFromTheOddRejectsInvalidFixtureAsTeikitRncDoes(Path fixture) {
        List<String> expected = rnc.errors(fixture);
        assertFalse(expected.isEmpty(), fixture + " is no longer invalid against teikit.rnc");
        assertEquals(unordered(expected), unordered(fromOdd.errors(fixture)));
    }

    /**
     * Jing lists the datatypes a failed value "must be" in an order of its own that differs
     * between two compilations of the same choice; the alternatives are compared as a sorted list.
     */
    private static List<String> unordered(List<String> errors) {
        return errors.stream().map(e -> {
            int at = e.indexOf("; must be ");
            if (at < 0) return e;
            String[] alternatives = e.substring(at + 2).replace(" or must be ", ", must be ").split(", (?=must be )");
            java.util.Arrays.sort(alternatives);
            return e.substring(0, at) + "; " + String.join(", ", alternatives);
        }).toList();
    }

    @Test
    void grammarFromTheOddDeclaresTheElementsAndClosedListsOfTeikitRnc() {
        GrammarFacts expected = GrammarFacts.of(rnc);
        GrammarFacts actual = GrammarFacts.of(fromOdd);
        assertEquals(expected.elements(), actual.elements());
        assertEquals(expected.closedLists(), actual.closedLists());
    }

    @Test
    void grammarFromTheOddGivesEachElementTheAttributesOfTeikitRncRequiredAlike() {
        assertEquals(AttributeFacts.of(rnc), AttributeFacts.of(fromOdd));
    }

    @Test
    void randomDocumentsOfEitherGrammarAreValidAgainstTheOther() {
        List<String> failures = new ArrayList<>();
        failures.addAll(crossCheck(rnc, fromOdd, "teikit.rnc's", "the ODD's grammar"));
        failures.addAll(crossCheck(fromOdd, rnc, "the ODD's grammar's", "teikit.rnc"));
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schematronFixtures")
    void rulesFromTheOddFireAsTeikitSchDoes(Path fixture) {
        assertEquals(sch.failedAsserts(fixture), rulesFromOdd.failedAsserts(fixture));
    }

    @Test
    void constraintSpecsMirrorTeikitSchRuleByRule() {
        assertEquals(SchematronOutline.of(SchemaFiles.sch()), SchematronOutline.of(rulesFromOddFile));
    }

    /** The comparison above notices a lost rule: without fw's required @type, fw-without-type passes. */
    @Test
    void anOddThatLosesARequiredAttributeMakesALooserGrammar() throws IOException {
        String odd = Files.readString(SchemaFiles.odd());
        String fwType = "<attDef ident=\"type\" mode=\"replace\" usage=\"req\">";
        int fw = odd.indexOf("<elementSpec ident=\"fw\"");
        int at = odd.indexOf(fwType, fw);
        Path looser = work.resolve("looser.odd");
        Files.writeString(looser, odd.substring(0, at) + fwType.replace("req", "opt") + odd.substring(at + fwType.length()));
        Path dir = Files.createDirectories(work.resolve("looser"));
        RelaxNg grammar = RelaxNg.load(OddSchemas.grammar(looser, dir));
        Path fixture = SchemaFiles.fixtures("invalid").stream()
                .filter(f -> f.getFileName().toString().equals("fw-without-type.xml")).findFirst().orElseThrow();
        assertNotEquals(rnc.errors(fixture), grammar.errors(fixture));
        assertEquals(List.of(), grammar.errors(fixture));
    }

    /** An element whose content the ODD leaves to TEI is refused, not guessed. */
    @Test
    void anElementSpecWithoutContentIsRefused() throws IOException {
        String odd = Files.readString(SchemaFiles.odd());
        int hi = odd.indexOf("<elementSpec ident=\"hi\"");
        int from = odd.indexOf("<content>", hi);
        int to = odd.indexOf("</content>", from) + "</content>".length();
        Path silent = work.resolve("silent.odd");
        Files.writeString(silent, odd.substring(0, from) + odd.substring(to));
        Path dir = Files.createDirectories(work.resolve("silent"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OddSchemas.grammar(silent, dir));
        assertTrue(refused.getMessage().contains("elementSpec hi states no content"), refused.getMessage());
    }

    private static List<String> crossCheck(RelaxNg source, RelaxNg judge, String sourceName, String judgeName) {
        RandomDocuments generator = RandomDocuments.of(source);
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= RANDOM_DOCUMENTS && failures.size() < 3; seed++) {
            String xml = generator.generate(seed, 9 + (int) (seed % 3));
            List<String> errors = judge.errorsInText(xml);
            if (!errors.isEmpty()) failures.add(sourceName + " document " + seed + " is invalid against " + judgeName + ": " + errors + "\n" + xml);
        }
        return failures;
    }
}
