package org.teikit.convert.family.generic;

import nu.xom.Document;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Conversion;
import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;
import org.teikit.testing.TeiAll;

import static org.junit.jupiter.api.Assertions.*;

class GenericTextTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");

    private static Conversion convert(String text) throws Exception {
        return Converter.standard().convert(SourceDocument.parse(SourceText.of("fixture.txt", text)));
    }

    private static Nodes q(Conversion c, String xpath) {
        Document d = c.tei().document();
        return d.query(xpath, TEI);
    }

    @Test
    void plainTextFallsBackToTheGenericFamilyAndSaysSo() throws Exception {
        Conversion c = convert("# A diary\n\nIt rained.\n");
        assertEquals("generic", c.family());
        assertTrue(c.reason().contains("no specific family"), c.reason());
        assertEquals("generic", q(c, "//t:application/t:desc[@type='family']").get(0).getValue());
        assertEquals("A diary", q(c, "//t:titleStmt/t:title").get(0).getValue());
    }

    @Test
    void colonLabelledDialogueBecomesAttributedTurns() throws Exception {
        Conversion c = convert("# Talk\n\n<u>Comrade Stalin</u>: Good.\n\n<u>Mao Zedong</u>: Yes.\n\n<u>Stalin</u>: Then we agree.\n\n"
                + "<u>Mao Zedong</u>: We do.\n\nSubject: not a speaker\n");
        Nodes sps = q(c, "//t:sp");
        assertEquals(4, sps.size());
        assertEquals("#stalin", q(c, "//t:sp[1]/@who").get(0).getValue());
        assertEquals("Comrade Stalin", q(c, "//t:sp[1]/t:speaker").get(0).getValue());
        assertEquals("Good.", q(c, "//t:sp[1]/t:p").get(0).getValue());
        assertEquals("#mao-zedong", q(c, "//t:sp[2]/@who").get(0).getValue());
        assertEquals(1, q(c, "//t:person[@xml:id='stalin']").size());
        assertEquals(1, q(c, "//t:body//t:p[starts-with(., 'Subject:')]").size());
    }

    @Test
    void footnotesArePlacedAtTheirReferenceAndNotRepeated() throws Exception {
        Conversion c = convert("# T\n\nText<sup>1</sup> more.\n\n<sup>1</sup> The note body.\n");
        Nodes notes = q(c, "//t:note");
        assertEquals(1, notes.size());
        assertEquals("The note body.", notes.get(0).getValue());
        assertEquals(1, q(c, "//t:p/t:note[@n='1'][@place='foot'][@type='source']").size());
    }

    @Test
    void aReferenceWithoutNoteTextBecomesAnUnavailableNoteNotAStrayDigit() throws Exception {
        Conversion c = convert("# T\n\nA treaty<sup>3</sup> was signed.\n");
        assertEquals(1, q(c, "//t:note[@type='unavailable'][@n='3']").size());
        assertFalse(q(c, "//t:p").get(0).getValue().contains("3"));
    }

    @Test
    void editorialBracketsBecomeTheirEncoding() throws Exception {
        Conversion c = convert("# T\n\nThe CC CPC [Central Committee of the Communist Party of China] met comr[ade]. Stalin in Chengdu [?]; "
                + "Jiang Jieshi [Chiang Kai-shek] sold wolfram [tungsten] and export [sic] [ILLEGIBLE] since [a] [North] Korea.\n");
        assertEquals("CC CPC", q(c, "//t:choice/t:abbr").get(0).getValue());
        assertEquals("Central Committee of the Communist Party of China", q(c, "//t:choice/t:expan").get(0).getValue());
        assertEquals("Jiang Jieshi", q(c, "//t:choice/t:orig").get(0).getValue());
        assertEquals("tungsten", q(c, "//t:choice/t:reg").get(1).getValue());
        assertEquals("export", q(c, "//t:sic").get(0).getValue());
        assertEquals("Chengdu", q(c, "//t:seg[@type='query']").get(0).getValue());
        assertEquals(1, q(c, "//t:gap[@reason='illegible']").size());
        assertEquals("ade a North", String.join(" ", java.util.stream.IntStream.range(0, q(c, "//t:supplied").size())
                .mapToObj(i -> q(c, "//t:supplied").get(i).getValue()).toList()));
        String p = q(c, "//t:body//t:p").get(0).getValue();
        assertFalse(p.contains("["), p);
    }

    @Test
    void outputIsValidAgainstTeiAll() throws Exception {
        Conversion c = convert("# Title\n\nIntro<sup>1</sup>\n\n## Part\n\n<u>Stalin</u>: Yes [sic].\n\n- item\n\n---\n\n> quoted\n\n<sup>1</sup> note\n");
        assertEquals(java.util.List.of(), TeiAll.errors(c.tei().toBytes()));
    }

    @Test
    void aSpeechsLinesAreCutWhereTheSourceBreaksThem() throws Exception {
        // verse lines keep their own first letters; a hard-wrapped line that opens with "(" is prose, not verse
        Conversion c = convert("""
                THE PERSONS

                HANS, a clerk.
                GRETE, his wife.

                HANS. I came home late, as you know,
                (He sits down.) and nobody was up.

                GRETE. The door was locked at ten,
                The lamp was out by eleven.

                HANS. Then why was the door locked?

                GRETE. Because I was up.
                """);
        assertEquals("I came home late, as you know, (He sits down.) and nobody was up.",
                q(c, "//t:sp[1]/t:p").get(0).getValue().replaceAll("\\s+", " "));
        assertEquals(0, q(c, "//t:sp[1]/t:l").size());
        Nodes verse = q(c, "//t:sp[2]/t:l");
        assertEquals(2, verse.size());
        assertEquals("The door was locked at ten,", verse.get(0).getValue());
        assertEquals("The lamp was out by eleven.", verse.get(1).getValue());
    }
}
