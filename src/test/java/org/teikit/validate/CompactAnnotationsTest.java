package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.xom.Builder;
import nu.xom.Element;
import nu.xom.Elements;
import org.junit.jupiter.api.Test;

class CompactAnnotationsTest {
    private static final URI SCHEMA = URI.create("file:/schemas/test.rnc");
    private static final String SCH = "http://purl.oclc.org/dsdl/schematron";

    private static Element read(String rnc) throws Exception {
        String xml = CompactAnnotations.schematron(SCHEMA, rnc.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        return new Builder().build(xml, null).getRootElement();
    }

    private static List<String> names(Elements es) {
        return java.util.stream.IntStream.range(0, es.size()).mapToObj(i -> es.get(i).getQualifiedName()).toList();
    }

    @Test
    void foreignElementsFromEveryPlaceAreKeptInDocumentOrderWithTheirContent() throws Exception {
        Element grammar = read("""
                namespace sch = "http://purl.oclc.org/dsdl/schematron"
                namespace t = "urn:t"
                sch:ns [ prefix = "t" uri = "urn:t" ]
                start = [ sch:rule [ context = "t:a" sch:assert [ test = "@b" "first" ] ] ] element t:a { b }
                b = attribute b { text } >> sch:pattern [ id = "p" sch:rule [ context = "t:a/@b" sch:report [ test = "." "second" ] ] ]
                div {
                  sch:pattern [ sch:rule [ context = "t:c" sch:assert [ test = "true()" "third" ] ] ]
                }
                """);

        assertEquals("grammar", grammar.getLocalName());
        Elements top = grammar.getChildElements();
        assertEquals(List.of("sch:ns", "sch:rule", "sch:pattern", "sch:pattern"), names(top));
        assertEquals("first", top.get(1).getFirstChildElement("assert", SCH).getValue());
        assertEquals("t:a", top.get(1).getAttributeValue("context"));
        assertEquals("p", top.get(2).getAttributeValue("id"));
        assertEquals("second", top.get(2).getFirstChildElement("rule", SCH).getFirstChildElement("report", SCH).getValue());
        assertEquals("third", top.get(3).getValue().strip());
    }

    @Test
    void literalsAreReadAsTheCompactSyntaxDefinesThem() throws Exception {
        Element grammar = read("""
                namespace sch = "http://purl.oclc.org/dsdl/schematron"
                sch:pattern [ sch:rule [ context = "*" sch:assert [ test = 'true()' "one " ~ \"\"\"two "quoted" words\"\"\" ~ " \\x{263A}" ] ] ]
                start = element a { empty }
                """);

        assertEquals("one two \"quoted\" words \u263A", grammar.getValue());
    }

    @Test
    void theSchemasNamespacesStayInScopeForXPathInTheRules() throws Exception {
        Element grammar = read("""
                namespace sch = "http://purl.oclc.org/dsdl/schematron"
                namespace tei = "http://www.tei-c.org/ns/1.0"
                sch:pattern [ sch:rule [ context = "tei:p" sch:assert [ test = "*" "x" ] ] ]
                start = element tei:TEI { empty }
                """);

        Element pattern = grammar.getChildElements().get(0);
        assertEquals("http://www.tei-c.org/ns/1.0", pattern.getNamespaceURI("tei"));
    }

    @Test
    void aSchemaWithoutSchematronGivesNothingToExtractEvenWithOtherAnnotations() throws SchemaException {
        String documented = """
                namespace sch = "http://purl.oclc.org/dsdl/schematron"
                namespace a = "http://relaxng.org/ns/compatibility/annotations/1.0"
                ## The root.
                start = [ a:defaultValue = "x" ] element a { empty }
                """;
        assertEquals(java.util.Optional.empty(),
                CompactAnnotations.schematron(SCHEMA, documented.getBytes(StandardCharsets.UTF_8)));
        assertTrue(CompactAnnotations.schematron(SCHEMA, documented.replace("## The root.", "sch:pattern [ ]")
                .getBytes(StandardCharsets.UTF_8)).isPresent(), "the same schema with a pattern");
    }

    @Test
    void includedSchemasAreNotOpenedOnlyTheSchemasOwnRulesAreRead() throws Exception {
        Element grammar = read("""
                namespace sch = "http://purl.oclc.org/dsdl/schematron"
                include "no-such-file.rnc"
                start = external "http://example.invalid/never-fetched.rnc"
                sch:pattern [ id = "own" ]
                """);

        assertEquals(List.of("sch:pattern"), names(grammar.getChildElements()));
        assertEquals("own", grammar.getChildElements().get(0).getAttributeValue("id"));
    }

    @Test
    void aSyntaxErrorIsReportedWithItsPosition() {
        SchemaException e = assertThrows(SchemaException.class,
                () -> read("start = element a {\n  empty\n"));
        assertTrue(e.getMessage().contains(SCHEMA + ":2:"), e.getMessage());
    }
}
