package org.teikit.schema;

import org.teikit.testing.RelaxNg;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/**
 * What a grammar admits, read from Jing's simplified form of it (so it is the real parser's view,
 * not a regular expression over RNC text): the TEI element names, and every closed value list as
 * "element/@attribute" → values. An attribute is closed when its content is values only (no
 * datatype, no free text).
 */
record GrammarFacts(SortedSet<String> elements, SortedMap<String, SortedSet<String>> closedLists) {

    static final String RNG_NS = "http://relaxng.org/ns/structure/1.0";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    static GrammarFacts of(RelaxNg grammar) {
        return parse(grammar.simplified());
    }

    static GrammarFacts parse(String simplifiedRng) {
        try {
            Processor saxon = new Processor(false);
            XdmNode doc = saxon.newDocumentBuilder().build(new StreamSource(new StringReader(simplifiedRng)));
            XPathCompiler xpath = saxon.newXPathCompiler();
            xpath.declareNamespace("rng", RNG_NS);
            SortedSet<String> elements = new TreeSet<>();
            SortedMap<String, SortedSet<String>> closed = new TreeMap<>();
            for (XdmItem element : xpath.evaluate("//rng:element[@ns = '" + SchemaFiles.TEI_NS + "']", doc)) {
                XdmNode el = (XdmNode) element;
                String name = el.attribute("name");
                elements.add(name);
                // in the simplified form child elements are refs, so these attributes are this element's
                for (XdmItem attribute : xpath.evaluate(".//rng:attribute[not(.//rng:data or .//rng:text"
                        + " or .//rng:anyName or .//rng:nsName) and .//rng:value]", el)) {
                    XdmNode att = (XdmNode) attribute;
                    String attName = (XML_NS.equals(att.attribute("ns")) ? "xml:" : "") + att.attribute("name");
                    SortedSet<String> values = closed.computeIfAbsent(name + "/@" + attName, k -> new TreeSet<>());
                    for (XdmItem value : xpath.evaluate(".//rng:value", att)) values.add(value.getStringValue());
                }
            }
            return new GrammarFacts(elements, closed);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot read simplified grammar", e);
        }
    }

    /**
     * The closed lists keyed "element/@attribute", except that a list every element shares (e.g.
     * @cert) appears once, keyed "*&#47;@attribute".
     */
    SortedMap<String, SortedSet<String>> closedListsWithGlobals() {
        Map<String, SortedSet<String>> global = globalLists();
        SortedMap<String, SortedSet<String>> lists = new TreeMap<>();
        closedLists.forEach((key, values) -> {
            String att = key.substring(key.indexOf("/@") + 2);
            lists.put(global.containsKey(att) ? "*/@" + att : key, values);
        });
        return lists;
    }

    /** Closed lists whose attribute every element carries with the same values (e.g. @cert). */
    Map<String, SortedSet<String>> globalLists() {
        Map<String, SortedSet<String>> global = new TreeMap<>();
        Map<String, Set<SortedSet<String>>> byAttribute = new TreeMap<>();
        Map<String, Integer> count = new TreeMap<>();
        closedLists.forEach((key, values) -> {
            String att = key.substring(key.indexOf("/@") + 2);
            byAttribute.computeIfAbsent(att, k -> new java.util.HashSet<>()).add(values);
            count.merge(att, 1, Integer::sum);
        });
        byAttribute.forEach((att, lists) -> {
            if (count.get(att) == elements.size() && lists.size() == 1) global.put(att, lists.iterator().next());
        });
        return global;
    }
}
