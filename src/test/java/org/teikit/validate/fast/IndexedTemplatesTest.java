package org.teikit.validate.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamResult;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XsltExecutable;
import org.junit.jupiter.api.Test;
import org.teikit.validate.TestFiles;
import org.xml.sax.InputSource;

/**
 * Template rules that Saxon cannot file under an element name, written as one copy per element name: which patterns
 * are read so, what the copies are, and that a stylesheet so written gives the same result on documents of the
 * vocabulary, with a rule that fires on two elements and rules chained with {@code xsl:next-match}.
 */
class IndexedTemplatesTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    // date and event carry @when, p carries @n only, TEI nothing
    private static final Vocabulary NAMES = new Vocabulary(Map.of("TEI", Set.of(), "p", Set.of("n"),
            "date", Set.of("when", "from"), "event", Set.of("when"), "ptr", Set.of("target")));

    @Test
    void anElementWithAnAttributeIsOneAlternativePerElementThatCarriesIt() {
        assertEquals(List.of("tei:date[@when]", "tei:event[@when]"), MatchPatterns.perElement("tei:*[@when]", NAMES, 64));
        assertEquals(List.of("tei:date[not(self::tei:x)][ @when ]", "tei:event[not(self::tei:x)][ @when ]"),
                MatchPatterns.perElement("tei:*[not(self::tei:x)][ @when ]", NAMES, 64));
        assertEquals(List.of("tei:p[@n]"), MatchPatterns.perElement("tei:*[@n]", NAMES, 64));
        assertEquals(List.of(), MatchPatterns.perElement("tei:*[@calendar]", NAMES, 64), "no element carries it");
        assertNull(MatchPatterns.perElement("tei:*[@when]", NAMES, 1), "more copies than allowed");
    }

    @Test
    void aUnionOfDifferentlyNamedElementsIsItsAlternatives() {
        assertEquals(List.of("tei:msContents", "tei:physDesc"), MatchPatterns.perElement("tei:msContents|tei:physDesc", NAMES, 64));
        assertEquals(List.of("tei:facsimile//tei:line", "tei:facsimile//tei:zone"),
                MatchPatterns.perElement("tei:facsimile//tei:line | tei:facsimile//tei:zone", NAMES, 64));
        assertEquals(List.of("(tei:a | tei:b)/tei:listRef/tei:ptr", "(tei:a | tei:b)/tei:listRef/tei:ref"),
                MatchPatterns.perElement("(tei:a | tei:b)/tei:listRef/tei:ptr | (tei:a | tei:b)/tei:listRef/tei:ref", NAMES, 64));
    }

    @Test
    void otherPatternsAreKeptAsTheyAre() {
        for (String pattern : List.of(
                "tei:p", "tei:p[@n]",                        // filed under its name already
                "tei:*", "*[@when]",                         // any element, or any namespace's
                "tei:*[@when and @from]", "tei:*[@when = 'x']",   // not a lone attribute predicate
                "tei:p | tei:body/tei:p",                    // one node may match both alternatives
                "tei:p | @n", "tei:p | text()", "tei:p | tei:*", "(tei:p | tei:div)",
                "tei:p union tei:div", "tei:*[@when] except tei:date",
                "tei:*[@when]/tei:p")) {
            assertNull(MatchPatterns.perElement(pattern, NAMES, 64), pattern);
        }
        Vocabulary odd = new Vocabulary(Map.of("d\u00e4te", Set.of("when")));
        assertNull(MatchPatterns.perElement("tei:*[@when]", odd, 64), "a name not written into a pattern");
    }

    private static final String XSLT = """
            <xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:tei="http://www.tei-c.org/ns/1.0" version="3.0">
              <xsl:mode on-no-match="shallow-skip"/>
              <xsl:template match="/"><out><xsl:apply-templates/></out></xsl:template>
              <xsl:template match="tei:*[@when]" priority="3"><when at="{local-name()}"/><xsl:next-match/></xsl:template>
              <xsl:template match="tei:date|tei:event" priority="2"><?pi kept?><named at="{local-name()}">x</named><xsl:next-match/></xsl:template>
              <xsl:template match="tei:*[@when]" priority="1" xmlns:y="urn:y"><y:last/><xsl:next-match/></xsl:template>
              <xsl:template name="named" match="tei:*[@when]" priority="0.5"><named-template/><xsl:next-match/></xsl:template>
            </xsl:stylesheet>
            """;

    @Test
    void theCopiesKeepEachRulesPlaceAndBodyAndTheResultIsTheSame() throws Exception {
        IndexedTemplates filter = new IndexedTemplates(TestFiles.secureReader(), NAMES);
        String out = copy(filter, XSLT);
        assertEquals(2, filter.split(), out);
        assertTrue(out.contains("match=\"tei:date[@when]\" priority=\"3\"") && out.contains("match=\"tei:event[@when]\" priority=\"3\""), out);
        assertTrue(out.contains("match=\"tei:date\" priority=\"2\"><?pi kept?><named at=\"{local-name()}\">x</named>"), out);
        assertTrue(out.contains("match=\"tei:*[@when]\" priority=\"1\""), "a rule declaring a namespace is kept: " + out);
        assertTrue(out.contains("name=\"named\" match=\"tei:*[@when]\""), "a named template is kept: " + out);

        String doc = "<TEI xmlns='" + TEI + "'><p n='1'><date when='1900'/><event when='1901'><date/></event></p></TEI>";
        String expected = run(new SAXSource(new InputSource(new ByteArrayInputStream(XSLT.getBytes(StandardCharsets.UTF_8)))), doc);
        // by hand: each element with @when fires the four rules in priority order, the inner date only the union's
        assertEquals("<when at=\"date\"/><named at=\"date\">x</named><y:last/><named-template/>"
                + "<when at=\"event\"/><named at=\"event\">x</named><y:last/><named-template/><named at=\"date\">x</named>",
                expected.replaceAll(">\\s+<", "><").replace(" xmlns:y=\"urn:y\"", "").replaceAll("</?out[^>]*>", "").strip());
        assertEquals(expected, run(new SAXSource(new IndexedTemplates(TestFiles.secureReader(), NAMES),
                new InputSource(new ByteArrayInputStream(XSLT.getBytes(StandardCharsets.UTF_8)))), doc));
    }

    private static String run(SAXSource stylesheet, String doc) throws Exception {
        Processor saxon = new Processor(false);
        XsltExecutable exe = saxon.newXsltCompiler().compile(stylesheet);
        XdmDestination out = new XdmDestination();
        var t = exe.load30();
        t.transform(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(doc)), out);
        return out.getXdmNode().toString();
    }

    private static String copy(IndexedTemplates filter, String xml) throws Exception {
        StringWriter out = new StringWriter();
        var identity = TransformerFactory.newInstance().newTransformer();
        identity.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        identity.transform(new SAXSource(filter, new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))),
                new StreamResult(out));
        return out.toString();
    }
}
