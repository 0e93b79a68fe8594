package org.teikit.tei;

import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.ParsingException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.nio.file.Path;

/** Reads TEI into XOM safely ({@link XmlInput#forReading()}): no DOCTYPE, no external entities, nothing fetched. */
public final class TeiReader {
    private TeiReader() {}

    public static Document read(Path file) throws IOException, ParsingException {
        return builder().build(file.toFile());
    }

    /**
     * A XOM builder on {@link XmlInput#forReading()}: any DOCTYPE refused (teikit writes none, and an entity left
     * unexpanded would silently drop text), a document nested deeper than {@link DepthLimit#MAX_DEPTH} refused. Errors
     * reach the caller as {@link ParsingException}s with their line and column, and only so: without an error handler
     * of its own, Xerces also prints them to stderr.
     */
    public static Builder builder() {
        XMLReader reader = XmlInput.forReading().newReader();
        reader.setErrorHandler(QUIET);
        return new Builder(reader);
    }

    /**
     * A reading failure as one line, {@code file:line:column: message}: the position only where the parser knew it (an
     * empty file has none), and the parser's wording for a refused DOCTYPE replaced by the reason.
     */
    public static String describe(Path file, ParsingException e) {
        String where = e.getLineNumber() > 0 ? ":" + e.getLineNumber() + (e.getColumnNumber() > 0 ? ":" + e.getColumnNumber() : "") : "";
        String message = XmlInput.refusedDoctype(e.getMessage())
                ? "a DOCTYPE is refused (teikit loads no DTD and expands no entity it declares)"
                : e.getMessage() != null && e.getMessage().startsWith("Premature end of file") && e.getLineNumber() < 1
                ? "empty file (no XML in it)" : e.getMessage();
        return file + where + ": " + message;
    }

    /** Rethrows fatal errors (XOM turns them into ParsingExceptions), ignores warnings and validity errors. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override public void warning(SAXParseException e) {}
        @Override public void error(SAXParseException e) {}
        @Override public void fatalError(SAXParseException e) throws SAXParseException { throw e; }
    };

}
