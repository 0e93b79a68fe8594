package org.teikit.tei;

import nu.xom.Attribute;
import nu.xom.Comment;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.ProcessingInstruction;
import nu.xom.Text;

/**
 * Writes a document of {@link TeiShape} exactly as XOM's {@code Serializer} does with UTF-8, line
 * separator LF and neither indentation nor line wrapping: XML declaration and each top-level node on
 * its own line, attributes in their order before the namespace declaration, empty elements as
 * {@code <x/>}, XOM's escaping (a carriage return, alone or before a line feed, as a line feed in text
 * and {@code &#x0A;} in attribute values; tab and line feed in attribute values as references). XOM's serializer keeps that state machine per
 * character, through a writer chain; this is a StringBuilder, several times faster on teikit's output.
 */
final class TreeWriter {
    private final StringBuilder out = new StringBuilder(64 * 1024);
    /** After a carriage return written as a line break, a line feed right after it is part of the same break. */
    private boolean skipLineFeed;

    private TreeWriter() {}

    /** The serialisation, without the final line end teikit adds. */
    static String write(Document doc) {
        TreeWriter w = new TreeWriter();
        w.markup("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        w.out.append('\n');
        for (int i = 0; i < doc.getChildCount(); i++) {
            w.node(doc.getChild(i));
            w.out.append('\n');
        }
        return w.out.toString();
    }

    private void node(Node n) {
        if (n instanceof Element e) element(e);
        else if (n instanceof Text t) text(t.getValue());
        else if (n instanceof Comment c) {
            markup("<!--");
            markup(c.getValue());
            markup("-->");
        } else if (n instanceof ProcessingInstruction pi) {
            markup("<?");
            markup(pi.getTarget());
            if (!pi.getValue().isEmpty()) {
                markup(" ");
                markup(pi.getValue());
            }
            markup("?>");
        } else {
            throw new IllegalArgumentException("not of the shape teikit builds: " + n);
        }
    }

    private void element(Element e) {
        markup("<");
        markup(e.getQualifiedName());
        for (int i = 0; i < e.getAttributeCount(); i++) {
            Attribute a = e.getAttribute(i);
            markup(" ");
            markup(a.getQualifiedName());
            markup("=\"");
            attributeValue(a.getValue());
            markup("\"");
        }
        if (!(e.getParent() instanceof Element)) {            // the root declares the TEI namespace; the rest inherit it
            markup(" xmlns=\"");
            text(Tei.NS);
            markup("\"");
        }
        if (!hasContent(e)) {
            markup("/>");
            return;
        }
        markup(">");
        for (int i = 0; i < e.getChildCount(); i++) node(e.getChild(i));
        markup("</");
        markup(e.getQualifiedName());
        markup(">");
    }

    /** Empty text nodes do not count: an element holding only those is written as an empty-element tag. */
    private static boolean hasContent(Element e) {
        for (int i = 0; i < e.getChildCount(); i++) {
            Node c = e.getChild(i);
            if (!(c instanceof Text t) || !t.getValue().isEmpty()) return true;
        }
        return false;
    }

    /** Names, delimiters, comments and instructions: as they are. */
    private void markup(String s) {
        if (s.isEmpty()) return;
        out.append(s, skipLineFeed && s.charAt(0) == '\n' ? 1 : 0, s.length());
        skipLineFeed = false;
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append('\n');
                case '\n' -> {
                    if (!skipLineFeed) out.append('\n');
                }
                default -> out.append(c);
            }
            skipLineFeed = c == '\r';
        }
    }

    private void attributeValue(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#x09;");
                case '\r' -> out.append("&#x0A;");
                case '\n' -> {
                    if (!skipLineFeed) out.append("&#x0A;");
                }
                default -> out.append(c);
            }
            skipLineFeed = c == '\r';
        }
    }
}
