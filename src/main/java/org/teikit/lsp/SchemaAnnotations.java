package org.teikit.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.tei.XmlInput;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a grammar's source says beyond its patterns, which Jing's simplified pattern drops: the documentation of
 * elements and attributes ({@code a:documentation} in the XML syntax, {@code ##} comments in the compact one) and
 * the values written for each attribute name (candidates only: which of them an attribute accepts at a given place
 * is asked of the grammar itself, see {@link GrammarWalk#allowsValue}).
 */
final class SchemaAnnotations {
    static final SchemaAnnotations NONE = new SchemaAnnotations();
    private static final String RNG = "http://relaxng.org/ns/structure/1.0";
    private static final String ANNOTATIONS = "http://relaxng.org/ns/compatibility/annotations/1.0";

    private final Map<String, String> elementDocs = new HashMap<>();
    private final Map<String, String> attributeDocs = new HashMap<>();   // "element/attribute" and "attribute"
    private final Map<String, Set<String>> values = new HashMap<>();

    private SchemaAnnotations() {}

    String elementDoc(String localName) {
        return elementDocs.get(localName);
    }

    /** The documentation of an attribute: the one written on this element if any, else the first of its name. */
    String attributeDoc(String element, String attribute) {
        String d = attributeDocs.get(element + "/" + attribute);
        return d != null ? d : attributeDocs.get(attribute);
    }

    Set<String> valuesOf(String attribute) {
        return values.getOrDefault(attribute, Set.of());
    }

    /** Reads a grammar's source; a source that cannot be read gives no annotations (completion still works). */
    static SchemaAnnotations read(URI grammar) {
        try (InputStream in = grammar.toURL().openStream()) {
            return grammar.toString().endsWith(".rnc") ? compact(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    : xml(in, grammar);
        } catch (IOException | RuntimeException | org.xml.sax.SAXException e) {
            return NONE;
        }
    }

    private static SchemaAnnotations xml(InputStream in, URI grammar) throws IOException, org.xml.sax.SAXException {
        SchemaAnnotations a = new SchemaAnnotations();
        DefaultHandler handler = new DefaultHandler() {
            // the RELAX NG elements open around here: [kind, name]
            private final List<String[]> stack = new ArrayList<>();
            private StringBuilder doc;
            private StringBuilder value;

            @Override
            public void startElement(String uri, String local, String q, Attributes atts) {
                if (uri.equals(ANNOTATIONS) && local.equals("documentation")) {
                    doc = new StringBuilder();
                } else if (uri.equals(RNG)) {
                    String name = atts.getValue("name");
                    stack.add(new String[] {local, name == null ? null : name.strip()});
                    if (local.equals("value")) value = new StringBuilder();
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (doc != null) doc.append(ch, start, length);
                if (value != null) value.append(ch, start, length);
            }

            @Override
            public void endElement(String uri, String local, String q) {
                if (uri.equals(ANNOTATIONS) && local.equals("documentation") && doc != null) {
                    documented(doc.toString().strip());
                    doc = null;
                } else if (uri.equals(RNG) && !stack.isEmpty()) {
                    if (local.equals("value") && value != null) {
                        String attribute = nearest("attribute");
                        if (attribute != null) a.values.computeIfAbsent(attribute, k -> new LinkedHashSet<>())
                                .add(value.toString().strip());
                        value = null;
                    }
                    stack.remove(stack.size() - 1);
                }
            }

            /** Documentation belongs to the pattern it stands in: an element or attribute (not a value of a list). */
            private void documented(String text) {
                if (stack.isEmpty() || text.isEmpty()) return;
                String[] top = stack.get(stack.size() - 1);
                if (top[1] == null) return;
                if (top[0].equals("element")) {
                    a.elementDocs.putIfAbsent(local(top[1]), text);
                } else if (top[0].equals("attribute")) {
                    a.attributeDocs.putIfAbsent(top[1], text);
                    String element = nearest("element");
                    if (element != null) a.attributeDocs.putIfAbsent(local(element) + "/" + top[1], text);
                }
            }

            private String nearest(String kind) {
                for (int i = stack.size() - 1; i >= 0; i--) {
                    if (stack.get(i)[0].equals(kind) && stack.get(i)[1] != null) return stack.get(i)[1];
                }
                return null;
            }
        };
        // read as teikit reads a document whole: a grammar with a DOCTYPE gives no annotations
        XMLReader reader = XmlInput.forReading().newReader();
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        InputSource source = new InputSource(in);
        source.setSystemId(grammar.toString());
        reader.parse(source);
        return a;
    }

    private static final Pattern COMPACT_DOC = Pattern.compile("((?:^[ \\t]*##.*\\R)+)\\s*(?:[\\w.\\\\]+\\s*=\\s*)?(element|attribute)\\s+([\\w:.-]+)", Pattern.MULTILINE);
    private static final Pattern COMPACT_ATTRIBUTE = Pattern.compile("attribute\\s+([\\w:.-]+)\\s*\\{([^{}]*)\\}");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"|'([^']*)'");

    private static SchemaAnnotations compact(String source) {
        SchemaAnnotations a = new SchemaAnnotations();
        Matcher d = COMPACT_DOC.matcher(source);
        while (d.find()) {
            String text = d.group(1).replaceAll("(?m)^[ \\t]*## ?", "").strip();
            if (d.group(2).equals("element")) a.elementDocs.putIfAbsent(local(d.group(3)), text);
            else a.attributeDocs.putIfAbsent(d.group(3), text);
        }
        Matcher m = COMPACT_ATTRIBUTE.matcher(source);
        while (m.find()) {
            Matcher literal = LITERAL.matcher(m.group(2).replaceAll("(?m)#.*$", ""));
            while (literal.find()) {
                a.values.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>())
                        .add(literal.group(1) != null ? literal.group(1) : literal.group(2));
            }
        }
        return a;
    }

    private static String local(String name) {
        return name.substring(name.indexOf(':') + 1);
    }
}
