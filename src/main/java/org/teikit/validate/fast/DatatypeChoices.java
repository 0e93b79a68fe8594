package org.teikit.validate.fast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads a RELAX NG schema in XML syntax with each choice of plain XML Schema datatypes made one datatype of
 * {@link DatatypeUnions}; for the quick pass only ({@link FastPath#quiet}).
 *
 * <p>Jing checks a value against a choice of datatypes by walking the choice, one memo lookup and one check per
 * alternative (TEI's dates are a choice of eight types); against one datatype it takes a shortcut and remembers the
 * derivative for valid and invalid values. Which strings are accepted does not change, so neither do verdicts or
 * error positions; only a failed value's wording would, and the quick pass does not word it ({@link QuietDatatypes}).
 *
 * <p>Only what is plainly a choice of datatypes is rewritten: a {@code choice} with no foreign attributes whose children
 * (two or more) are {@code data} elements of the XML Schema library, with no {@code except}, no annotations, and no
 * type that takes part in ID checks or needs a namespace context. Everything else passes as it was, at its own
 * position: a choice is held back until its end, then replayed with the positions it was read at.
 */
final class DatatypeChoices extends XMLFilterImpl {
    static final String RNG = "http://relaxng.org/ns/structure/1.0";
    /** ID types join Jing's ID checks; QName and NOTATION depend on the namespace context; ENTITY on a DTD. */
    private static final Set<String> KEPT = Set.of("ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "QName", "NOTATION");

    private final Deque<String> libraries = new ArrayDeque<>();   // datatypeLibrary in scope, per open element
    private final ReplayLocator locator = new ReplayLocator();
    private final List<String[]> pendingPrefixes = new ArrayList<>();
    private Element open;   // innermost element of the choice held back, if any
    private int endsToDrop;   // prefix mappings that ended with a replayed choice, already replayed

    DatatypeChoices(XMLReader parent) {
        super(parent);
    }

    private sealed interface Node permits Element, Text, Instruction {}

    private record Text(char[] chars, int line, int column) implements Node {}

    private record Instruction(String target, String data, int line, int column) implements Node {}

    private static final class Element implements Node {
        final String uri, localName, qName, library;
        final Attributes atts;
        final List<String[]> prefixes;
        final Element parent;
        final int line, column;
        final List<Node> children = new ArrayList<>();
        int endLine, endColumn;
        List<String[]> union;   // when this is a rewritten choice: its parameters (see DatatypeUnions)

        Element(String uri, String localName, String qName, Attributes atts, String library, List<String[]> prefixes,
                Element parent, int line, int column) {
            this.uri = uri;
            this.localName = localName;
            this.qName = qName;
            this.atts = atts;
            this.library = library;
            this.prefixes = prefixes;
            this.parent = parent;
            this.line = line;
            this.column = column;
        }

        boolean is(String name) {
            return RNG.equals(uri) && localName.equals(name);
        }
    }

    @Override
    public void setDocumentLocator(Locator real) {
        locator.real = real;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        pendingPrefixes.add(new String[] {prefix, uri});
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (open != null) return;   // replayed with its element
        if (endsToDrop > 0) {
            endsToDrop--;
            return;
        }
        super.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String inherited = open != null ? open.library : libraries.isEmpty() ? "" : libraries.peek();
        String own = RNG.equals(uri) ? atts.getValue("", "datatypeLibrary") : null;
        String library = own != null ? strip(own) : inherited;
        if (open == null && !(RNG.equals(uri) && localName.equals("choice"))) {
            for (String[] p : pendingPrefixes) super.startPrefixMapping(p[0], p[1]);
            pendingPrefixes.clear();
            libraries.push(library);
            super.startElement(uri, localName, qName, atts);
            return;
        }
        Element e = new Element(uri, localName, qName, new AttributesImpl(atts), library, List.copyOf(pendingPrefixes),
                open, locator.getLineNumber(), locator.getColumnNumber());
        pendingPrefixes.clear();
        if (open != null) open.children.add(e);
        open = e;
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (open == null) {
            libraries.pop();
            super.endElement(uri, localName, qName);
            return;
        }
        Element e = open;
        e.endLine = locator.getLineNumber();
        e.endColumn = locator.getColumnNumber();
        open = e.parent;
        if (open == null) {
            endsToDrop = e.prefixes.size();
            try {
                replay(rewrite(e));
            } finally {
                locator.replaying = false;
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (open == null) {
            super.characters(ch, start, length);
        } else {
            char[] copy = new char[length];
            System.arraycopy(ch, start, copy, 0, length);
            open.children.add(new Text(copy, locator.getLineNumber(), locator.getColumnNumber()));
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (open == null) super.processingInstruction(target, data);
        else open.children.add(new Instruction(target, data, locator.getLineNumber(), locator.getColumnNumber()));
    }

    /** The element with its choices of datatypes made unions, innermost first (a union joins an enclosing one). */
    private static Element rewrite(Element e) {
        for (int i = 0; i < e.children.size(); i++) {
            if (e.children.get(i) instanceof Element child) e.children.set(i, rewrite(child));
        }
        List<String[]> params = e.is("choice") ? unionParameters(e) : null;
        if (params == null) return e;
        String prefix = e.qName.substring(0, e.qName.indexOf(':') + 1);
        AttributesImpl atts = new AttributesImpl();
        atts.addAttribute("", "datatypeLibrary", "datatypeLibrary", "CDATA", DatatypeUnions.NAMESPACE);
        atts.addAttribute("", "type", "type", "CDATA", DatatypeUnions.TYPE);
        Element data = new Element(RNG, "data", prefix + "data", atts, DatatypeUnions.NAMESPACE, e.prefixes, null,
                e.line, e.column);
        for (String[] p : params) {
            AttributesImpl name = new AttributesImpl();
            name.addAttribute("", "name", "name", "CDATA", p[0]);
            Element param = new Element(RNG, "param", prefix + "param", name, DatatypeUnions.NAMESPACE, List.of(), data,
                    e.line, e.column);
            param.children.add(new Text(p[1].toCharArray(), e.line, e.column));
            param.endLine = e.line;
            param.endColumn = e.column;
            data.children.add(param);
        }
        data.endLine = e.endLine;
        data.endColumn = e.endColumn;
        data.union = params;
        return data;
    }

    /** The parameters of the union a choice is, or null if it is not plainly a choice of datatypes. */
    private static List<String[]> unionParameters(Element choice) {
        if (!onlyAttributes(choice, "ns", "datatypeLibrary")) return null;
        List<String[]> params = new ArrayList<>();
        for (Node n : choice.children) {
            if (n instanceof Text t && blank(t)) continue;
            if (!(n instanceof Element data && data.is("data"))) return null;
            if (data.union != null) {
                params.addAll(data.union);
                continue;
            }
            String type = data.atts.getValue("", "type");
            if (!DatatypeUnions.XSD.equals(data.library) || type == null || KEPT.contains(strip(type))
                    || !onlyAttributes(data, "type", "ns", "datatypeLibrary")) {
                return null;
            }
            params.add(new String[] {DatatypeUnions.ALTERNATIVE, strip(type)});
            for (Node c : data.children) {
                if (c instanceof Text t && blank(t)) continue;
                String[] facet = c instanceof Element param ? facet(param) : null;
                if (facet == null) return null;
                params.add(facet);
            }
        }
        long alternatives = params.stream().filter(p -> p[0].equals(DatatypeUnions.ALTERNATIVE)).count();
        return alternatives >= 2 ? params : null;
    }

    /** A {@code param}'s name and value, or null if it holds anything but text. */
    private static String[] facet(Element param) {
        String name = param.atts.getValue("", "name");
        if (!param.is("param") || name == null || !onlyAttributes(param, "name", "ns", "datatypeLibrary")
                || strip(name).equals(DatatypeUnions.ALTERNATIVE)) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (Node n : param.children) {
            if (!(n instanceof Text t)) return null;
            value.append(t.chars);
        }
        return new String[] {strip(name), value.toString()};
    }

    private static boolean onlyAttributes(Element e, String... allowed) {
        for (int i = 0; i < e.atts.getLength(); i++) {
            if (!e.atts.getURI(i).isEmpty() || !List.of(allowed).contains(e.atts.getLocalName(i))) return false;
        }
        return true;
    }

    private void replay(Element e) throws SAXException {
        for (String[] p : e.prefixes) super.startPrefixMapping(p[0], p[1]);
        locator.at(e.line, e.column);
        super.startElement(e.uri, e.localName, e.qName, e.atts);
        for (Node n : e.children) {
            if (n instanceof Element child) {
                replay(child);
            } else if (n instanceof Text t) {
                locator.at(t.line, t.column);
                super.characters(t.chars, 0, t.chars.length);
            } else if (n instanceof Instruction pi) {
                locator.at(pi.line, pi.column);
                super.processingInstruction(pi.target, pi.data);
            }
        }
        locator.at(e.endLine, e.endColumn);
        super.endElement(e.uri, e.localName, e.qName);
        for (int i = e.prefixes.size() - 1; i >= 0; i--) super.endPrefixMapping(e.prefixes.get(i)[0]);
    }

    private static boolean blank(Text t) {
        for (char c : t.chars) if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
        return true;
    }

    /** RELAX NG strips XML whitespace from names, types and library URIs. */
    private static String strip(String s) {
        int b = 0, e = s.length();
        while (b < e && " \t\n\r".indexOf(s.charAt(b)) >= 0) b++;
        while (e > b && " \t\n\r".indexOf(s.charAt(e - 1)) >= 0) e--;
        return s.substring(b, e);
    }

    /** The parser's positions, except while a held-back choice is replayed: then the positions it was read at. */
    private static final class ReplayLocator implements Locator {
        Locator real;
        boolean replaying;
        private int line, column;

        void at(int line, int column) {
            this.replaying = true;
            this.line = line;
            this.column = column;
        }

        @Override public String getPublicId() { return real == null ? null : real.getPublicId(); }
        @Override public String getSystemId() { return real == null ? null : real.getSystemId(); }
        @Override public int getLineNumber() { return replaying ? line : real == null ? -1 : real.getLineNumber(); }
        @Override public int getColumnNumber() { return replaying ? column : real == null ? -1 : real.getColumnNumber(); }
    }
}
