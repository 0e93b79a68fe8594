package org.teikit.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.transform.Source;
import net.sf.saxon.xpath.XPathFactoryImpl;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;
import org.xmlunit.util.Convert;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/**
 * Assertions on XML results, read as XML (XMLUnit 2), never as strings: an attribute order, a namespace
 * declaration or a line break cannot fail them, and a substring in a comment or an attribute cannot pass them.
 * XPath is Saxon's XPath 3.1 (so {@code ends-with}, {@code matches}, {@code normalize-space} are at hand), with
 * {@code tei:} bound to the TEI namespace; one assertion checks one fact.
 */
public final class TeiAssert {
    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    private static final Map<String, String> NAMESPACES = Map.of("tei", TEI_NS);
    private static final int SHOWN = 4000;

    private TeiAssert() {}

    /** Asserts that the XPath expression is true of the document (a node set: that it selects a node). */
    public static void assertXPath(String xml, String xpath) {
        if (!truth(xml, xpath)) fail("expected true: " + xpath + "\nin: " + shown(xml));
    }

    /** Asserts that the XPath expression is false of the document (a node set: that it selects nothing). */
    public static void assertNoXPath(String xml, String xpath) {
        if (truth(xml, xpath)) fail("expected false: " + xpath + "\nin: " + shown(xml));
    }

    /** Asserts the string value of the XPath expression (of its first node, for a node set). */
    public static void assertXPathValue(String expected, String xml, String xpath) {
        String actual = engine().evaluate(xpath, source(xml));
        if (!expected.equals(actual)) {
            fail(xpath + ": expected <" + expected + "> but was <" + actual + ">\nin: " + shown(xml));
        }
    }

    /** The string value of the XPath expression (of its first node, for a node set). */
    public static String evaluate(String xml, String xpath) {
        return engine().evaluate(xpath, source(xml));
    }

    /** The string values of the nodes the XPath expression selects, in document order. */
    public static List<String> values(String xml, String xpath) {
        List<String> values = new ArrayList<>();
        for (Node n : engine().selectNodes(xpath, Convert.toNode(source(xml)))) values.add(n.getTextContent());
        return values;
    }

    /** The number of nodes the XPath expression selects. */
    public static int count(String xml, String xpath) {
        return Integer.parseInt(engine().evaluate("count(" + xpath + ")", source(xml)));
    }

    /**
     * Asserts that the one node the XPath expression selects is similar to {@code expected} (text compared exactly,
     * whitespace included: in TEI's mixed content a space is a word boundary). Write {@code expected} without a
     * namespace declaration for TEI: {@link #tei(String)} adds it.
     */
    public static void assertNodeSimilar(String expected, String xml, String xpath) {
        assertSimilar(Input.fromNode(root(expected)).build(), Input.fromNode(only(xml, xpath)).build(), expected, false);
    }

    /**
     * Asserts that the one node the XPath expression selects is the same in both documents: identical (XMLUnit's
     * strictest comparison), whitespace included.
     */
    public static void assertSameNode(String expectedXml, String actualXml, String xpath) {
        Diff diff = DiffBuilder.compare(Input.fromNode(only(expectedXml, xpath))).withTest(Input.fromNode(only(actualXml, xpath)))
                .checkForIdentical().build();
        if (diff.hasDifferences()) fail(xpath + " differs:\n" + diff);
    }

    /** Asserts that two documents are similar, ignoring whitespace between elements and around text. */
    public static void assertSimilarIgnoringWhitespace(String expected, String actual) {
        assertSimilar(source(expected), source(actual), expected, true);
    }

    /** A TEI fragment: {@code fragment} with the TEI namespace declared on its first element. */
    public static String tei(String fragment) {
        int end = fragment.indexOf('>');
        int at = fragment.charAt(end - 1) == '/' ? end - 1 : end;
        return fragment.substring(0, at) + " xmlns=\"" + TEI_NS + "\"" + fragment.substring(at);
    }

    private static void assertSimilar(Source expected, Source actual, String shownExpected, boolean ignoreWhitespace) {
        DiffBuilder builder = DiffBuilder.compare(expected).withTest(actual).checkForSimilar();
        if (ignoreWhitespace) builder = builder.ignoreWhitespace();
        Diff diff = builder.build();
        if (diff.hasDifferences()) fail("not similar to " + shown(shownExpected) + ":\n" + diff);
    }

    private static Node only(String xml, String xpath) {
        Node only = null;
        int n = 0;
        for (Node node : engine().selectNodes(xpath, Convert.toNode(source(xml)))) {
            only = node;
            n++;
        }
        if (n != 1) fail(xpath + " selects " + n + " nodes, not one\nin: " + shown(xml));
        return only;
    }

    private static Node root(String xml) {
        return ((Document) Convert.toNode(source(xml))).getDocumentElement();
    }

    private static boolean truth(String xml, String xpath) {
        return Boolean.parseBoolean(engine().evaluate("boolean(" + xpath + ")", source(xml)));
    }

    private static XPathEngine engine() {
        JAXPXPathEngine engine = new JAXPXPathEngine(new XPathFactoryImpl());
        engine.setNamespaceContext(NAMESPACES);
        return engine;
    }

    private static Source source(String xml) {
        return Input.fromString(xml).build();
    }

    private static String shown(String xml) {
        return xml.length() <= SHOWN ? xml : xml.substring(0, SHOWN) + "… (" + xml.length() + " characters)";
    }
}
