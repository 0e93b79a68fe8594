package org.teikit.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The elements of a buffer as far as they can be read, well-formed or not: an end tag closes the nearest open
 * element of its name (a stray one is ignored), and what is open at the end stays open. Built without recursion,
 * so a buffer nested 100,000 levels deep is no danger; what walks it must not recurse either.
 */
final class ElementTree {
    /** One element; {@code end} is the end of its end tag, or of the buffer when it was never closed. */
    static final class Element {
        final Markup.Token startTag;
        final Element parent;
        final List<Element> children = new ArrayList<>();
        int contentEnd;   // where its end tag starts
        int end;

        Element(Markup.Token startTag, Element parent) {
            this.startTag = startTag;
            this.parent = parent;
        }

        String name() {
            return startTag.name();
        }

        String localName() {
            String n = startTag.name();
            return n.substring(n.indexOf(':') + 1);
        }

        String attribute(String name) {
            for (Markup.Attribute a : startTag.attributes()) if (a.name().equals(name)) return a.value();
            return null;
        }
    }

    final List<Element> roots = new ArrayList<>();
    final List<Markup.Token> tokens;
    private final String text;

    private ElementTree(String text, List<Markup.Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static ElementTree of(String text) {
        ElementTree tree = new ElementTree(text, Markup.scan(text, text.length()));
        List<Element> open = new ArrayList<>();
        for (Markup.Token t : tree.tokens) {
            if (t.kind() == Markup.Kind.START_TAG && !t.name().isEmpty()) {
                Element e = new Element(t, open.isEmpty() ? null : open.get(open.size() - 1));
                (e.parent == null ? tree.roots : e.parent.children).add(e);
                if (t.selfClosing()) {
                    e.contentEnd = e.end = t.end();
                } else {
                    open.add(e);
                }
            } else if (t.kind() == Markup.Kind.END_TAG) {
                for (int k = open.size() - 1; k >= 0; k--) {
                    if (open.get(k).name().equals(t.name())) {
                        while (open.size() > k) {
                            Element closed = open.remove(open.size() - 1);
                            closed.contentEnd = t.start();
                            closed.end = t.end();
                        }
                        break;
                    }
                }
            }
        }
        for (Element e : open) e.contentEnd = e.end = text.length();
        return tree;
    }

    String text() {
        return text;
    }

    /** Every element in document order (an explicit stack, no recursion). */
    List<Element> all() {
        List<Element> result = new ArrayList<>();
        List<Element> stack = new ArrayList<>();
        for (int i = roots.size() - 1; i >= 0; i--) stack.add(roots.get(i));
        while (!stack.isEmpty()) {
            Element e = stack.remove(stack.size() - 1);
            result.add(e);
            for (int i = e.children.size() - 1; i >= 0; i--) stack.add(e.children.get(i));
        }
        return result;
    }

    /** The innermost element whose start tag ends at or before {@code offset} and that is still open there. */
    Element enclosing(int offset) {
        Element found = null;
        List<Element> level = roots;
        while (true) {
            Element next = null;
            for (Element e : level) {
                if (e.startTag.end() <= offset && offset <= e.contentEnd && !e.startTag.selfClosing()) next = e;
                if (e.startTag.start() > offset) break;
            }
            if (next == null) return found;
            found = next;
            level = next.children;
        }
    }

    /** The start tag that contains {@code offset} (between its {@code <} and its end), or null. */
    Markup.Token startTagAt(int offset) {
        for (Markup.Token t : tokens) {
            if (t.start() >= offset) break;
            if (t.kind() == Markup.Kind.START_TAG && offset < t.end() + (t.complete() ? 0 : 1)) return t;
        }
        return null;
    }

    /** The element whose start tag is this token. */
    Element elementOf(Markup.Token startTag) {
        for (Element e : all()) if (e.startTag == startTag) return e;
        return null;
    }

    /** The text of an element with its markup removed, whitespace collapsed, at most {@code max} characters. */
    String plainText(Element e, int max) {
        StringBuilder b = new StringBuilder();
        for (Markup.Token t : Markup.scan(text.substring(e.startTag.end(), Math.max(e.startTag.end(), e.contentEnd)), Integer.MAX_VALUE)) {
            if (t.kind() == Markup.Kind.TEXT) b.append(text, e.startTag.end() + t.start(), e.startTag.end() + t.end());
            if (b.length() > max * 2) break;
        }
        String s = b.toString().replaceAll("\\s+", " ").strip();
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }

    /** The prefix bindings in scope at an element ("" for the default namespace). */
    static Map<String, String> namespaces(Element e) {
        Map<String, String> ns = new java.util.HashMap<>();
        for (Element at = e; at != null; at = at.parent) {
            for (Markup.Attribute a : at.startTag.attributes()) {
                if (a.value() == null) continue;
                if (a.name().equals("xmlns")) ns.putIfAbsent("", a.value());
                else if (a.name().startsWith("xmlns:")) ns.putIfAbsent(a.name().substring(6), a.value());
            }
        }
        ns.putIfAbsent("xml", "http://www.w3.org/XML/1998/namespace");
        return ns;
    }
}
