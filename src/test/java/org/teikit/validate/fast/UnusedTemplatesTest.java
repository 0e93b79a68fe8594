package org.teikit.validate.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.validate.TestFiles;
import org.xml.sax.InputSource;

/** What Schematron's narrowing reads: the names of a run's documents, and the templates that cannot match them. */
class UnusedTemplatesTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    @TempDir
    Path dir;

    @Test
    void theNamesOfTheDocumentsAreReadOnAnyNumberOfThreads() {
        Path plain = TestFiles.write(dir, "plain.xml", "<TEI xmlns='" + TEI + "'><p/></TEI>");
        Path rich = TestFiles.write(dir, "rich.xml", "<TEI xmlns='" + TEI + "'><p>x</p><note>n</note><date when='May'/></TEI>");
        Path broken = TestFiles.write(dir, "broken.xml", "<TEI xmlns='" + TEI + "'><ab calendar='x'><unclosed></TEI>");
        List<Path> docs = List.of(plain, rich, broken, dir.resolve("missing.xml"));
        for (int jobs : new int[] {1, 2, 3, 8}) {
            Vocabulary v = Vocabulary.of(docs, jobs, TestFiles::secureReader);
            for (String element : List.of("TEI", "p", "note", "date", "ab", "unclosed")) assertTrue(v.hasElement(element), element);
            assertTrue(v.hasAttribute("when") && v.hasAttribute("calendar"));
            assertTrue(!v.hasElement("div") && !v.hasAttribute("who"));
        }
    }

    @Test
    void theFilterDropsOnlyTopLevelTemplateRulesThatCannotMatch() throws Exception {
        String xslt = """
                <xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:t="http://www.tei-c.org/ns/1.0" version="3.0">
                  <xsl:template match="t:div" xmlns:x="urn:x"><x:gone/></xsl:template>
                  <xsl:template match="t:p"><kept-p/></xsl:template>
                  <xsl:template name="named" match="t:div"><kept-named/></xsl:template>
                  <xsl:template match="t:div | t:p"><kept-union/></xsl:template>
                  <xsl:template match="t:*[@calendar]"><?pi gone?>gone</xsl:template>
                  <xsl:variable name="v" xmlns:y="urn:y"><y:kept-variable/></xsl:variable>
                </xsl:stylesheet>
                """;
        UnusedTemplates filter = new UnusedTemplates(TestFiles.secureReader(), new Vocabulary(Set.of("TEI", "p"), Set.of()));
        String out = copy(filter, xslt);
        assertEquals(2, filter.leftOut());
        for (String kept : List.of("kept-p", "kept-named", "kept-union", "y:kept-variable")) assertTrue(out.contains(kept), out);
        for (String gone : List.of("gone", "urn:x")) assertTrue(!out.contains(gone), gone + " in " + out);
    }

    private static String copy(UnusedTemplates filter, String xml) throws Exception {
        StringWriter out = new StringWriter();
        var identity = TransformerFactory.newInstance().newTransformer();
        identity.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        identity.transform(new SAXSource(filter, new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))),
                new StreamResult(out));
        return out.toString();
    }
}
