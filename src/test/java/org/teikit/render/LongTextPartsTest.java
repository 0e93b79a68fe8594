package org.teikit.render;

import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.teikit.tei.XmlInput;
import org.xml.sax.InputSource;

import javax.xml.transform.sax.SAXSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parts of the long-text path on their own: what the tree gets, and what comes out at a mark. */
class LongTextPartsTest {
    private static final String NS = "xmlns=\"http://www.tei-c.org/ns/1.0\"";

    private static String pText(String xml, LongTexts store, boolean keepSpaces) throws Exception {
        Processor processor = new Processor(false);
        DocumentBuilder builder = processor.newDocumentBuilder();
        LongTextFilter filter = new LongTextFilter(XmlInput.forRendering().newReader(), store, 4, keepSpaces);
        filter.setEntityResolver(XmlInput.REFUSE_EXTERNAL);
        XdmNode doc = builder.build(new SAXSource(filter, new InputSource(new StringReader(xml))));
        return doc.select(net.sf.saxon.s9api.streams.Steps.descendant("p")).findFirst().orElseThrow().getStringValue();
    }

    private static String read(Reader r) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c; (c = r.read()) >= 0; ) s.append((char) c);
        return s.toString();
    }

    @Test
    void forHtmlTheTreeKeepsTheRunUpToItsFirstAndFromItsLastCutBetweenSpaceAndLetter() throws Exception {
        LongTexts store = new LongTexts();
        // a comment ends a run (it parts two text nodes); hi's text is not running prose; " short " has one
        // cut only, and "x-'y" none: they stay in the tree; 𝔅 (U+1D505) is a letter of two UTF-16 units
        String xml = "<TEI " + NS + "><text><body><p>“a  long\n run”<hi>x is short</hi> short <!-- c -->\"x spaces 'y'  𝔅\"<lb/>x-'y\"z</p></body></text></TEI>";
        assertEquals("“a  " + LongTexts.runMark(0) + "run”x is short short \"x " + LongTexts.runMark(1) + "𝔅\"x-'y\"z",
                pText(xml, store, true));
        assertEquals(2, store.runs());
        assertEquals("long\n ", read(store.run(0)));
        assertEquals("spaces 'y'  ", read(store.run(1)));
    }

    @Test
    void forTheTextViewTheTreeKeepsTheRunsFirstAndLastCharacter() throws Exception {
        LongTexts store = new LongTexts();
        String xml = "<TEI " + NS + "><text><body><p>“along”<lb/>𝔄spaces𝔅</p></body></text></TEI>";
        assertEquals("“" + LongTexts.runMark(0) + "”𝔄" + LongTexts.runMark(1) + "𝔅", pText(xml, store, false));
        assertEquals("along", read(store.run(0)));
        assertEquals("spaces", read(store.run(1)), "a surrogate pair stays whole on either edge");
    }

    @Test
    void forTheTextViewTheMiddlesEdgeSpacesStayInTheTreeAndSpacesAloneAreNotStored() throws Exception {
        LongTexts store = new LongTexts();
        String xml = "<TEI " + NS + "><text><body><p>a  long run b<lb/>c\t\t\t\t\t\td</p></body></text></TEI>";
        assertEquals("a " + LongTexts.runMark(0) + " bc d", pText(xml, store, false));
        assertEquals(1, store.runs());
        assertEquals("  long run ", read(store.run(0)));
    }

    @Test
    void textOutsideRunningProseIsNotTouched() throws Exception {
        LongTexts store = new LongTexts();
        String xml = "<TEI " + NS + "><text><body><div><sp><p>spoken words, many of them</p></sp></div></body></text></TEI>";
        assertEquals("spoken words, many of them", pText(xml, store, true));
        assertEquals(0, store.runs());
    }

    // --- MarkExpander ----------------------------------------------------------------------------

    private static MarkExpander expander(ByteArrayOutputStream out, int expected) {
        return new MarkExpander(out, "" + LongTexts.RUN + LongTexts.TYPOGRAPHIC, () -> expected,
                (kind, id, o) -> o.write(((kind == LongTexts.RUN ? "<run " : "<typographic ") + id + ">").getBytes(StandardCharsets.UTF_8)));
    }

    private static void write(MarkExpander e, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        e.write(b, 0, 3);   // the marks' bytes split across writes
        e.write(b, 3, b.length - 3);
        e.close();
    }

    @Test
    void eachMarkIsReplacedByWhatItStandsForAndOtherCharactersPass() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarkExpander e = expander(out, 2);
        // U+FDF2 (an Arabic ligature) shares the marks' first two bytes
        write(e, "é" + LongTexts.runMark(1) + " ﷲ €\uFDD40\uFDD5z");
        assertEquals("é<run 1> ﷲ €<typographic 0>z", out.toString(StandardCharsets.UTF_8));
        assertFalse(e.mismatch());
    }

    @Test
    void aMarkTwiceMissingOrOfTheOtherKindIsAMismatch() throws Exception {
        for (String s : new String[] {
                LongTexts.runMark(0) + LongTexts.runMark(0) + LongTexts.runMark(1),   // twice
                LongTexts.runMark(0) + "x",                                             // one missing
                LongTexts.runMark(0) + LongTexts.runMark(1) + "\uFDD21\uFDD3",         // the text view's kind
                LongTexts.runMark(0) + "\uFDD01" + LongTexts.runMark(1),               // cut short
                LongTexts.runMark(0) + "\uFDD41\uFDD1",                                // opened as one kind, closed as another
                LongTexts.runMark(0) + LongTexts.runMark(7)}) {                        // unknown number
            MarkExpander e = expander(new ByteArrayOutputStream(), 2);
            write(e, s);
            assertTrue(e.mismatch(), s);
        }
    }
}
