package org.teikit.tei;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stops the parse of a document whose elements nest deeper than teikit reads. What reads a TEI tree (the views'
 * templates, XOM's XPath, the reports) recurses once or more per level, so thousands of levels would overflow the
 * stack, at a depth that depends on the JVM; the limit makes the refusal the same everywhere, with the position
 * of the first element too deep. (Validation streams and has no such limit.)
 */
public final class DepthLimit extends XMLFilterImpl {
    /** Far beyond real TEI (a few dozen levels), well within what the stylesheets render on a default stack. */
    public static final int MAX_DEPTH = 250;

    /** The refusal, told apart from a well-formedness error. */
    public static final class TooDeep extends SAXParseException {
        TooDeep(Locator at) {
            super("elements nested more than " + MAX_DEPTH + " levels deep; teikit reads TEI nested up to " + MAX_DEPTH, at);
        }
    }

    private Locator locator;
    private int depth;

    public DepthLimit(XMLReader parent) {
        super(parent);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (++depth > MAX_DEPTH) throw new TooDeep(locator);
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        super.endElement(uri, localName, qName);
    }
}
