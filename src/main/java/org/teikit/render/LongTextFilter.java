package org.teikit.render;

import org.teikit.tei.Tei;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.XMLFilterImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Between the parser and the tree builder: a text run longer than the threshold, directly inside
 * running prose (TEI, text, body, front, back, group, div…, p, ab, nothing else above it), goes into
 * {@link LongTexts}; the tree gets its edges and a mark in place of its middle (text: the first and the
 * last character; HTML: up to its first and from its last {@link TypographicCuts}). There the views do
 * nothing to the run but copy it (HTML: setting it typographically, piece by piece) or copy it and
 * normalise its spaces (text), and what they test on its edges (quotation marks just outside a q,
 * whether it is blank, the character a quotation mark follows) sees the real edges. For the text view
 * the spaces around the stored middle stay in the tree (one each), so words glued to the run stay
 * glued; a middle of spaces only stays a space.
 */
final class LongTextFilter extends XMLFilterImpl implements LexicalHandler {
    private static final String LEXICAL = "http://xml.org/sax/properties/lexical-handler";
    /** Elements whose text both views copy, without looking inside it. */
    private static final Set<String> PROSE = Set.of("TEI", "teiCorpus", "text", "body", "front", "back", "group",
            "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7", "p", "ab");

    private final LongTexts store;
    private final int threshold;
    private final boolean keepSpaces;
    private LexicalHandler lexical;
    private final Deque<Boolean> prose = new ArrayDeque<>();
    private boolean collision;

    // the current text run while no middle is being stored, and how far it was searched for a cut (HTML)
    private final StringBuilder run = new StringBuilder();
    private int searched;
    // once it is longer: what stays in the tree before the middle, the stored middle, and the text after
    // the middle's last cut so far, not yet stored (the run's tail when it ends)
    private String head;
    private LongTexts.NewRun middle;
    private final StringBuilder held = new StringBuilder();
    private boolean middleStarted, middleStartsBlank, middleEndsBlank, middleHasWords;

    /**
     * @param keepSpaces true for HTML: the stored middle is exactly the source's, and it begins and ends at
     *                   {@link TypographicCuts} (what stays in the tree on each side, up to the first cut and
     *                   from the last, is set by the typography as it would be in the whole run; a run with
     *                   fewer than two cuts stays in the tree); false for text: the middle is all but the
     *                   run's first and last character, and its edge spaces stay in the tree, so it may be
     *                   normalised on its own
     */
    LongTextFilter(XMLReader parent, LongTexts store, int threshold, boolean keepSpaces) {
        super(parent);
        this.store = store;
        this.threshold = Math.max(threshold, 2);
        this.keepSpaces = keepSpaces;
        prose.push(true);
    }

    /** The document held one of the mark characters: its marks would be ambiguous. */
    boolean collision() {
        return collision;
    }

    @Override
    public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
        if (LEXICAL.equals(name)) {
            lexical = (LexicalHandler) value;
            super.setProperty(name, this);   // comments and CDATA pass through here, in order with the text
        } else {
            super.setProperty(name, value);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        flush();
        for (int i = 0; i < atts.getLength(); i++) scan(atts.getValue(i));
        prose.push(prose.peek() && Tei.NS.equals(uri) && PROSE.contains(localName));
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        flush();
        prose.pop();
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        for (int i = start; i < start + length; i++) if (LongTexts.isMarkChar(ch[i])) collision = true;
        if (!prose.peek()) {
            super.characters(ch, start, length);
            return;
        }
        if (middle == null) {
            run.append(ch, start, length);
            if (run.length() > threshold) startMiddle();
        } else {
            int from = held.length() - 1;   // a cut just before the new text is decided only now
            held.append(ch, start, length);
            storeHeld(from);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        flush();
        scan(data);
        super.processingInstruction(target, data);
    }

    @Override
    public void endDocument() throws SAXException {
        flush();
        super.endDocument();
    }

    // --- the stored middle -----------------------------------------------------------------------

    private void startMiddle() {
        int first;
        if (keepSpaces) {
            first = TypographicCuts.first(run, searched);
            searched = run.length() - 1;
            if (first < 0) return;   // no cut yet: the run goes on gathering (and stays in the tree if none comes)
        } else {
            first = Character.isHighSurrogate(run.charAt(0)) && Character.isLowSurrogate(run.charAt(1)) ? 2 : 1;
        }
        head = run.substring(0, first);
        middle = store.newRun();
        middleStarted = middleHasWords = false;
        held.setLength(0);
        held.append(run, first, run.length());
        run.setLength(0);
        searched = 0;
        storeHeld(0);
    }

    /** Stores what is held up to its last cut: HTML, its last {@link TypographicCuts}; text, its last character. */
    private void storeHeld(int from) {
        int cut;
        if (keepSpaces) {
            cut = TypographicCuts.last(held, from);
        } else {
            int end = held.length();
            // a pair stays whole; a high surrogate at the end waits for its partner
            cut = end >= 2 && Character.isLowSurrogate(held.charAt(end - 1)) && Character.isHighSurrogate(held.charAt(end - 2)) ? end - 2 : end - 1;
        }
        if (cut <= 0) return;
        store(held, cut);
        held.delete(0, cut);
    }

    /** Stores the first {@code length} characters of {@code s}. */
    private void store(CharSequence s, int length) {
        if (!middleStarted) { middleStartsBlank = isBlank(s.charAt(0)); middleStarted = true; }
        middleEndsBlank = isBlank(s.charAt(length - 1));
        for (int i = 0; !middleHasWords && i < length; i++) if (!isBlank(s.charAt(i))) middleHasWords = true;
        try {
            middle.writer().append(s, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // in memory: cannot happen
        }
    }

    /** Hands the current run to the tree builder: as it is, or with its middle replaced by a mark. */
    private void flush() throws SAXException {
        if (middle == null) {
            if (run.length() > 0) {
                super.characters(run.toString().toCharArray(), 0, run.length());
                run.setLength(0);
            }
            searched = 0;
            return;
        }
        String tail = held.toString();
        held.setLength(0);
        try {
            middle.writer().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String mark = LongTexts.runMark(middle.id());
        String inTree;
        if (!middleHasWords) {
            // spaces only: a mark would be a word to the stylesheets (a blank text node between blocks is not)
            String spaces;
            try {
                spaces = store.dropLast();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            inTree = head + (keepSpaces || spaces.isEmpty() ? spaces : " ") + tail;
        } else if (keepSpaces) inTree = head + mark + tail;
        else inTree = head + (middleStartsBlank ? " " : "") + mark + (middleEndsBlank ? " " : "") + tail;
        middle = null;
        head = null;
        super.characters(inTree.toCharArray(), 0, inTree.length());
    }

    /** XML's white space, the only characters normalize-space() and the wrapping treat as spaces. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void scan(String s) {
        for (int i = 0; i < s.length(); i++) if (LongTexts.isMarkChar(s.charAt(i))) collision = true;
    }

    // --- LexicalHandler: in order with the text --------------------------------------------------

    @Override public void comment(char[] ch, int start, int length) throws SAXException {
        flush();
        for (int i = start; i < start + length; i++) if (LongTexts.isMarkChar(ch[i])) collision = true;
        if (lexical != null) lexical.comment(ch, start, length);
    }
    @Override public void startCDATA() throws SAXException { if (lexical != null) lexical.startCDATA(); }
    @Override public void endCDATA() throws SAXException { if (lexical != null) lexical.endCDATA(); }
    @Override public void startDTD(String name, String publicId, String systemId) throws SAXException {
        if (lexical != null) lexical.startDTD(name, publicId, systemId);
    }
    @Override public void endDTD() throws SAXException { if (lexical != null) lexical.endDTD(); }
    @Override public void startEntity(String name) throws SAXException { if (lexical != null) lexical.startEntity(name); }
    @Override public void endEntity(String name) throws SAXException { if (lexical != null) lexical.endEntity(name); }
}
