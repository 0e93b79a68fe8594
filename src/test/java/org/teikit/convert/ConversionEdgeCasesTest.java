package org.teikit.convert;

import org.junit.jupiter.api.Test;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;
import org.teikit.testing.TeiAll;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/** Core conversion bugs found by the property tests, one focused test each. */
class ConversionEdgeCasesTest {

    static String convert(String source) throws ConversionException, SourceException {
        return Converter.standard().convert(SourceDocument.parse(SourceText.of("edge.txt", source))).tei().toXml();
    }

    static String body(String xml) {
        return xml.substring(xml.indexOf("<body>"), xml.indexOf("</body>"));
    }

    @Test
    void aLinkWhoseTextIsNotAUrlKeepsItsTextWithoutAnInvalidRef() throws Exception {
        String b = body(convert("See [the archive](http://example.org/a) and <http://example.org/b>.\n"));
        assertTrue(b.contains("See the archive and <ref target=\"http://example.org/b\">http://example.org/b</ref>."), b);
        assertFalse(b.contains("<ref>"), b);
    }

    @Test
    void aSourceOfFootnoteDefinitionsOnlyGivesAValidBody() throws Exception {
        String xml = convert("<sup>1</sup> A note no reference claims.\n");
        assertTrue(body(xml).contains("<p><note type=\"source\""), body(xml));
        assertEquals(java.util.List.of(), TeiAll.errors(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aParagraphOfLayoutCharactersOnlyWritesNoEmptyParagraph() throws Exception {
        String b = body(convert("Words.\n\n□ □\n\n> ■\n\nMore words.\n"));
        assertFalse(b.contains("<p/>") || b.contains("<p></p>") || b.contains("<quote>"), b);
    }

    @Test
    void aSpeakerLabelWithNothingAfterItIsAParagraphNotAnEmptyTurn() throws Exception {
        String b = body(convert("Text.\n\nStalin: □\n"));
        assertFalse(b.contains("<sp"), b);
        assertTrue(b.contains("<p>Stalin: </p>"), b);
    }

    @Test
    void aBlankBracketIsKeptNotAnException() throws Exception {
        // found by the property test: "[ ]" threw StringIndexOutOfBoundsException in Brackets.classify
        String b = body(convert("> Stalin [ ] and [  ] here.\n"));
        assertTrue(b.contains("Stalin"), b);
    }

    @Test
    void aSourceWithoutTextIsRefusedNotPaddedWithAnEmptyParagraph() {
        for (String s : new String[] {"", "\n \n", "□\n\n* * *\n\n---\n", "> .\n"}) {
            ConversionException e = assertThrows(ConversionException.class, () -> convert(s));
            assertTrue(e.getMessage().startsWith("edge.txt: no text to convert"), e.getMessage());
        }
    }
}
