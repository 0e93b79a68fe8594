package org.teikit.convert.apparatus;

import nu.xom.Element;
import org.junit.jupiter.api.Test;
import org.teikit.source.Inline;
import org.teikit.tei.Tei;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Superscript note references and blank fields in plain text, and text with neither (the fast path). */
class PlainTextEncodingTest {
    private static final InlineEncoder ENCODER = new InlineEncoder(n -> Tei.el("note", Tei.at("n", n)));

    private static String encoded(String text) {
        Element p = ENCODER.element("p", List.of(new Inline.Text(text)));
        return p.toXML().replace(" xmlns=\"" + Tei.NS + "\"", "");
    }

    @Test
    void superscriptDigitsAfterAWordOrPunctuationAreNoteReferences() {
        assertEquals("<p>the talks continue<note n=\"1\" /> at length</p>", encoded("the talks continue¹ at length"));
        assertEquals("<p>agreed.<note n=\"23\" /> Then<note n=\"4\" /></p>", encoded("agreed.²³ Then⁴"));
        assertEquals("<p>x<note n=\"7890\" /></p>", encoded("x⁷⁸⁹⁰"));
    }

    @Test
    void superscriptDigitsAfterSpaceOrAtTheStartStayText() {
        assertEquals("<p>¹ first and ² second</p>", encoded("¹ first and ² second"));
    }

    @Test
    void underscoresFromThreeOnAreBlankFields() {
        assertEquals("<p>name <space unit=\"chars\" quantity=\"5\" /> and __ two</p>", encoded("name _____ and __ two"));
        assertEquals("<p>signed<note n=\"5\" /><space unit=\"chars\" quantity=\"3\" /></p>", encoded("signed⁵___"));
    }

    @Test
    void textWithNeitherIsKeptAsItIs() {
        assertEquals("<p>Plain words, ±½ and µ° (below the superscripts).</p>", encoded("Plain words, ±½ and µ° (below the superscripts)."));
    }
}
