package org.teikit.tei;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.xerces.impl.XMLEntityManager;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.EntityResolver2;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The gate of Xerces' XInclude processing ({@link XmlInput#withXInclude()}). Xerces asks the entity resolver for every
 * {@code xi:include} (an entity resolver's request with no entity name), and this one answers:
 * <ul>
 *   <li>a local file ({@code file:} URI, or a path relative to the including file): followed, once it is known to be
 *       a readable regular file;</li>
 *   <li>any other scheme ({@code http:}, {@code https:}, {@code ftp:}, {@code jar:} …) or a {@code file:} URI naming a
 *       host: refused before anything is opened, an {@link IncludeException} at the {@code xi:include};</li>
 *   <li>a file that is already being included further up (A includes B includes A): refused with the chain;</li>
 *   <li>nesting deeper than {@link #MAX_NESTING} files: refused with the chain; more than {@link #MAX_INCLUDES}
 *       includes in one document: refused;</li>
 *   <li>a missing or unreadable file: Xerces is told it is a resource error, so the {@code xi:fallback} is used when
 *       there is one; when there is none, Xerces' fatal error is replaced by an {@link IncludeException} that says
 *       why the file could not be read (so is that of any other failed include without fallback, an xpointer that
 *       selects nothing say).</li>
 * </ul>
 * Every other request (an external entity or DTD, which the policy's features never let through) is refused as
 * {@link XmlInput#REFUSE_EXTERNAL} refuses it. A refusal, like any fatal error, ends the parse: Xerces' own
 * follow-up fatal error for each include that contained it ("Error attempting to parse XML file") is dropped, so
 * the first is the one message ({@link #guarded}). One instance per reader; its state is reset by each parse.
 */
final class LocalIncludes extends XMLFilterImpl implements EntityResolver2 {
    /** Files within files: far beyond a book of parts of chapters, and a bound on the parsers Xerces stacks up. */
    static final int MAX_NESTING = 32;
    /**
     * Includes followed in one document: a bound on the work of an include bomb (files that each include the next
     * twice: 2^32 parses within the nesting limit), generous for a corpus assembled from thousands of files.
     */
    static final int MAX_INCLUDES = 10_000;

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private Locator locator;
    private final Map<Path, Path> includedBy = new HashMap<>();   // each file being included → the file including it
    private int followed;   // includes followed in this parse
    private SAXException first;   // what ended the parse (see guarded): thrown again for Xerces' follow-up
    private Unreadable unreadable;   // the last include that could not be read: its fallback follows, or an error
    private SAXParseException heldWarning;   // the parser's last warning, until the next event (see warning)

    private record Unreadable(String href, String reason, String systemId) {}

    LocalIncludes(XMLReader parent) {
        super(parent);
    }

    @Override
    public void parse(InputSource input) throws SAXException, IOException {
        includedBy.clear();
        followed = 0;
        first = null;
        unreadable = null;
        heldWarning = null;
        super.parse(input);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    // ---- the resolver Xerces asks

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException, IOException {
        return XmlInput.REFUSE_EXTERNAL.resolveEntity(publicId, systemId);
    }

    @Override
    public InputSource getExternalSubset(String name, String baseURI) {
        return null;   // no DTD is made up for a document that has none
    }

    @Override
    public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId)
            throws SAXException, IOException {
        if (name != null) return XmlInput.REFUSE_EXTERNAL.resolveEntity(publicId, systemId);
        // an xi:include: href resolved as Xerces resolves it (against the base URI in effect, escaping as XInclude says)
        String uri = XMLEntityManager.expandSystemId(systemId, baseURI, false);
        Path target = localFile(uri);
        if (target == null) {
            throw refuse("xi:include of \"" + systemId + "\" refused: teikit includes local files only (file: URIs"
                    + " or paths relative to the including file), never " + scheme(uri));
        }
        Path including = localFile(locator == null ? baseURI : locator.getSystemId());
        List<Path> chain = chain(including);
        Path key = identity(target);
        if (chain.contains(key)) {
            List<Path> loop = new ArrayList<>(chain.subList(0, chain.indexOf(key) + 1));
            java.util.Collections.reverse(loop);
            loop.add(key);
            throw refuse("xi:include loop: " + describe(loop, chain) + "; a file cannot include itself");
        }
        if (chain.size() >= MAX_NESTING) {
            List<Path> path = new ArrayList<>(chain);
            java.util.Collections.reverse(path);
            path.add(key);
            throw refuse("xi:include nested more than " + MAX_NESTING + " files deep: " + describe(path, chain));
        }
        String reason = Files.isDirectory(target) ? "a folder, not a file"
                : !Files.exists(target) ? "no such file"
                : !Files.isRegularFile(target) ? "not a regular file"
                : !Files.isReadable(target) ? "permission denied" : null;
        if (reason != null) {
            // a resource error: Xerces turns to the xi:fallback, or reports that there is none (fatalError below)
            unreadable = new Unreadable(systemId, reason, locator == null ? null : locator.getSystemId());
            throw new IOException(reason);
        }
        if (++followed > MAX_INCLUDES) {
            throw refuse("more than " + MAX_INCLUDES + " xi:includes followed in one document: teikit stops there (an"
                    + " include bomb?)");
        }
        if (including != null) includedBy.put(key, identity(including));
        return new InputSource(target.toUri().toString());
    }

    /** The file an absolute URI names, or null when it is not a local file. */
    private static Path localFile(String uri) {
        if (uri == null) return null;
        Matcher m = SCHEME.matcher(uri);
        if (!m.find() || !m.group(1).equalsIgnoreCase("file")) return null;
        try {
            URI u = new URI(uri.replace(" ", "%20"));   // a system id given by a caller may be left unescaped
            if (u.getAuthority() != null && !u.getAuthority().isEmpty() && !u.getAuthority().equals("localhost")) return null;
            return Path.of(new URI("file", null, u.getPath(), null)).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String scheme(String uri) {
        Matcher m = SCHEME.matcher(uri);
        if (!m.find()) return "a relative reference outside a file";
        String scheme = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return scheme.equals("file") ? "a file: URI naming a host" : scheme + ":";
    }

    /** One name per file, symbolic links and {@code ..} aside, so a loop is found however its hrefs spell it. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** The including file and those that include it, innermost first, up to the document parsed. */
    private List<Path> chain(Path including) {
        List<Path> chain = new ArrayList<>();
        for (Path p = including == null ? null : identity(including); p != null && !chain.contains(p); p = includedBy.get(p)) {
            chain.add(p);
        }
        return chain;
    }

    /** "a.xml includes b.xml, which includes a.xml": names relative to the document's folder. */
    private static String describe(List<Path> files, List<Path> chain) {
        Path top = chain.isEmpty() ? null : chain.get(chain.size() - 1).getParent();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            String name = top != null && f.startsWith(top) ? top.relativize(f).toString() : f.toString();
            b.append(i == 0 ? "" : i == 1 ? " includes " : ", which includes ").append(name);
        }
        return b.toString();
    }

    /** Tells the error handler, and ends the parse with the same exception. */
    private IncludeException refuse(String message) throws SAXException {
        IncludeException e = new IncludeException(message, locator);
        first = e;
        if (getErrorHandler() != null) getErrorHandler().fatalError(e);
        return e;
    }

    // ---- Xerces' errors about includes

    /**
     * Held until the next event: Xerces words a failed include (a file not read, an xpointer that selects nothing) as
     * a warning, "reverting to fallback", then either the fallback's content follows (the warning stands) or, at the
     * same place, the fatal error that there is none (the warning is part of that error).
     */
    @Override
    public void warning(SAXParseException e) throws SAXException {
        forwardHeldWarning();
        heldWarning = e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        if (first != null) throw first;   // Xerces' follow-up for the include that held it
        String failed = null;
        if (unreadable != null && sameFile(e.getSystemId(), unreadable.systemId())) {
            failed = "cannot include \"" + unreadable.href() + "\": " + unreadable.reason()
                    + ", and the xi:include has no xi:fallback";
        } else if (heldWarning != null && samePlace(heldWarning, e)) {
            failed = "cannot include: " + heldWarning.getMessage() + " The xi:include has no xi:fallback.";
        }
        if (failed != null) {
            heldWarning = null;
            unreadable = null;
            IncludeException cannot = new IncludeException(failed, locatorOf(e));
            first = cannot;
            super.fatalError(cannot);
            throw cannot;
        }
        forwardHeldWarning();
        first = e;
        super.fatalError(e);
    }

    private static boolean sameFile(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static boolean samePlace(SAXParseException a, SAXParseException b) {
        return sameFile(a.getSystemId(), b.getSystemId()) && a.getLineNumber() == b.getLineNumber()
                && a.getColumnNumber() == b.getColumnNumber();
    }

    private static Locator locatorOf(SAXParseException e) {
        org.xml.sax.helpers.LocatorImpl l = new org.xml.sax.helpers.LocatorImpl();
        l.setSystemId(e.getSystemId());
        l.setPublicId(e.getPublicId());
        l.setLineNumber(e.getLineNumber());
        l.setColumnNumber(e.getColumnNumber());
        return l;
    }

    /** Content arrives: an include that failed has its fallback, and its warning goes out before the content. */
    private void flush() throws SAXException {
        unreadable = null;
        forwardHeldWarning();
    }

    private void forwardHeldWarning() throws SAXException {
        if (heldWarning == null) return;
        SAXParseException w = heldWarning;
        heldWarning = null;
        super.warning(w);
    }

    // ---- what the handlers downstream throw

    /**
     * Xerces parses an included file with a parser of its own and turns anything thrown from it into its own fatal
     * error, "Error attempting to parse XML file", at the xi:include. So whatever ended the parse first (a fatal
     * error, a refusal, or an exception of a handler downstream: a depth limit, a validator's "enough messages") is
     * kept, and thrown again in place of that follow-up: the parse ends as it would without includes.
     */
    private interface Event {
        void send() throws SAXException;
    }

    private void guarded(Event event) throws SAXException {
        try {
            event.send();
        } catch (SAXException e) {
            if (first == null) first = e;
            throw e;
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        flush();
        guarded(() -> super.startElement(uri, localName, qName, atts));
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        flush();
        guarded(() -> super.endElement(uri, localName, qName));
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        flush();
        guarded(() -> super.characters(ch, start, length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        guarded(() -> super.ignorableWhitespace(ch, start, length));
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        flush();
        guarded(() -> super.processingInstruction(target, data));
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        guarded(() -> super.startPrefixMapping(prefix, uri));
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        guarded(() -> super.endPrefixMapping(prefix));
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        guarded(() -> super.skippedEntity(name));
    }

    @Override
    public void endDocument() throws SAXException {
        flush();
        guarded(super::endDocument);
    }
}
