package org.teikit.tei;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.teikit.testing.CountingServer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** What each XML-input policy lets a document do, and what it refuses: nothing external is ever read. */
class XmlInputTest {
    @TempDir Path dir;
    private CountingServer server;
    private String http;

    @BeforeEach
    void listen() throws IOException {
        server = new CountingServer();
        http = server.http();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    static Stream<XmlInput> allowingTheInternalSubset() {
        return Stream.of(XmlInput.forValidation(), XmlInput.forRendering());
    }

    static Stream<XmlInput> all() {
        return Stream.of(XmlInput.forValidation(), XmlInput.forReading(), XmlInput.forRendering());
    }

    @ParameterizedTest
    @MethodSource("allowingTheInternalSubset")
    void anExternalGeneralEntityIsNotReadAndTheHandlerIsToldItsName(XmlInput policy) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Events e = parse(policy, "<!DOCTYPE TEI [\n"
                + "  <!ENTITY local SYSTEM '" + secret.toUri() + "'>\n"
                + "  <!ENTITY missing SYSTEM '" + dir.resolve("no-such-file.txt").toUri() + "'>\n"
                + "  <!ENTITY remote SYSTEM '" + http + "/secret.txt'>\n"
                + "]>\n<TEI>a &local; b &missing; c &remote; d</TEI>");
        assertEquals("a  b  c  d", e.text.toString(), "nothing of the entities' content, no error reading a missing file");
        assertEquals(List.of("local", "missing", "remote"), e.skipped);
        assertNeverConnected();
    }

    @ParameterizedTest
    @MethodSource("allowingTheInternalSubset")
    void anExternalDtdAndParameterEntityAreNotReadAndTheDtdIsNamedToTheHandler(XmlInput policy) throws Exception {
        Events e = parse(policy, "<!DOCTYPE TEI SYSTEM '" + http + "/tei.dtd' [\n"
                + "  <!ENTITY % remote SYSTEM '" + http + "/evil.ent'>\n"
                + "  %remote;\n"
                + "  <!ENTITY % local SYSTEM '" + dir.resolve("no-such.ent").toUri() + "'>\n"
                + "  %local;\n"
                + "]>\n<TEI>words</TEI>");
        assertEquals("words", e.text.toString());
        assertEquals(List.of(http + "/tei.dtd"), e.dtds);
        assertNeverConnected();
    }

    @ParameterizedTest
    @MethodSource("allowingTheInternalSubset")
    void theInternalSubsetApplies(XmlInput policy) throws Exception {
        assertEquals("a — b", parse(policy, "<!DOCTYPE TEI [<!ENTITY mdash '—'>]>\n<TEI>a &mdash; b</TEI>").text.toString());
    }

    @Test
    void readingRefusesAnyDoctypeWithAMessageSayingSo() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        for (String doctype : List.of("<!DOCTYPE TEI [<!ENTITY mdash '—'>]>",
                "<!DOCTYPE TEI [<!ENTITY local SYSTEM '" + secret.toUri() + "'>]>",
                "<!DOCTYPE TEI [<!ENTITY % remote SYSTEM '" + http + "/evil.ent'> %remote;]>",
                "<!DOCTYPE TEI SYSTEM '" + http + "/tei.dtd'>")) {
            SAXParseException e = assertThrows(SAXParseException.class,
                    () -> parse(XmlInput.forReading(), doctype + "\n<TEI>&mdash;</TEI>"), doctype);
            assertTrue(XmlInput.refusedDoctype(e.getMessage()), e.getMessage());
            assertTrue(e.getMessage().contains("DOCTYPE is disallowed"), e.getMessage());
            assertEquals(1, e.getLineNumber(), doctype);
        }
        assertNeverConnected();
    }

    @ParameterizedTest
    @MethodSource("allowingTheInternalSubset")
    void billionLaughsStopsQuicklyWithAFatalErrorNamingTheLimit(XmlInput policy) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE TEI [\n<!ENTITY l0 'ha'>\n");
        for (int i = 1; i <= 10; i++) dtd.append("<!ENTITY l").append(i).append(" '").append(("&l" + (i - 1) + ";").repeat(10)).append("'>\n");
        String doc = dtd + "]>\n<TEI>&l10;</TEI>";
        SAXParseException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(SAXParseException.class, () -> parse(policy, doc)));
        assertTrue(e.getMessage().contains("more than \"100,000\" entity expansions"), e.getMessage());
    }

    @Test
    void billionLaughsIsRefusedForReadingAtItsDoctype() {
        SAXParseException e = assertThrows(SAXParseException.class, () -> parse(XmlInput.forReading(),
                "<!DOCTYPE TEI [<!ENTITY l0 'ha'><!ENTITY l1 '&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;'>]>\n<TEI>&l1;</TEI>"));
        assertTrue(XmlInput.refusedDoctype(e.getMessage()), e.getMessage());
    }

    @Test
    void readingAndRenderingRefuseElementsNestedTooDeepAndValidationStreamsThem() throws Exception {
        String deep = "<TEI>" + "<div>".repeat(DepthLimit.MAX_DEPTH) + "x" + "</div>".repeat(DepthLimit.MAX_DEPTH) + "</TEI>";
        for (XmlInput policy : List.of(XmlInput.forReading(), XmlInput.forRendering())) {
            SAXParseException e = assertThrows(DepthLimit.TooDeep.class, () -> parse(policy, deep));
            assertEquals(5 + 5 * DepthLimit.MAX_DEPTH + 1, e.getColumnNumber(), "at the first element too deep");
        }
        assertEquals("x", parse(XmlInput.forValidation(), deep).text.toString());
    }

    @ParameterizedTest
    @MethodSource("all")
    void anEntityAskedForIsRefusedWithAnErrorNotAFile(XmlInput policy) throws Exception {
        XMLReader reader = policy.newReader();
        SAXException e = assertThrows(SAXException.class, () -> reader.getEntityResolver().resolveEntity(null, "file:///etc/passwd"));
        assertEquals("external entity or DTD file:///etc/passwd refused: teikit does not load them", e.getMessage());
    }

    @Test
    void aReaderIsReusableAfterAFatalError() throws Exception {
        XMLReader reader = XmlInput.forValidation().newReader();
        Events events = new Events();
        reader.setContentHandler(events);
        reader.setErrorHandler(events);
        assertThrows(SAXParseException.class, () -> reader.parse(new InputSource(new StringReader("<TEI><p></TEI>"))));
        events.text.setLength(0);
        reader.parse(new InputSource(new StringReader("<TEI>again</TEI>")));
        assertEquals("again", events.text.toString());
    }

    private void assertNeverConnected() {
        assertEquals(0, server.connections(), "the parser connected to " + http);
    }

    private static Events parse(XmlInput policy, String xml) throws IOException, SAXException {
        XMLReader reader = policy.newReader();
        Events events = new Events();
        reader.setContentHandler(events);
        reader.setErrorHandler(events);
        reader.setProperty(XmlInput.LEXICAL_HANDLER, events);
        reader.parse(new InputSource(new StringReader(xml)));
        return events;
    }

    /** The text, the entities skipped and the external DTDs named; fatal errors thrown (DefaultHandler's way). */
    private static final class Events extends DefaultHandler2 {
        final StringBuilder text = new StringBuilder();
        final List<String> skipped = new ArrayList<>();
        final List<String> dtds = new ArrayList<>();

        @Override public void characters(char[] ch, int start, int length) { text.append(ch, start, length); }
        @Override public void skippedEntity(String name) { skipped.add(name); }
        @Override public void startDTD(String name, String publicId, String systemId) { if (systemId != null) dtds.add(systemId); }
    }
}
