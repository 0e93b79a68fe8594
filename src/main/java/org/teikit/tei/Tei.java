package org.teikit.tei;

import nu.xom.Attribute;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Text;

import java.util.ArrayList;
import java.util.List;

/** Small factory for TEI elements: the only place that knows the TEI namespace. */
public final class Tei {
    public static final String NS = "http://www.tei-c.org/ns/1.0";
    public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private Tei() {}

    public static Element el(String name) {
        return new Element(name, NS);
    }

    /**
     * One attribute for {@link #el(String, Attr...)}: a name ({@code xml:id}, {@code xml:lang} understood) and its
     * value; a null value leaves the attribute out (an optional attribute absent). Pairs, not a run of strings, so
     * that a name cannot lose its value unnoticed.
     */
    public record Attr(String name, String value) {
        public Attr {
            if (name == null || name.isEmpty()) throw new IllegalArgumentException("an attribute without a name");
        }
    }

    /** {@code Tei.el("note", Tei.at("type", "source"), Tei.at("n", n))}. */
    public static Attr at(String name, String value) {
        return new Attr(name, value);
    }

    /** An element with these attributes. */
    public static Element el(String name, Attr... attributes) {
        Element e = el(name);
        for (Attr a : attributes) attr(e, a.name(), a.value());
        return e;
    }

    public static Element text(String name, String text, Attr... attributes) {
        Element e = el(name, attributes);
        if (!text.isEmpty()) e.appendChild(text);
        return e;
    }

    public static Element attr(Element e, String name, String value) {
        if (value == null) return e;
        if (name.startsWith("xml:")) {
            e.addAttribute(new Attribute(name, XML_NS, value));
        } else {
            e.addAttribute(new Attribute(name, value));
        }
        return e;
    }

    /**
     * Appends children and returns the parent, for nested construction: nodes, strings (as text), and iterables of
     * them; a null is skipped (an optional child absent).
     *
     * @throws IllegalArgumentException for anything else: a number or an object is never made text by its toString
     */
    public static Element add(Element parent, Object... children) {
        for (Object c : children) {
            if (c == null) continue;
            if (c instanceof Node n) parent.appendChild(n);
            else if (c instanceof String text) parent.appendChild(new Text(text));
            else if (c instanceof Iterable<?> it) for (Object o : it) add(parent, o);
            else throw new IllegalArgumentException("not a node or a string: " + c.getClass().getName() + " " + c);
        }
        return parent;
    }

    /** First child element with this TEI name, or null. */
    public static Element child(Element parent, String name) {
        return parent.getFirstChildElement(name, NS);
    }

    /** First child element with this name, created (appended) if missing. */
    public static Element childOrNew(Element parent, String name) {
        Element c = child(parent, name);
        if (c == null) {
            c = el(name);
            parent.appendChild(c);
        }
        return c;
    }

    /** Whether the element holds nothing, or only white space: a paragraph not worth writing. */
    public static boolean isBlank(Element e) {
        return e.getChildCount() == 0 || e.getChildCount() == 1 && e.getChild(0) instanceof nu.xom.Text t && t.getValue().isBlank();
    }

    /**
     * The descendants of {@code root} with this local name (in any namespace), in document order. A walk
     * of the tree rather than an XPath query: XOM's XPath engine costs more to start than a conversion.
     */
    public static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        collect(root, localName, out);
        return out;
    }

    private static void collect(Element e, String localName, List<Element> out) {
        for (int i = 0; i < e.getChildCount(); i++) {
            if (e.getChild(i) instanceof Element c) {
                if (c.getLocalName().equals(localName)) out.add(c);
                collect(c, localName, out);
            }
        }
    }
}
