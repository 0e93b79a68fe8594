package org.teikit.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.testing.CountingServer;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@link XmlInput#withXInclude()}: a modular document read as one, positions in the included files, and everything
 * that is not a readable local file refused at its {@code xi:include} (fixtures: src/test/resources/xinclude).
 */
class XIncludeInputTest {
    static final Path FIXTURES = Path.of("src/test/resources/xinclude");
    static final String XI = "http://www.w3.org/2001/XInclude";

    @TempDir
    Path dir;
    private CountingServer server;

    @BeforeEach
    void listen() throws IOException {
        server = new CountingServer();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    @Test
    void theChaptersArriveInPlaceEachElementAtItsPositionInItsOwnFile() throws Exception {
        Events e = parse(XmlInput.forValidation().withXInclude(), FIXTURES.resolve("book.xml"));
        assertEquals(List.of("TEI book.xml:3", "head chapters/one.xml:3", "head chapters/two.xml:3",
                "ref chapters/two.xml:4"), e.starts.stream().filter(s -> s.matches("(TEI|head|ref) .*")).toList());
        assertTrue(e.text.toString().contains("The lighthouse keeper counted the ships."), e.text.toString());
        assertTrue(e.text.toString().contains("Every lamp remembers its harbour."), "parse=\"text\": " + e.text);
        assertFalse(e.starts.stream().anyMatch(s -> s.startsWith("include ")), "no xi:include element is left");
        assertEquals(0, server.connections());
    }

    @Test
    void noXmlBaseOrXmlLangIsAddedToAnIncludedElement() throws Exception {
        // Xerces' fixups would give chapter one's div xml:base="chapters/one.xml", which teikit's schema refuses
        Events e = parse(XmlInput.forValidation().withXInclude(), FIXTURES.resolve("book.xml"));
        assertEquals("type xml:id", e.attributesOfFirst.get("div"));
    }

    @Test
    void withoutXIncludeTheElementIsReadAsTheElementItIsAndNoFileIsOpened() throws Exception {
        for (XmlInput policy : List.of(XmlInput.forValidation(), XmlInput.forReading(), XmlInput.forRendering())) {
            assertFalse(policy.processesXInclude());
            Events e = parse(policy, FIXTURES.resolve("book.xml"));
            assertEquals(2, e.starts.stream().filter(s -> s.startsWith("include book.xml:")).count(), e.starts.toString());
            assertFalse(e.text.toString().contains("lighthouse"));
        }
    }

    @Test
    void aRemoteHrefIsRefusedAtItsIncludeEvenWithAFallbackAndNothingConnects() throws Exception {
        for (String href : List.of(server.http() + "/chapters/two.xml", "https://127.0.0.1:" + server.port() + "/two.xml",
                "ftp://127.0.0.1:" + server.port() + "/two.xml", "jar:" + server.http() + "/x.jar!/two.xml",
                "file://127.0.0.1/etc/hostname")) {
            Path doc = Files.writeString(dir.resolve("remote.xml"), "<book xmlns:xi='" + XI + "'>\n"
                    + "  <xi:include href='" + href + "'><xi:fallback><p>not here</p></xi:fallback></xi:include>\n</book>");
            IncludeException e = assertThrows(IncludeException.class,
                    () -> parse(XmlInput.forValidation().withXInclude(), doc), href);
            assertEquals(doc.toUri(), Path.of(java.net.URI.create(e.getSystemId())).toUri(), href);
            assertEquals(2, e.getLineNumber(), href);
            assertEquals(20 + href.length() + 3, e.getColumnNumber(), "after the start tag: " + href);
            assertTrue(e.getMessage().startsWith("xi:include of \"" + href + "\" refused: teikit includes local files"
                    + " only"), e.getMessage());
            String never = href.startsWith("file:") ? "a file: URI naming a host" : href.substring(0, href.indexOf(':') + 1);
            assertTrue(e.getMessage().endsWith("never " + never), e.getMessage());
        }
        assertEquals(0, server.connections(), "the parser connected to " + server.http());
    }

    @Test
    void aLoopIsRefusedWithItsChainAtTheIncludeThatClosesIt() throws Exception {
        IncludeException e = assertThrows(IncludeException.class,
                () -> parse(XmlInput.forValidation().withXInclude(), FIXTURES.resolve("loop/a.xml")));
        assertEquals("xi:include loop: a.xml includes b.xml, which includes a.xml; a file cannot include itself",
                e.getMessage());
        assertTrue(e.getSystemId().endsWith("/xinclude/loop/b.xml"), e.getSystemId());
        assertEquals(4, e.getLineNumber());
        Path self = Files.writeString(dir.resolve("self.xml"), "<a xmlns:xi='" + XI + "'><xi:include href='./self.xml'/></a>");
        assertEquals("xi:include loop: self.xml includes self.xml; a file cannot include itself",
                assertThrows(IncludeException.class, () -> parse(XmlInput.forRendering().withXInclude(), self)).getMessage());
        // a caller's system id left unescaped (a space in a folder's name) is still the file it names
        Path spaced = Files.createDirectories(dir.resolve("a folder"));
        Files.writeString(spaced.resolve("self.xml"), "<a xmlns:xi='" + XI + "'><xi:include href='self.xml'/></a>");
        XMLReader reader = XmlInput.forValidation().withXInclude().newReader();
        IncludeException unescaped = assertThrows(IncludeException.class,
                () -> reader.parse(new InputSource("file:" + spaced.resolve("self.xml").toAbsolutePath())));
        assertEquals("xi:include loop: self.xml includes self.xml; a file cannot include itself", unescaped.getMessage());
    }

    @Test
    void includingOneFileTwiceSideBySideIsNoLoop() throws Exception {
        Files.writeString(dir.resolve("part.xml"), "<part>words</part>");
        Path doc = Files.writeString(dir.resolve("twice.xml"), "<a xmlns:xi='" + XI + "'><xi:include href='part.xml'/>"
                + "<xi:include href='part.xml'/></a>");
        assertEquals("wordswords", parse(XmlInput.forValidation().withXInclude(), doc).text.toString());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWithTheChain() throws Exception {
        int files = LocalIncludes.MAX_NESTING + 1;   // f0 includes f1 … includes f32: 33 files, 32 includes deep
        for (int i = 0; i < files; i++) {
            String next = i + 1 < files ? "<xi:include href='f" + (i + 1) + ".xml'/>" : "bottom";
            Files.writeString(dir.resolve("f" + i + ".xml"), "<level xmlns:xi='" + XI + "'>" + next + "</level>");
        }
        IncludeException e = assertThrows(IncludeException.class,
                () -> parse(XmlInput.forValidation().withXInclude(), dir.resolve("f0.xml")));
        assertTrue(e.getMessage().startsWith("xi:include nested more than " + LocalIncludes.MAX_NESTING
                + " files deep: f0.xml includes f1.xml, which includes f2.xml"), e.getMessage());
        assertTrue(e.getMessage().endsWith(", which includes f32.xml"), e.getMessage());
        assertTrue(e.getSystemId().endsWith("/f31.xml"), e.getSystemId());
        Files.writeString(dir.resolve("f31.xml"), "<level>bottom</level>");   // one file fewer: within the limit
        assertEquals("bottom", parse(XmlInput.forValidation().withXInclude(), dir.resolve("f0.xml")).text.toString());
    }

    @Test
    void anIncludeBombStopsAtTheLimitOfIncludesQuickly() throws Exception {
        // b0 includes b1 twice, b1 includes b2 twice … b16: 2^17 - 2 includes, no loop, 16 files deep
        int levels = 17;
        for (int i = 0; i < levels; i++) {
            String next = i + 1 < levels ? ("<xi:include href='b" + (i + 1) + ".xml'/>").repeat(2) : "x";
            Files.writeString(dir.resolve("b" + i + ".xml"), "<b xmlns:xi='" + XI + "'>" + next + "</b>");
        }
        IncludeException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> assertThrows(
                IncludeException.class, () -> parse(XmlInput.forValidation().withXInclude(), dir.resolve("b0.xml"))));
        assertEquals("more than " + LocalIncludes.MAX_INCLUDES + " xi:includes followed in one document: teikit stops"
                + " there (an include bomb?)", e.getMessage());
    }

    @Test
    void aMissingFileWithoutFallbackIsAnErrorAtItsIncludeAndWithOneTheFallbackIsUsed() throws Exception {
        IncludeException e = assertThrows(IncludeException.class,
                () -> parse(XmlInput.forValidation().withXInclude(), FIXTURES.resolve("missing.xml")));
        assertEquals("cannot include \"chapters/four.xml\": no such file, and the xi:include has no xi:fallback",
                e.getMessage());
        assertTrue(e.getSystemId().endsWith("/xinclude/missing.xml"), e.getSystemId());
        assertEquals(20, e.getLineNumber());
        assertEquals(45, e.getColumnNumber());

        Events f = parse(XmlInput.forValidation().withXInclude(), FIXTURES.resolve("fallback.xml"));
        assertTrue(f.text.toString().contains("Chapter four is lost."), f.text.toString());
        assertEquals(1, f.warnings.size(), f.warnings.toString());
        assertTrue(f.warnings.get(0).contains("chapters/four.xml") && f.warnings.get(0).contains("no such file"),
                f.warnings.toString());

        Files.createDirectories(dir.resolve("folder.xml"));
        Path folder = Files.writeString(dir.resolve("folder-include.xml"), "<a xmlns:xi='" + XI + "'><xi:include href='folder.xml'"
                + " parse='text'/></a>");
        assertEquals("cannot include \"folder.xml\": a folder, not a file, and the xi:include has no xi:fallback",
                assertThrows(IncludeException.class, () -> parse(XmlInput.forValidation().withXInclude(), folder)).getMessage());
        // a device reads for ever: only regular files are read
        Path device = Files.writeString(dir.resolve("device.xml"), "<a xmlns:xi='" + XI + "'><xi:include href='/dev/zero'"
                + " parse='text'/></a>");
        assertEquals("cannot include \"/dev/zero\": not a regular file, and the xi:include has no xi:fallback",
                assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> assertThrows(IncludeException.class,
                        () -> parse(XmlInput.forValidation().withXInclude(), device))).getMessage());
    }

    @Test
    void anXPointerSelectsPartOfAFileAndOneThatSelectsNothingIsAnIncludeError() throws Exception {
        Files.createDirectories(dir.resolve("my chapters"));
        Files.copy(FIXTURES.resolve("chapters/two.xml"), dir.resolve("my chapters/twée.xml"));
        // element(/1/2): the root's second child element, chapter two's paragraph (href with a space and an accent)
        Path doc = Files.writeString(dir.resolve("part.xml"), "<a xmlns:xi='" + XI + "'>\n"
                + "<xi:include href='my chapters/twée.xml' xpointer='element(/1/2)'/></a>");
        Events e = parse(XmlInput.forValidation().withXInclude(), doc);
        assertEquals(List.of("a part.xml:1", "p my chapters/twée.xml:4", "ref my chapters/twée.xml:4"), e.starts);
        Files.writeString(doc, "<a xmlns:xi='" + XI + "'>\n<xi:include href='my%20chapters/twée.xml' xpointer='element(/1/9)'/></a>");
        IncludeException none = assertThrows(IncludeException.class, () -> parse(XmlInput.forValidation().withXInclude(), doc));
        assertTrue(none.getMessage().startsWith("cannot include: ") && none.getMessage().contains("XPointer")
                && none.getMessage().endsWith("The xi:include has no xi:fallback."), none.getMessage());
        assertEquals(2, none.getLineNumber());
    }

    @Test
    void aMalformedChapterIsAFatalErrorInTheChapter() throws Exception {
        Files.writeString(dir.resolve("broken.xml"), "<div>\n  <p>unclosed\n</div>");
        Path doc = Files.writeString(dir.resolve("book.xml"), "<a xmlns:xi='" + XI + "'><xi:include href='broken.xml'/></a>");
        Events events = new Events();
        assertThrows(SAXParseException.class, () -> parse(XmlInput.forValidation().withXInclude(), doc, events));
        assertTrue(events.fatals.get(0).startsWith("broken.xml:3:"), events.fatals.toString());
        assertFalse(events.fatals.get(0).contains("IncludeException"));
    }

    @Test
    void anIncludedFileKeepsThePolicysLocksItsEntitiesUnreadItsDoctypeRefusedForReading() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Files.writeString(dir.resolve("chapter.xml"), "<!DOCTYPE div [<!ENTITY s SYSTEM '" + secret.toUri() + "'>"
                + "<!ENTITY r SYSTEM '" + server.http() + "/r.ent'>]>\n<div>a &s; b &r; c</div>");
        Path doc = Files.writeString(dir.resolve("book.xml"), "<a xmlns:xi='" + XI + "'><xi:include href='chapter.xml'/></a>");
        Events e = parse(XmlInput.forValidation().withXInclude(), doc);
        assertEquals("a  b  c", e.text.toString());
        assertEquals(List.of("s", "r"), e.skipped);
        SAXParseException refused = assertThrows(SAXParseException.class,
                () -> parse(XmlInput.forReading().withXInclude(), doc));
        assertTrue(refused.getMessage().contains("DOCTYPE is disallowed"), refused.getMessage());
        assertEquals(0, server.connections());
    }

    @Test
    void theDepthLimitCountsTheAssembledDocument() throws Exception {
        int half = DepthLimit.MAX_DEPTH / 2 + 1;
        Files.writeString(dir.resolve("deep.xml"), "<d>".repeat(half) + "x" + "</d>".repeat(half));
        Path doc = Files.writeString(dir.resolve("book.xml"), "<a xmlns:xi='" + XI + "'>" + "<d>".repeat(half)
                + "<xi:include href='deep.xml'/>" + "</d>".repeat(half) + "</a>");
        assertThrows(DepthLimit.TooDeep.class, () -> parse(XmlInput.forRendering().withXInclude(), doc));
    }

    @Test
    void aReaderIsReusableAfterARefusal() throws Exception {
        XMLReader reader = XmlInput.forValidation().withXInclude().newReader();
        Events events = new Events();
        events.base = FIXTURES.toAbsolutePath();
        reader.setContentHandler(events);
        reader.setErrorHandler(events);
        assertThrows(IncludeException.class,
                () -> reader.parse(new InputSource(FIXTURES.resolve("loop/a.xml").toUri().toString())));
        events.text.setLength(0);
        reader.parse(new InputSource(FIXTURES.resolve("book.xml").toUri().toString()));
        assertTrue(events.text.toString().contains("lighthouse"));
    }

    @Test
    void theLocksOfEveryPolicyStay() throws Exception {
        XMLReader reader = XmlInput.forValidation().withXInclude().newReader();
        SAXException e = assertThrows(SAXException.class,
                () -> reader.getEntityResolver().resolveEntity(null, "file:///etc/passwd"));
        assertEquals("external entity or DTD file:///etc/passwd refused: teikit does not load them", e.getMessage());
        assertEquals(XmlInput.forValidation().withXInclude(), XmlInput.forValidation().withXInclude().withXInclude());
        assertTrue(XmlInput.forReading().withXInclude().processesXInclude());
        Events text = parse(XmlInput.forValidation().withXInclude(), Files.writeString(dir.resolve("plain.xml"),
                "<TEI>no includes</TEI>"));
        assertEquals("no includes", text.text.toString());
        assertThrows(SAXParseException.class, () -> XmlInput.forValidation().withXInclude().newReader()
                .parse(new InputSource(new StringReader("<TEI>"))));
    }

    private static Events parse(XmlInput policy, Path file) throws IOException, SAXException {
        return parse(policy, file, new Events());
    }

    private static Events parse(XmlInput policy, Path file, Events events) throws IOException, SAXException {
        XMLReader reader = policy.newReader();
        events.base = file.toAbsolutePath().getParent();
        reader.setContentHandler(events);
        reader.setErrorHandler(events);
        reader.parse(new InputSource(file.toAbsolutePath().toUri().toString()));
        return events;
    }

    /** Element starts as "localName file:line" (file relative to the document's folder), text, warnings, fatals. */
    private static final class Events extends DefaultHandler {
        Path base;
        Locator locator;
        final List<String> starts = new ArrayList<>();
        final java.util.Map<String, String> attributesOfFirst = new java.util.HashMap<>();
        final StringBuilder text = new StringBuilder();
        final List<String> skipped = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> fatals = new ArrayList<>();

        @Override public void setDocumentLocator(Locator l) { locator = l; }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            starts.add(localName + " " + where(locator.getSystemId()) + ":" + locator.getLineNumber());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < atts.getLength(); i++) names.add(atts.getQName(i));
            attributesOfFirst.putIfAbsent(localName, String.join(" ", names));
        }

        @Override public void characters(char[] ch, int start, int length) { text.append(ch, start, length); }
        @Override public void skippedEntity(String name) { skipped.add(name); }
        @Override public void warning(SAXParseException e) { warnings.add(e.getMessage()); }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            fatals.add(where(e.getSystemId()) + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            throw e;
        }

        private String where(String systemId) {
            Path p = Path.of(java.net.URI.create(systemId));
            return base.relativize(p).toString();
        }
    }
}
