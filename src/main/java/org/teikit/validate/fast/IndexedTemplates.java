package org.teikit.validate.fast;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads an XSLT stylesheet with each top-level template rule that Saxon cannot file under an element name written as
 * one copy per element name ({@link MatchPatterns#perElement}): {@code tei:*[@when]} as {@code tei:date[@when]},
 * {@code tei:event[@when]}, … for the elements of a {@link Vocabulary} that carry {@code @when}, and a union of
 * differently named elements as one copy per alternative. Saxon tries the rules it cannot file on every element, and
 * SchXslt chains a document's rules with {@code xsl:next-match}, so each of them cost a test on every element. Each
 * copy keeps the rule's priority and place, and no node matches two copies, so on documents of that vocabulary the
 * same rule fires on the same nodes, in the same order.
 */
final class IndexedTemplates extends XMLFilterImpl {
    private static final String XSL_NS = "http://www.w3.org/1999/XSL/Transform";
    /** More copies than this and the rule is kept as it is: each copy costs compiling. */
    private static final int MOST_COPIES = 64;

    private final Vocabulary names;
    private int depth;
    private int split;
    private boolean prefixesPending;           // a namespace declared on the element that starts next
    private List<String> copies;               // the match patterns of the template being recorded, or null
    private Attributes templateAttributes;
    private final List<Event> recorded = new ArrayList<>();

    /** One SAX event inside a template, replayed once per copy. */
    private interface Event {
        void to(ContentHandler h) throws SAXException;
    }

    IndexedTemplates(XMLReader parent, Vocabulary names) {
        super(parent);
        this.names = names;
    }

    /** How many template rules the last parse wrote as copies. */
    int split() {
        return split;
    }

    @Override
    public void startDocument() throws SAXException {
        depth = 0;
        split = 0;
        copies = null;
        prefixesPending = false;
        recorded.clear();
        super.startDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        prefixesPending = true;
        if (copies != null) recorded.add(h -> h.startPrefixMapping(prefix, uri));
        else super.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (copies != null) recorded.add(h -> h.endPrefixMapping(prefix));
        else super.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        boolean ownPrefixes = prefixesPending;
        prefixesPending = false;
        if (copies == null && depth == 2 && !ownPrefixes) {
            copies = copiesOf(uri, localName, atts);
            if (copies != null) {
                templateAttributes = new AttributesImpl(atts);
                return;
            }
        }
        if (copies != null) {
            Attributes a = new AttributesImpl(atts);
            recorded.add(h -> h.startElement(uri, localName, qName, a));
        } else {
            super.startElement(uri, localName, qName, atts);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (copies != null && depth == 2) {
            for (String match : copies) {
                AttributesImpl a = new AttributesImpl(templateAttributes);
                a.setValue(a.getIndex("", "match"), match);
                super.startElement(uri, localName, qName, a);
                for (Event e : recorded) e.to(getContentHandler());
                super.endElement(uri, localName, qName);
            }
            split++;
            copies = null;
            recorded.clear();
        } else if (copies != null) {
            recorded.add(h -> h.endElement(uri, localName, qName));
        } else {
            super.endElement(uri, localName, qName);
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (copies == null) {
            super.characters(ch, start, length);
            return;
        }
        char[] text = java.util.Arrays.copyOfRange(ch, start, start + length);
        recorded.add(h -> h.characters(text, 0, text.length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (copies == null) {
            super.ignorableWhitespace(ch, start, length);
            return;
        }
        char[] text = java.util.Arrays.copyOfRange(ch, start, start + length);
        recorded.add(h -> h.ignorableWhitespace(text, 0, text.length));
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (copies != null) recorded.add(h -> h.processingInstruction(target, data));
        else super.processingInstruction(target, data);
    }

    /**
     * The match patterns of the copies of a top-level template rule (not also a named template, which one copy only
     * may be, and declaring no namespace of its own), or null to keep it as it is.
     */
    private List<String> copiesOf(String uri, String localName, Attributes atts) {
        if (!XSL_NS.equals(uri) || !localName.equals("template") || atts.getValue("", "name") != null) return null;
        String match = atts.getValue("", "match");
        return match == null ? null : MatchPatterns.perElement(match, names, MOST_COPIES);
    }
}
