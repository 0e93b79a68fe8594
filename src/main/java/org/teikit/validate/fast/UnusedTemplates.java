package org.teikit.validate.fast;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads an XSLT stylesheet without the top-level template rules that cannot match any node of documents with a given
 * {@link Vocabulary} (see {@link MatchPatterns}). A rule that never matches never runs, so the stylesheet computes the
 * same result on those documents; Saxon just compiles less. SchXslt turns every Schematron rule into such a
 * template, and tei_all has 157 of them, most for elements a given document does not use.
 */
final class UnusedTemplates extends XMLFilterImpl {
    private static final String XSL_NS = "http://www.w3.org/1999/XSL/Transform";

    private final Vocabulary names;
    private int depth;
    private int skipping;   // depth inside a left-out template, 0 when not in one
    private int left;
    // prefix mappings wait for the element they belong to, which may be left out with them
    private final List<String[]> pendingPrefixes = new ArrayList<>();
    private final List<List<String>> prefixesByDepth = new ArrayList<>();

    UnusedTemplates(XMLReader parent, Vocabulary names) {
        super(parent);
        this.names = names;
    }

    /** How many template rules the last parse left out. */
    int leftOut() {
        return left;
    }

    @Override
    public void startDocument() throws SAXException {
        depth = 0;
        skipping = 0;
        left = 0;
        pendingPrefixes.clear();
        prefixesByDepth.clear();
        super.startDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        pendingPrefixes.add(new String[] {prefix, uri});
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        if (skipping == 0 && depth == 2 && unusedRule(uri, localName, atts)) {
            skipping = depth;
            left++;
        }
        List<String> declared = new ArrayList<>(pendingPrefixes.size());
        for (String[] p : pendingPrefixes) {
            declared.add(p[0]);
            if (skipping == 0) super.startPrefixMapping(p[0], p[1]);
        }
        pendingPrefixes.clear();
        prefixesByDepth.add(declared);
        if (skipping == 0) super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        boolean skipped = skipping != 0;
        if (!skipped) super.endElement(uri, localName, qName);
        for (String prefix : prefixesByDepth.remove(prefixesByDepth.size() - 1)) {
            if (!skipped) super.endPrefixMapping(prefix);
        }
        if (skipping == depth) skipping = 0;
        depth--;
    }

    @Override
    public void endPrefixMapping(String prefix) {
        // sent by endElement, for the elements that were not left out
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipping == 0) super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (skipping == 0) super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (skipping == 0) super.processingInstruction(target, data);
    }

    /** A template rule (not also a named template) whose pattern cannot match. */
    private boolean unusedRule(String uri, String localName, Attributes atts) {
        if (!XSL_NS.equals(uri) || !localName.equals("template")) return false;
        String match = atts.getValue("", "match");
        return match != null && atts.getValue("", "name") == null && !MatchPatterns.mayMatch(match, names);
    }
}
