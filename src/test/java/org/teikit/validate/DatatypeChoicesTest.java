package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teikit.tei.XmlInput;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

class DatatypeChoicesTest {
    @TempDir
    Path dir;

    private static final String XSD = "http://www.w3.org/2001/XMLSchema-datatypes";

    private static String grammar(String attributeContent) {
        return "<grammar xmlns='http://relaxng.org/ns/structure/1.0' xmlns:a='urn:annotations' datatypeLibrary='" + XSD
                + "'>\n<start><element name='d'><attribute name='when'>\n" + attributeContent
                + "\n</attribute><empty/></element></start>\n</grammar>\n";
    }

    /** Every event a reader passes on, with the position it reports, one line each. */
    private static final class Recorder extends DefaultHandler {
        final List<String> events = new ArrayList<>();
        private Locator locator;

        @Override public void setDocumentLocator(Locator l) { locator = l; }
        @Override public void startPrefixMapping(String p, String uri) { events.add("xmlns:" + p + "=" + uri); }
        @Override public void endPrefixMapping(String p) { events.add("end xmlns:" + p); }
        @Override public void characters(char[] ch, int start, int length) {
            String text = new String(ch, start, length);
            if (!text.isBlank()) events.add(at() + " text " + text);
        }
        @Override public void processingInstruction(String target, String data) { events.add(at() + " pi " + target); }
        @Override public void endElement(String uri, String local, String q) { events.add(at() + " end " + q); }

        @Override
        public void startElement(String uri, String local, String q, Attributes atts) {
            StringBuilder s = new StringBuilder(at() + " " + q);
            for (int i = 0; i < atts.getLength(); i++) s.append(' ').append(atts.getQName(i)).append('=').append(atts.getValue(i));
            events.add(s.toString());
        }

        private String at() {
            return locator.getLineNumber() + ":" + locator.getColumnNumber();
        }
    }

    private static List<String> read(String xml, boolean rewritten) throws Exception {
        XMLReader reader = rewritten ? new DatatypeChoices(XmlInput.forValidation().newReader()) : XmlInput.forValidation().newReader();
        Recorder r = new Recorder();
        reader.setContentHandler(r);
        reader.parse(new InputSource(new StringReader(xml)));
        return r.events;
    }

    /** The rewritten schema's elements and parameter values, without positions. */
    private static List<String> shape(String xml) throws Exception {
        return read(xml, true).stream().filter(e -> !e.startsWith("xmlns") && !e.startsWith("end xmlns"))
                .map(e -> e.substring(e.indexOf(' ') + 1)).toList();
    }

    @Test
    void teisChoiceOfEightDateTypesBecomesOneUnion() throws Exception {
        List<String> shape = shape(grammar("""
                <choice><data type="date"/><data type="gYear"/><data type="gMonth"/><data type="gDay"/>
                <data type="gYearMonth"/><data type="gMonthDay"/><data type="time"/><data type="dateTime"/></choice>"""));

        assertFalse(shape.contains("choice"), shape.toString());
        assertTrue(shape.contains("data datatypeLibrary=" + DatatypeUnions.NAMESPACE + " type=" + DatatypeUnions.TYPE),
                shape.toString());
        assertEquals(List.of("date", "gYear", "gMonth", "gDay", "gYearMonth", "gMonthDay", "time", "dateTime"),
                shape.stream().filter(e -> e.startsWith("text ")).map(e -> e.substring(5)).toList());
    }

    @Test
    void facetsFollowTheirAlternativeAndNestedChoicesJoinTheEnclosingUnion() throws Exception {
        List<String> shape = shape(grammar("""
                <choice>
                  <data type="token"><param name="pattern">[a-z]+ [0-9]</param></data>
                  <choice><data type="decimal"/><data type="integer"><param name=" minInclusive ">1</param></data></choice>
                </choice>"""));

        List<String> params = new ArrayList<>();
        for (int i = 0; i < shape.size(); i++) {
            if (shape.get(i).startsWith("param ")) params.add(shape.get(i).substring(11) + " " + shape.get(i + 1).substring(5));
        }
        assertEquals(List.of("alternative token", "pattern [a-z]+ [0-9]", "alternative decimal", "alternative integer",
                "minInclusive 1"), params);
        assertEquals(1, shape.stream().filter(e -> e.startsWith("data ")).count(), shape.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<choice><data type='date'/><value>unknown</value></choice>",
        "<choice><data type='date'/><data type='ID'/></choice>",
        "<choice><data type='date'/><data type='QName'/></choice>",
        "<choice><data type='date'/><data type='token'><except><value>x</value></except></data></choice>",
        "<choice><a:documentation>a date</a:documentation><data type='date'/><data type='gYear'/></choice>",
        "<choice a:note='annotated'><data type='date'/><data type='gYear'/></choice>",
        "<choice><data type='date'/><data type='gYear' a:note='annotated'/></choice>",
        "<choice><data type='date'/><data type='gYear'><a:documentation>a year</a:documentation></data></choice>",
        "<choice><data type='date'/><data datatypeLibrary='' type='token'/></choice>",
        "<choice><data type='date'/><data datatypeLibrary='urn:other' type='token'/></choice>",
        "<choice datatypeLibrary=''><data type='token'/><data type='string'/></choice>",
        "<choice><data type='date'/></choice>",
        "<choice><data type='date'/><?pi here?><data type='gYear'/></choice>",
        "<choice><data type='date'/><data type='gYear'><param name='alternative'>x</param></data></choice>",
    })
    void anythingButAPlainChoiceOfDatatypesPassesAsItWasAtItsOwnPositions(String choice) throws Exception {
        String xml = grammar(choice.replace("><", ">\n  <"));   // on several lines: positions that differ per event

        assertEquals(read(xml, false), read(xml, true));
    }

    @Test
    void aChoiceKeptWhileAnotherInsideItIsRewrittenKeepsEverythingElseInPlace() throws Exception {
        String xml = grammar("""
                <choice>
                  <value xmlns:t="urn:t" type="QName">t:name</value>
                  <choice><data type="date"/><data type="gYear"/></choice>
                </choice>""");
        List<String> plain = read(xml, false), rewritten = read(xml, true);

        int value = plain.indexOf(plain.stream().filter(e -> e.contains(" value ")).findFirst().orElseThrow());
        assertEquals("xmlns:t=urn:t", plain.get(value - 1));
        assertEquals(plain.subList(0, value + 4), rewritten.subList(0, value + 4),
                "up to the inner choice, the same events at the same positions: " + rewritten);
        assertEquals("end xmlns:t", rewritten.get(value + 3));
        assertTrue(rewritten.stream().anyMatch(e -> e.contains(" data datatypeLibrary=" + DatatypeUnions.NAMESPACE)));
        assertEquals(plain.subList(plain.size() - 8, plain.size()), rewritten.subList(rewritten.size() - 8, rewritten.size()),
                "after it, the same events at the same positions");
    }

    private static List<String> alternatives(String message) {
        int semicolon = message.indexOf("; ");
        List<String> words = new ArrayList<>(List.of(message.substring(semicolon + 2).split(", | or ")));
        words.sort(null);
        words.add(0, message.substring(0, semicolon));
        return words;
    }

    @Test
    void theQuickGrammarChecksAChoiceOfDatatypesOnceAndFindsTheSameErrorsAsJing() throws Exception {
        Path schema = TestFiles.write(dir, "when.rng", grammar("""
                <choice><data type="date"/><data type="gYear"/><data type="gYearMonth"/>
                <data type="decimal"><param name="minInclusive">10</param></data></choice>"""));
        List<String> values = List.of("1944-05-01", "1944", "1944-13", "May 1944", "12.5", "9", "1944-02-29", "1900-02-29",
                " 1944 ", "");
        StringBuilder doc = new StringBuilder("<list>\n");
        for (String v : values) doc.append("<d when='").append(v).append("'/>\n");
        String xml = doc.append("</list>\n").toString();
        Path rng = TestFiles.write(dir, "list.rng", """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0">
                  <start><element name="list"><oneOrMore><externalRef href="when.rng"/></oneOrMore></element></start>
                </grammar>""");
        Path file = TestFiles.write(dir, "list.xml", xml);

        FileResult ours = Schemas.builder().schema(rng).build().newValidator().validate(file);
        List<JingDriver.JingMessage> jings = JingDriver.validate(rng, List.of(file)).get(file);

        // Jing words the failed alternatives in an order that changes from run to run (see StableDatatypesTest)
        assertEquals(jings.stream().map(m -> m.line() + ":" + m.column() + " " + alternatives(m.text())).toList(),
                ours.messages().stream().map(m -> m.line() + ":" + m.column() + " " + alternatives(m.text())).toList());
        assertEquals(5, ours.messages().size(), "1944-13, May 1944, 9, 1900-02-29 and the empty value fail: " + ours);
    }

    @Test
    void aSchemaErrorInsideAChoiceOfDatatypesIsReportedByJingAtItsOwnPosition() {
        Path schema = TestFiles.write(dir, "bad.rng", grammar("""
                <choice>
                  <data type="date"/>
                  <data type="gYear"><param name="totalDigits">4</param></data>
                </choice>"""));

        SchemaException e = org.junit.jupiter.api.Assertions.assertThrows(SchemaException.class,
                () -> Schemas.builder().schema(schema).build().newValidator().validate(TestFiles.write(dir, "d.xml", "<d when='1944'/>")));

        assertTrue(e.getMessage().contains("bad.rng:5:48: invalid parameter"), "the param's line, as Jing reports it: " + e.getMessage());
        assertFalse(e.getMessage().contains("teikit"), "Jing's words, not the union's: " + e.getMessage());
    }
}
