package org.teikit.fidelity;

import org.teikit.tei.Tei;
import org.teikit.tei.XmlInput;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The words of {@code TEI/text} (front, body, back), each with its category (docs/encoding.md, "Word
 * categories") and its line:column in the file. Phrase-level elements ({@code hi}, {@code supplied} …)
 * do not break words, so {@code comr<supplied>ade</supplied>} is one word; every other element, the
 * readings of a {@code choice}, and line/page breaks without {@code break="no"} separate words.
 */
final class TeiWords extends DefaultHandler {
    /** Elements that may sit inside a word. */
    private static final Set<String> PHRASE = Set.of(
            "hi", "emph", "supplied", "expan", "abbr", "orig", "reg", "sic", "corr", "seg", "del", "add", "ref",
            "persName", "placeName", "orgName", "geogName", "name", "rs", "date", "time", "num", "measure", "said",
            "q", "foreign", "term", "title", "roleName", "forename", "surname", "addName", "unclear", "choice", "c",
            "w", "soCalled", "mentioned", "damage", "distinct", "gloss", "g", "subst", "restore", "ex", "am");
    private static final Set<String> BREAKS = Set.of("lb", "pb", "cb");
    private static final Set<String> EDITORIAL = Set.of("supplied", "expan", "reg", "corr", "ex");
    private static final Set<String> EDITORIAL_NOTES = Set.of("identification", "ellipsis", "omission", "classification");
    /** Notes made from a bracket where it stands; other notes are placed at their reference, away from their definition. */
    private static final Set<String> INLINE_NOTES = Set.of("identification", "ellipsis", "omission", "classification", "editorial");

    private final String raw;
    private final LineIndex lines;
    private final List<Word> words = new ArrayList<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final StringBuilder form = new StringBuilder();
    private Locator locator;
    private int rawCursor;
    private boolean inCdata;
    private int formStart;
    private Category formCategory;
    private int formUnit;
    private int textDepth;
    private int units;

    private record Frame(String name, boolean tei, boolean separates, Category category, int unit) {}

    private TeiWords(String raw) {
        this.raw = raw;
        this.lines = new LineIndex(raw);
    }

    /** Reads the words of a TEI file; a file that is not well-formed XML is reported with its position. */
    static List<Word> read(Path file, byte[] bytes) throws FidelityException {
        TeiWords handler = new TeiWords(new String(bytes, StandardCharsets.UTF_8));
        try {
            XMLReader reader = XmlInput.forValidation().newReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);   // fatal errors only: a DefaultHandler ignores the others
            InputSource in = new InputSource(new ByteArrayInputStream(bytes));
            in.setSystemId(file.toUri().toString());
            reader.parse(in);
        } catch (SAXParseException e) {
            throw new FidelityException(file, e.getLineNumber(), e.getColumnNumber(), "not well-formed XML: " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new FidelityException(file, 0, 0, "cannot read TEI: " + e.getMessage());
        }
        return handler.words;
    }


    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
        syncCursor();
        boolean tei = Tei.NS.equals(uri);
        Frame parent = stack.peek();
        if (tei && local.equals("text") && !within("teiHeader")) textDepth++;
        boolean separates = !tei || !(PHRASE.contains(local) || BREAKS.contains(local) && "no".equals(atts.getValue("break")))
                || parent != null && parent.tei && parent.name.equals("choice");
        Category category = parent == null ? Category.TEXT : parent.category;
        int unit = parent == null ? 0 : parent.unit;
        if (tei) {
            String type = atts.getValue("type");
            switch (local) {
                case "fw", "stamp" -> category = Category.FURNITURE;
                case "note" -> {
                    category = type != null && EDITORIAL_NOTES.contains(type) ? Category.EDITORIAL : Category.NOTES;
                    if (type == null || !INLINE_NOTES.contains(type)) unit = ++units;
                }
                case "desc" -> { if (parent != null && parent.tei && (parent.name.equals("gap") || parent.name.equals("incident"))) category = Category.EDITORIAL; }
                case "head" -> { if ("supplied".equals(type)) category = Category.EDITORIAL; }
                default -> { if (EDITORIAL.contains(local)) category = Category.EDITORIAL; }
            }
        }
        if (separates) separate();
        stack.push(new Frame(local, tei, separates, category, unit));
        if (tei && local.equals("pb") && atts.getValue("n") != null && textDepth > 0) {
            separate();
            int at = tagStart();
            attributeWords(atts.getValue("n"), at);
            separate();
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        syncCursor();
        Frame f = stack.pop();
        if (f.separates) separate();
        if (f.tei && local.equals("text") && textDepth > 0 && !within("teiHeader")) textDepth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            int at = consumeRaw(ch[i]);
            char c = ch[i];
            if (textDepth == 0) continue;
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < start + length && Character.isLowSurrogate(ch[i + 1])) {
                cp = Character.toCodePoint(c, ch[i + 1]);
                if (!(raw.charAt(Math.max(0, rawCursor - 1)) == ';')) consumeRaw(ch[i + 1]);
                i++;
            }
            if (Words.isWordChar(cp)) {
                boolean alone = Words.standsAlone(cp);
                if (alone) separate();
                if (form.length() == 0) {
                    formStart = at;
                    formCategory = stack.peek().category;
                    formUnit = stack.peek().unit;
                }
                form.appendCodePoint(cp);
                if (alone) separate();
            } else {
                separate();
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void attributeWords(String value, int at) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (Words.isWordChar(cp)) {
                if (form.length() == 0) {
                    formStart = at;
                    formCategory = Category.FURNITURE;
                    formUnit = 0;
                }
                form.appendCodePoint(cp);
            } else {
                separate();
            }
            i += Character.charCount(cp);
        }
    }

    private void separate() {
        if (form.length() == 0) return;
        String f = form.toString();
        form.setLength(0);
        words.add(new Word(f, Words.key(f), formCategory, lines.position(formStart), false, formUnit));
    }

    private boolean within(String name) {
        for (Frame f : stack) if (f.tei && f.name.equals(name)) return true;
        return false;
    }

    /** After a tag the parser's locator points just past it: text starts there. */
    private void syncCursor() {
        if (locator != null && locator.getLineNumber() > 0) {
            rawCursor = Math.min(raw.length(), lines.offset(locator.getLineNumber(), locator.getColumnNumber()));
            inCdata = false;
        }
    }

    private int tagStart() {
        int i = Math.min(rawCursor, raw.length()) - 1;
        while (i > 0 && raw.charAt(i) != '<') i--;
        return Math.max(i, 0);
    }

    /** Advances over the raw markup that produced the parsed character {@code c}; returns where it started. */
    private int consumeRaw(char c) {
        while (rawCursor < raw.length()) {
            if (!inCdata && raw.startsWith("<!--", rawCursor)) {
                int end = raw.indexOf("-->", rawCursor + 4);
                rawCursor = end < 0 ? raw.length() : end + 3;
            } else if (!inCdata && raw.startsWith("<?", rawCursor)) {
                int end = raw.indexOf("?>", rawCursor + 2);
                rawCursor = end < 0 ? raw.length() : end + 2;
            } else if (!inCdata && raw.startsWith("<![CDATA[", rawCursor)) {
                rawCursor += 9;
                inCdata = true;
            } else if (inCdata && raw.startsWith("]]>", rawCursor)) {
                rawCursor += 3;
                inCdata = false;
            } else {
                break;
            }
        }
        int at = Math.min(rawCursor, Math.max(0, raw.length() - 1));
        if (rawCursor >= raw.length()) return at;
        char r = raw.charAt(rawCursor);
        if (!inCdata && r == '&') {
            int end = raw.indexOf(';', rawCursor);
            rawCursor = end < 0 || end - rawCursor > 12 ? rawCursor + 1 : end + 1;
        } else if (r == '\r' && c == '\n' && rawCursor + 1 < raw.length() && raw.charAt(rawCursor + 1) == '\n') {
            rawCursor += 2;
        } else {
            rawCursor++;
        }
        return at;
    }
}
