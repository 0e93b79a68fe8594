package org.teikit.convert;

import org.junit.jupiter.api.Test;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;
import org.teikit.testing.TeiAll;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;
import static org.teikit.testing.TeiAssert.assertNoXPath;
import static org.teikit.testing.TeiAssert.assertNodeSimilar;
import static org.teikit.testing.TeiAssert.assertXPath;
import static org.teikit.testing.TeiAssert.tei;

/** Core conversion bugs found by the property tests, one focused test each. */
class ConversionEdgeCasesTest {

    static String convert(String source) throws ConversionException, SourceException {
        return Converter.standard().convert(SourceDocument.parse(SourceText.of("edge.txt", source))).tei().toXml();
    }

    @Test
    void aLinkWhoseTextIsNotAUrlKeepsItsTextWithoutAnInvalidRef() throws Exception {
        String xml = convert("See [the archive](http://example.org/a) and <http://example.org/b>.\n");
        assertNodeSimilar(tei("<p>See the archive and <ref target=\"http://example.org/b\">http://example.org/b</ref>.</p>"),
                xml, "//tei:body//tei:p");
        assertNoXPath(xml, "//tei:body//tei:ref[not(@target)]");
    }

    @Test
    void aSourceOfFootnoteDefinitionsOnlyGivesAValidBody() throws Exception {
        String xml = convert("<sup>1</sup> A note no reference claims.\n");
        assertXPath(xml, "//tei:body//tei:p/node()[1][self::tei:note[@type = 'source']]");
        assertEquals(java.util.List.of(), TeiAll.errors(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aParagraphOfLayoutCharactersOnlyWritesNoEmptyParagraph() throws Exception {
        String xml = convert("Words.\n\n□ □\n\n> ■\n\nMore words.\n");
        assertNoXPath(xml, "//tei:body//tei:p[not(node())] | //tei:body//tei:quote");
    }

    @Test
    void aSpeakerLabelWithNothingAfterItIsAParagraphNotAnEmptyTurn() throws Exception {
        String xml = convert("Text.\n\nStalin: □\n");
        assertNoXPath(xml, "//tei:body//tei:*[starts-with(local-name(), 'sp')]"); // no sp, speaker or space
        assertXPath(xml, "//tei:body//tei:p[not(*)][. = 'Stalin: ']");
    }

    @Test
    void aBlankBracketIsKeptNotAnException() throws Exception {
        // found by the property test: "[ ]" threw StringIndexOutOfBoundsException in Brackets.classify
        String xml = convert("> Stalin [ ] and [  ] here.\n");
        assertXPath(xml, "//tei:body[contains(., 'Stalin')]");
    }

    @Test
    void aSourceWithoutTextIsRefusedNotPaddedWithAnEmptyParagraph() {
        for (String s : new String[] {"", "\n \n", "□\n\n* * *\n\n---\n", "> .\n"}) {
            ConversionException e = assertThrows(ConversionException.class, () -> convert(s));
            assertTrue(e.getMessage().startsWith("edge.txt: no text to convert"), e.getMessage());
        }
    }
}
