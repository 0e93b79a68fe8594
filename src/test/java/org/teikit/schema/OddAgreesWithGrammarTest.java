package org.teikit.schema;

import org.teikit.testing.RelaxNg;
import org.teikit.testing.TeiAll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * teikit.odd documents exactly the grammar: the elements its moduleRefs include and the closed
 * value lists of its elementSpecs and classSpecs are those of teikit.rnc (read through Jing's
 * parser), every element has an example that uses it, and the ODD is itself valid TEI.
 */
class OddAgreesWithGrammarTest {
    private static final String EXAMPLES_NS = "http://www.tei-c.org/ns/Examples";

    private static GrammarFacts grammar;
    private static XdmNode odd;
    private static XPathCompiler xpath;

    @BeforeAll
    static void read() throws SaxonApiException {
        grammar = GrammarFacts.of(RelaxNg.load(SchemaFiles.rnc()));
        Processor saxon = new Processor(false);
        odd = saxon.newDocumentBuilder().build(new StreamSource(SchemaFiles.odd().toFile()));
        xpath = saxon.newXPathCompiler();
        xpath.declareNamespace("tei", SchemaFiles.TEI_NS);
        xpath.declareNamespace("eg", EXAMPLES_NS);
    }

    @Test
    void oddIncludesExactlyTheElementsOfTheGrammar() throws SaxonApiException {
        assertEquals(grammar.elements(), oddElements());
    }

    @Test
    void oddClosedValueListsAreThoseOfTheGrammar() throws SaxonApiException {
        SortedMap<String, SortedSet<String>> lists = new TreeMap<>();
        for (XdmItem item : xpath.evaluate("//tei:schemaSpec/(tei:elementSpec | tei:classSpec)"
                + "//tei:attDef[tei:valList/@type = 'closed']", odd)) {
            XdmNode attDef = (XdmNode) item;
            XdmNode spec = (XdmNode) xpath.evaluateSingle("(ancestor::tei:elementSpec | ancestor::tei:classSpec)[1]", attDef);
            String owner = spec.getNodeName().getLocalName().equals("classSpec") ? "*" : spec.attribute("ident");
            SortedSet<String> values = new TreeSet<>();
            for (XdmItem v : xpath.evaluate("tei:valList/tei:valItem/@ident", attDef)) values.add(v.getStringValue());
            lists.put(owner + "/@" + attDef.attribute("ident"), values);
        }
        assertEquals(grammar.closedListsWithGlobals(), lists);
    }

    @Test
    void everyElementHasAnElementSpecWithAnExampleUsingIt() throws SaxonApiException {
        SortedSet<String> withoutExample = new TreeSet<>();
        for (String element : oddElements()) {
            String path = "//tei:elementSpec[@ident = '" + element + "']/tei:exemplum/eg:egXML"
                    + "[descendant-or-self::eg:*[local-name() = '" + element + "']]";
            if (xpath.evaluate(path, odd).isEmpty()) withoutExample.add(element);
        }
        assertEquals(Set.of(), withoutExample);
    }

    @Test
    void elementSpecsOnlyChangeIncludedElements() throws SaxonApiException {
        SortedSet<String> specified = new TreeSet<>();
        for (XdmItem item : xpath.evaluate("//tei:schemaSpec/tei:elementSpec/@ident", odd)) specified.add(item.getStringValue());
        assertEquals(oddElements(), specified);
    }

    @Test
    void oddIsValidTei() {
        assertEquals(List.of(), TeiAll.grammar().errors(SchemaFiles.odd()));
    }

    @Test
    void oddSatisfiesTeiAllSchematronConstraints() {
        assertEquals(List.of(), OfficialTei.rules().failedAsserts(SchemaFiles.odd()));
    }

    @Test
    void oddStartsWhereTheGrammarStarts() throws SaxonApiException {
        assertEquals("TEI", xpath.evaluateSingle("string(//tei:schemaSpec/@start)", odd).getStringValue());
        assertTrue(grammar.elements().contains("TEI"));
    }

    private static SortedSet<String> oddElements() throws SaxonApiException {
        SortedSet<String> elements = new TreeSet<>();
        for (XdmItem include : xpath.evaluate("//tei:schemaSpec/tei:moduleRef/@include", odd)) {
            elements.addAll(Arrays.asList(include.getStringValue().trim().split("\\s+")));
        }
        return elements;
    }
}
