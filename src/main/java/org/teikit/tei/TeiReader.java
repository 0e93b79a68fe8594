package org.teikit.tei;

import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.ParsingException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.nio.file.Path;

/** Reads TEI into XOM safely: no DOCTYPE, no external entities, nothing fetched. */
public final class TeiReader {
    private TeiReader() {}

    public static Document read(Path file) throws IOException, ParsingException {
        return builder().build(file.toFile());
    }

    /**
     * A XOM builder with {@link SafeXml}'s settings, refusing any DOCTYPE (teikit writes none, and an entity
     * left unexpanded would silently drop text) and a document nested deeper than {@link DepthLimit#MAX_DEPTH}. Errors reach the caller as {@link ParsingException}s with
     * their line and column, and only so: without an error handler of its own, Xerces also prints them to stderr.
     */
    public static Builder builder() {
        try {
            SAXParserFactory f = SafeXml.parserFactory();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            XMLReader reader = new DepthLimit(f.newSAXParser().getXMLReader());
            reader.setErrorHandler(QUIET);
            return new Builder(reader);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a security feature", e);
        }
    }

    /** Rethrows fatal errors (XOM turns them into ParsingExceptions), ignores warnings and validity errors. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override public void warning(SAXParseException e) {}
        @Override public void error(SAXParseException e) {}
        @Override public void fatalError(SAXParseException e) throws SAXParseException { throw e; }
    };

}
