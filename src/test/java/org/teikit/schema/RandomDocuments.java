package org.teikit.schema;

import org.teikit.testing.RelaxNg;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Random documents that a grammar admits, generated from Jing's simplified form of it: every
 * choice, repetition and optional part is taken at random, within a depth budget. Used to probe
 * that whatever teikit.rnc admits, tei_all admits too, beyond the hand-written fixtures.
 */
final class RandomDocuments {
    private sealed interface Pattern permits Element, Attribute, Choice, Group, OneOrMore, ZeroOrMore,
            Optional, Ref, Text, Data, Value, ListOf, Empty {}
    private record Element(String name, Pattern content) implements Pattern {}
    private record Attribute(String name, Pattern value) implements Pattern {}
    private record Choice(List<Pattern> options) implements Pattern {}
    private record Group(List<Pattern> parts) implements Pattern {}
    private record OneOrMore(Pattern item) implements Pattern {}
    private record ZeroOrMore(Pattern item) implements Pattern {}
    private record Optional(Pattern item) implements Pattern {}
    private record Ref(String name) implements Pattern {}
    private record Text() implements Pattern {}
    private record Data(String type, String pattern) implements Pattern {}
    private record Value(String value) implements Pattern {}
    private record ListOf(Pattern item) implements Pattern {}
    private record Empty() implements Pattern {}

    private static final int UNREACHABLE = 1_000;

    private final Map<String, Element> defines = new HashMap<>();
    private final String start;
    /** Elements already generated: choices lean towards the others, so a short run covers all. */
    private final java.util.Set<String> seen = new java.util.HashSet<>();
    /** The fewest element levels each define needs to be complete. */
    private final Map<String, Integer> minHeight = new HashMap<>();

    private RandomDocuments(XdmNode grammar) {
        String first = null;
        for (XdmNode child : children(grammar)) {
            if (child.getNodeName().getLocalName().equals("start")) first = ((Ref) pattern(children(child).get(0))).name();
            if (child.getNodeName().getLocalName().equals("define")) {
                defines.put(child.attribute("name"), (Element) pattern(children(child).get(0)));
            }
        }
        start = first;
        defines.keySet().forEach(name -> minHeight.put(name, UNREACHABLE));
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Map.Entry<String, Element> define : defines.entrySet()) {
                int height = Math.min(UNREACHABLE, 1 + height(define.getValue().content()));
                if (height < minHeight.get(define.getKey())) {
                    minHeight.put(define.getKey(), height);
                    changed = true;
                }
            }
        }
    }

    static RandomDocuments of(RelaxNg grammar) {
        try {
            XdmNode doc = new Processor(false).newDocumentBuilder()
                    .build(new StreamSource(new StringReader(grammar.simplified())));
            return new RandomDocuments(children(doc).get(0));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One document at most {@code depth} elements deep; the sequence of documents a generator
     * makes is reproducible from the seeds.
     */
    String generate(long seed, int depth) {
        Writer out = new Writer(new Random(seed));
        out.element(defines.get(start), depth, true);
        return out.xml.toString();
    }

    private int height(Pattern p) {
        if (p instanceof Ref r) return minHeight.get(r.name());
        if (p instanceof Choice c) return c.options().stream().mapToInt(this::height).min().orElse(0);
        if (p instanceof Group g) return g.parts().stream().mapToInt(this::height).max().orElse(0);
        if (p instanceof OneOrMore o) return height(o.item());
        if (p instanceof Element e) return 1 + height(e.content());
        return 0;
    }

    /** Whether a pattern directly refers to an element not generated yet. */
    private boolean fresh(Pattern p) {
        if (p instanceof Ref r) return !seen.contains(defines.get(r.name()).name());
        if (p instanceof Choice c) return c.options().stream().anyMatch(this::fresh);
        if (p instanceof Group g) return g.parts().stream().anyMatch(this::fresh);
        if (p instanceof OneOrMore o) return fresh(o.item());
        if (p instanceof ZeroOrMore z) return fresh(z.item());
        if (p instanceof Optional o) return fresh(o.item());
        return false;
    }

    private final class Writer {
        final Random random;
        final StringBuilder xml = new StringBuilder();
        int ids;

        Writer(Random random) { this.random = random; }

        void element(Element element, int budget, boolean root) {
            seen.add(element.name());
            List<String> attributes = new ArrayList<>();
            StringBuilder content = new StringBuilder();
            fill(element.content(), budget - 1, attributes, content);
            xml.append('<').append(element.name());
            if (root) xml.append(" xmlns=\"").append(SchemaFiles.TEI_NS).append('"');
            attributes.forEach(a -> xml.append(' ').append(a));
            xml.append('>').append(content).append("</").append(element.name()).append('>');
        }

        void fill(Pattern p, int budget, List<String> attributes, StringBuilder content) {
            if (p instanceof Ref r) {
                Writer inner = new Writer(random);
                inner.ids = ids;
                inner.element(defines.get(r.name()), budget, false);
                ids = inner.ids;
                content.append(inner.xml);
            } else if (p instanceof Choice c) {
                List<Pattern> fitting = c.options().stream().filter(o -> height(o) <= budget).toList();
                List<Pattern> fresh = fitting.stream().filter(RandomDocuments.this::fresh).toList();
                List<Pattern> from = !fresh.isEmpty() && random.nextBoolean() ? fresh : fitting;
                fill(from.get(random.nextInt(from.size())), budget, attributes, content);
            } else if (p instanceof Group g) {
                g.parts().forEach(part -> fill(part, budget, attributes, content));
            } else if (p instanceof OneOrMore o) {
                // small fan-out keeps documents small while depth reaches every element
                int n = random.nextInt(4) == 0 ? 2 : 1;
                for (int i = 0; i < n; i++) fill(o.item(), budget, attributes, content);
            } else if (p instanceof ZeroOrMore z) {
                int n = height(z.item()) <= budget && (fresh(z.item()) || random.nextInt(3) == 0) ? 1 : 0;
                for (int i = 0; i < n; i++) fill(z.item(), budget, attributes, content);
            } else if (p instanceof Optional o) {
                if (height(o.item()) <= budget && (fresh(o.item()) || random.nextBoolean())) {
                    fill(o.item(), budget, attributes, content);
                }
            } else if (p instanceof Attribute a) {
                attributes.add(a.name() + "=\"" + value(a.value()) + '"');
            } else if (p instanceof Text) {
                content.append("word ");
            } else if (p instanceof Data || p instanceof Value || p instanceof ListOf) {
                content.append(value(p));
            } else if (p instanceof Element) {
                throw new IllegalStateException("simplified grammars reference elements");
            }
        }

        String value(Pattern p) {
            if (p instanceof Value v) return v.value();
            if (p instanceof Choice c) return value(c.options().get(random.nextInt(c.options().size())));
            if (p instanceof ListOf l) return value(l.item());
            if (p instanceof OneOrMore o) return value(o.item()) + (random.nextBoolean() ? " " + value(o.item()) : "");
            if (p instanceof Group g) return String.join(" ", g.parts().stream().map(this::value).toList());
            if (p instanceof Data d) {
                return switch (d.type()) {
                    case "ID" -> "id" + (++ids);
                    case "language" -> random.nextBoolean() ? "en" : "ru";
                    case "anyURI" -> random.nextBoolean() ? "#id1" : "https://example.org/a";
                    case "positiveInteger" -> "3";
                    case "decimal" -> "1.5";
                    case "Name", "NCName" -> "teikit";
                    case "token" -> d.pattern() != null && d.pattern().contains("\\d") ? "1.0" : "word";
                    case "date" -> "1949-12-16";
                    case "gYear" -> "1949";
                    case "gYearMonth" -> "1949-12";
                    case "gMonthDay" -> "--12-16";
                    case "gMonth" -> "--12";
                    case "gDay" -> "---16";
                    case "dateTime" -> "1949-12-16T22:00:00";
                    case "time" -> "22:00:00";
                    default -> "x";
                };
            }
            throw new IllegalStateException("no value for " + p);
        }
    }

    private static Pattern pattern(XdmNode node) {
        List<XdmNode> kids = children(node);
        return switch (node.getNodeName().getLocalName()) {
            case "element" -> new Element(node.attribute("name"), group(kids));
            case "attribute" -> new Attribute(
                    ("http://www.w3.org/XML/1998/namespace".equals(node.attribute("ns")) ? "xml:" : "")
                            + node.attribute("name"), group(kids));
            case "choice" -> new Choice(kids.stream().map(RandomDocuments::pattern).toList());
            case "group", "interleave" -> group(kids);
            case "oneOrMore" -> new OneOrMore(group(kids));
            case "zeroOrMore" -> new ZeroOrMore(group(kids));
            case "optional" -> new Optional(group(kids));
            case "ref" -> new Ref(node.attribute("name"));
            case "text" -> new Text();
            case "empty" -> new Empty();
            case "value" -> new Value(node.getStringValue());
            case "list" -> new ListOf(group(kids));
            case "data" -> new Data(node.attribute("type"), kids.stream()
                    .filter(k -> k.getNodeName().getLocalName().equals("param")).map(XdmNode::getStringValue)
                    .findFirst().orElse(null));
            default -> throw new IllegalStateException("unexpected pattern " + node.getNodeName());
        };
    }

    private static Pattern group(List<XdmNode> kids) {
        if (kids.isEmpty()) return new Empty();
        if (kids.size() == 1) return pattern(kids.get(0));
        return new Group(kids.stream().map(RandomDocuments::pattern).toList());
    }

    private static List<XdmNode> children(XdmNode node) {
        List<XdmNode> elements = new ArrayList<>();
        for (var child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) elements.add(child);
        }
        return elements;
    }
}
