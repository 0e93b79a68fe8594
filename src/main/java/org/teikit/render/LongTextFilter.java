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
 * {@link LongTexts}; the tree gets its first character, a mark and its last character. There the
 * views do nothing to the run but copy it (HTML) or copy it and normalise its spaces (text), and
 * what they test on its edges (quotation marks just outside a q, whether it is blank) sees the real
 * edges. For the text view the spaces around the stored middle stay in the tree (one each), so words
 * glued to the run stay glued; a middle of spaces only stays a space.
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

    // the current text run while it is shorter than the threshold
    private final StringBuilder run = new StringBuilder();
    // once it is longer: its first character, the stored middle, and its last character (1 or 2 UTF-16 units), not yet stored
    private String head;
    private LongTexts.NewRun middle;
    private final char[] last = new char[2];
    private int lastLength;
    private boolean middleStarted, middleStartsBlank, middleEndsBlank, middleHasWords;

    /**
     * @param keepSpaces true for HTML (the stored middle is exactly the source's), false for text
     *                   (its edge spaces stay in the tree, so it may be normalised on its own)
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
            append(ch, start, length);
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
        int first = Character.isHighSurrogate(run.charAt(0)) && run.length() > 1 && Character.isLowSurrogate(run.charAt(1)) ? 2 : 1;
        head = run.substring(0, first);
        middle = store.newRun();
        middleStarted = middleHasWords = false;
        lastLength = 0;
        char[] rest = new char[run.length() - first];
        run.getChars(first, run.length(), rest, 0);
        run.setLength(0);
        append(rest, 0, rest.length);
    }

    /** Stores all but the run's last character so far, which waits for the next piece or the run's end. */
    private void append(char[] ch, int start, int length) {
        if (length == 0) return;
        if (length == 1 && lastLength == 1 && Character.isHighSurrogate(last[0]) && Character.isLowSurrogate(ch[start])) {
            last[1] = ch[start];   // a pair the parser handed over in two pieces
            lastLength = 2;
            return;
        }
        int end = start + length;
        int keep = end - start >= 2 && Character.isLowSurrogate(ch[end - 1]) && Character.isHighSurrogate(ch[end - 2]) ? 2 : 1;
        store(last, 0, lastLength);
        store(ch, start, length - keep);
        System.arraycopy(ch, end - keep, last, 0, keep);
        lastLength = keep;
    }

    private void store(char[] ch, int start, int length) {
        if (length <= 0) return;
        if (!middleStarted) { middleStartsBlank = isBlank(ch[start]); middleStarted = true; }
        middleEndsBlank = isBlank(ch[start + length - 1]);
        for (int i = start; !middleHasWords && i < start + length; i++) if (!isBlank(ch[i])) middleHasWords = true;
        try {
            middle.writer().write(ch, start, length);
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
            return;
        }
        String tail = new String(last, 0, lastLength);
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
