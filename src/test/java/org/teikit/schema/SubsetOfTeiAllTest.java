package org.teikit.schema;

import org.teikit.testing.RelaxNg;
import org.teikit.testing.TeiAll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XPathCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * teikit.rnc is a strict subset of tei_all: fixtures covering every element and every closed value
 * are valid against both; fixtures breaking one restriction each are rejected by teikit.rnc with
 * the expected message (and, where marked, still accepted by tei_all, which proves the restriction
 * is teikit's own).
 */
class SubsetOfTeiAllTest {
    private static RelaxNg teikit;
    private static RelaxNg teiAll;
    private static GrammarFacts grammar;

    @BeforeAll
    static void compileSchemas() {
        teikit = RelaxNg.load(SchemaFiles.rnc());
        teiAll = TeiAll.grammar();
        grammar = GrammarFacts.of(teikit);
    }

    static List<Path> valid() { return SchemaFiles.fixtures("valid"); }
    static List<Path> invalid() { return SchemaFiles.fixtures("invalid"); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validFixtureIsValidAgainstTeikit(Path fixture) {
        assertEquals(List.of(), teikit.errors(fixture));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validFixtureIsValidAgainstTeiAll(Path fixture) {
        assertEquals(List.of(), teiAll.errors(fixture));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validFixtureSatisfiesTeiAllSchematronConstraints(Path fixture) {
        assertEquals(List.of(), OfficialTei.rules().failedAsserts(fixture));
    }

    @Test
    void validFixturesUseEveryElementOfTheGrammar() {
        SortedSet<String> unused = new TreeSet<>(grammar.elements());
        unused.removeAll(usage().elements());
        assertEquals(Set.of(), unused, "elements of teikit.rnc no valid fixture uses");
    }

    @Test
    void validFixturesUseEveryValueOfEveryClosedList() {
        Usage usage = usage();
        Map<String, SortedSet<String>> unused = new TreeMap<>();
        expectedLists().forEach((key, values) -> {
            SortedSet<String> missing = new TreeSet<>(values);
            missing.removeAll(usage.values(key));
            if (!missing.isEmpty()) unused.put(key, missing);
        });
        assertEquals(Map.of(), unused, "closed values no valid fixture uses");
    }

    @Test
    void everyElementOfTheGrammarIsATeiElement() {
        SortedSet<String> foreign = new TreeSet<>(grammar.elements());
        foreign.removeAll(GrammarFacts.of(teiAll).elements());
        assertEquals(Set.of(), foreign);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidFixtureIsRejectedWithTheExpectedMessage(Path fixture) {
        FixtureComments expected = FixtureComments.of(fixture);
        List<String> errors = teikit.errors(fixture);
        assertFalse(errors.isEmpty(), fixture + " should be invalid against teikit.rnc");
        assertTrue(errors.get(0).contains(expected.expect()),
                "first error should contain «" + expected.expect() + "» but was " + errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidFixtureIsJudgedByTeiAllAsItSays(Path fixture) {
        FixtureComments expected = FixtureComments.of(fixture);
        assertEquals(expected.teiAllValid(), teiAll.errors(fixture).isEmpty(),
                fixture + (expected.teiAllValid() ? " restricts TEI, so tei_all must accept it"
                        : " is marked invalid against tei_all too"));
    }

    @Test
    void everyClosedListHasAnInvalidFixture() {
        Set<String> rejected = invalid().stream().map(f -> FixtureComments.of(f).rejects())
                .collect(Collectors.toSet());
        SortedSet<String> untested = new TreeSet<>(expectedLists().keySet());
        untested.removeAll(rejected);
        assertEquals(Set.of(), untested, "closed lists without an invalid fixture");
    }

    private static Map<String, SortedSet<String>> expectedLists() {
        return grammar.closedListsWithGlobals();
    }

    private record Usage(Set<String> elements, Map<String, Set<String>> attributeValues) {
        Set<String> values(String key) {
            if (key.startsWith("*/@")) {
                String att = key.substring(2);
                return attributeValues.entrySet().stream().filter(e -> e.getKey().endsWith("/" + att))
                        .flatMap(e -> e.getValue().stream()).collect(Collectors.toSet());
            }
            return attributeValues.getOrDefault(key, Set.of());
        }
    }

    /** Element names and attribute values the valid fixtures use. */
    private static Usage usage() {
        try {
            Processor saxon = new Processor(false);
            XPathCompiler xpath = saxon.newXPathCompiler();
            xpath.declareNamespace("tei", SchemaFiles.TEI_NS);
            Set<String> elements = new TreeSet<>();
            Map<String, Set<String>> values = new TreeMap<>();
            for (Path fixture : valid()) {
                XdmNode doc = saxon.newDocumentBuilder().build(new StreamSource(fixture.toFile()));
                for (XdmItem item : xpath.evaluate("//tei:*", doc)) {
                    elements.add(((XdmNode) item).getNodeName().getLocalName());
                }
                for (XdmItem item : xpath.evaluate("//tei:*/@*", doc)) {
                    XdmNode att = (XdmNode) item;
                    String key = att.getParent().getNodeName().getLocalName() + "/@" + att.getNodeName();
                    values.computeIfAbsent(key, k -> new TreeSet<>()).add(att.getStringValue());
                }
            }
            return new Usage(elements, values);
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }
}
