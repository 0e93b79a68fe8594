package org.teikit.validate;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.LexicalHandler;

/**
 * Receives one parse and fans it out, streaming, to the checks of the document (Jing validators, and a Saxon tree
 * builder when Schematron runs). The checks are only known at the root element, after the prolog's xml-model PIs,
 * so the prolog (its namespace declarations, processing instructions and comments) is held back and replayed, each
 * at its own position. Comments go to the checks that take them (the tree: Schematron rules may match comments, and a
 * comment splits text into two nodes). Reused for every file of one {@link Validator}.
 */
final class DocumentPipeline implements ContentHandler, LexicalHandler, ErrorHandler {

    /** Decides the checks at the root element, from the prolog's xml-model PIs. */
    interface Router {
        ContentHandler[] targets(List<XmlModel> models) throws SAXException;
    }

    private static final ContentHandler[] NONE = new ContentHandler[0];

    private final Router router;
    private MessageCollector out;
    private Locator locator;
    private ContentHandler[] targets = NONE;
    private boolean inProlog;
    private final List<XmlModel> models = new ArrayList<>();
    private final List<String[]> prefixes = new ArrayList<>();
    private final List<PrologNode> prolog = new ArrayList<>();
    private final ReplayLocator replay = new ReplayLocator();
    private LexicalHandler[] commentTargets = new LexicalHandler[0];
    private boolean inDtd;   // comments of the internal subset are not nodes of the document

    DocumentPipeline(Router router) {
        this.router = router;
    }

    void reset(MessageCollector collector) {
        out = collector;
        locator = null;
        targets = NONE;
        inProlog = true;
        models.clear();
        prefixes.clear();
        prolog.clear();
        commentTargets = new LexicalHandler[0];
        inDtd = false;
    }

    /** A processing instruction (target and data) or a comment (data) of the prolog, where it ended. */
    private record PrologNode(String target, String data, int line, int column) {}

    /**
     * The parser's locator, except while the prolog is replayed: then the position of the node being replayed, so a
     * tree's nodes are where the parser met them.
     */
    private final class ReplayLocator implements Locator {
        private PrologNode at;

        @Override public String getPublicId() { return locator == null ? null : locator.getPublicId(); }
        @Override public String getSystemId() { return locator == null ? null : locator.getSystemId(); }
        @Override public int getLineNumber() { return at != null ? at.line() : line(); }
        @Override public int getColumnNumber() { return at != null ? at.column() : column(); }
    }

    /**
     * Thrown by a check's error handler once the message cap is reached: it ends the event the check is in the middle
     * of (a start tag with 100,000 bad attributes would otherwise be worded to its end) and the checking of the
     * document; the parse goes on for well-formedness only.
     */
    static final class StopChecking extends SAXException {
        static final StopChecking INSTANCE = new StopChecking();

        private StopChecking() {
            super("message cap reached");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;   // control flow, not an error
        }
    }

    /** No check hears more of this document. */
    private void stop() {
        targets = NONE;
        commentTargets = new LexicalHandler[0];
    }

    // ---- ContentHandler ----

    @Override
    public void setDocumentLocator(Locator l) {
        locator = l;
    }

    @Override
    public void startDocument() {}

    @Override
    public void endDocument() throws SAXException {
        try {
            for (ContentHandler t : targets) t.endDocument();
        } catch (StopChecking e) {
            stop();
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (inProlog) {
            prefixes.add(new String[] {prefix, uri});
            return;
        }
        try {
            for (ContentHandler t : targets) t.startPrefixMapping(prefix, uri);
        } catch (StopChecking e) {
            stop();
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        try {
            for (ContentHandler t : targets) t.endPrefixMapping(prefix);
        } catch (StopChecking e) {
            stop();
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        try {
            if (inProlog) {
                inProlog = false;
                targets = router.targets(models);
                List<LexicalHandler> lexical = new ArrayList<>();
                for (ContentHandler t : targets) {
                    if (locator != null) t.setDocumentLocator(replay);
                    t.startDocument();
                    if (t instanceof LexicalHandler l) lexical.add(l);
                }
                commentTargets = lexical.toArray(LexicalHandler[]::new);
                replayProlog();
                for (ContentHandler t : targets) {
                    for (String[] p : prefixes) t.startPrefixMapping(p[0], p[1]);
                }
            }
            for (ContentHandler t : targets) t.startElement(uri, localName, qName, atts);
        } catch (StopChecking e) {
            stop();
        }
    }

    private void replayProlog() throws SAXException {
        try {
            for (PrologNode n : prolog) {
                replay.at = n;
                if (n.target() != null) {
                    for (ContentHandler t : targets) t.processingInstruction(n.target(), n.data());
                } else {
                    char[] text = n.data().toCharArray();
                    for (LexicalHandler l : commentTargets) l.comment(text, 0, text.length);
                }
            }
        } finally {
            replay.at = null;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        try {
            for (ContentHandler t : targets) t.endElement(uri, localName, qName);
        } catch (StopChecking e) {
            stop();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        try {
            for (ContentHandler t : targets) t.characters(ch, start, length);
        } catch (StopChecking e) {
            stop();
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        try {
            for (ContentHandler t : targets) t.ignorableWhitespace(ch, start, length);
        } catch (StopChecking e) {
            stop();
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (inProlog) {
            if (target.equals("xml-model")) models.add(XmlModel.parse(data, line(), column()));
            prolog.add(new PrologNode(target, data, line(), column()));
            return;
        }
        try {
            for (ContentHandler t : targets) t.processingInstruction(target, data);
        } catch (StopChecking e) {
            stop();
        }
    }

    @Override
    public void skippedEntity(String name) {
        // the parser never expands external entities; their content must not silently vanish either
        out.add(systemId(), line(), column(), Severity.ERROR, "entity \"" + name + "\" not expanded: teikit does not load"
                + " external entities or DTDs", MessageSource.WELLFORMEDNESS);
    }

    // ---- LexicalHandler: the DOCTYPE and comments ----

    @Override
    public void startDTD(String name, String publicId, String systemId) {
        inDtd = true;
        if (systemId != null) {
            out.add(systemId(), line(), column(), Severity.ERROR, "external DTD \"" + systemId + "\" not loaded: teikit does not"
                    + " load external entities or DTDs", MessageSource.WELLFORMEDNESS);
        }
    }

    @Override
    public void endDTD() {
        inDtd = false;
    }
    @Override public void startEntity(String name) {}
    @Override public void endEntity(String name) {}
    @Override public void startCDATA() {}
    @Override public void endCDATA() {}
    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
        if (inDtd) return;
        if (inProlog) {
            prolog.add(new PrologNode(null, new String(ch, start, length), line(), column()));
            return;
        }
        try {
            for (LexicalHandler l : commentTargets) l.comment(ch, start, length);
        } catch (StopChecking e) {
            stop();
        }
    }

    // ---- ErrorHandler of the parser ----

    @Override
    public void warning(SAXParseException e) {
        out.add(e.getSystemId(), e.getLineNumber(), e.getColumnNumber(), Severity.WARNING, e.getMessage(), source(e));
    }

    @Override
    public void error(SAXParseException e) {
        out.add(e.getSystemId(), e.getLineNumber(), e.getColumnNumber(), Severity.ERROR, e.getMessage(), source(e));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        out.add(e.getSystemId(), e.getLineNumber(), e.getColumnNumber(), Severity.FATAL, e.getMessage(), source(e));
        throw e;
    }

    /** What a parser's error is about: an xi:include not followed, or the XML itself. */
    static MessageSource source(SAXParseException e) {
        return e instanceof org.teikit.tei.IncludeException ? MessageSource.INCLUDE : MessageSource.WELLFORMEDNESS;
    }

    /** {@code line:column} of the parse, for a failure that is not a message. */
    String position() {
        return line() + ":" + column();
    }

    private String systemId() {
        return locator == null ? null : locator.getSystemId();
    }

    private int line() {
        return locator == null ? -1 : locator.getLineNumber();
    }

    private int column() {
        return locator == null ? -1 : locator.getColumnNumber();
    }
}
