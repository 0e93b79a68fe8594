package org.teikit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of teikit.sch fires on the fixture built for it (only that rule, with a message naming
 * the offending value) and stays silent on the valid fixtures, which exercise every rule.
 */
class SchematronRulesTest {
    private static Schematron schematron;

    @BeforeAll
    static void compile() {
        schematron = Schematron.compile(SchemaFiles.sch());
    }

    static List<Path> valid() { return SchemaFiles.fixtures("valid"); }
    static List<Path> broken() { return SchemaFiles.fixtures("sch"); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void staysSilentOnValidFixture(Path fixture) {
        assertEquals(List.of(), schematron.failedAsserts(fixture));
    }

    @Test
    void everyRuleMatchesSomethingInTheValidFixtures() {
        SortedSet<String> silent = new TreeSet<>(schemaItems("//sch:rule/@context"));
        for (Path fixture : valid()) schematron.firedRules(schematron.report(fixture)).forEach(silent::remove);
        assertEquals(Set.of(), silent, "rules the valid fixtures never exercise (so their silence proves nothing)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void firesOnlyItsRuleNamingTheOffendingValue(Path fixture) {
        FixtureComments expected = FixtureComments.of(fixture);
        List<Schematron.FailedAssert> failures = schematron.failedAsserts(fixture);
        assertFalse(failures.isEmpty(), fixture + " should fail " + expected.rejects());
        assertEquals(Set.of(expected.rejects()),
                failures.stream().map(Schematron.FailedAssert::id).collect(Collectors.toSet()), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.text().contains(expected.expect())),
                "some message should contain «" + expected.expect() + "»: " + failures);
    }

    @Test
    void everyAssertionHasAFixtureThatFiresIt() {
        SortedSet<String> untested = new TreeSet<>(schemaItems("//sch:assert/@id"));
        broken().forEach(f -> untested.remove(FixtureComments.of(f).rejects()));
        assertEquals(Set.of(), untested);
    }

    @Test
    void everyAssertionHasAnId() {
        assertEquals(schemaItems("//sch:assert").size(), schemaItems("//sch:assert/@id").size());
    }

    private static List<String> schemaItems(String path) {
        try {
            Processor saxon = new Processor(false);
            XdmNode schema = saxon.newDocumentBuilder().build(new StreamSource(SchemaFiles.sch().toFile()));
            XPathCompiler xpath = saxon.newXPathCompiler();
            xpath.declareNamespace("sch", "http://purl.oclc.org/dsdl/schematron");
            return xpath.evaluate(path, schema).stream().map(XdmItem::getStringValue).toList();
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }
}
