package org.teikit.schema;

import org.teikit.testing.RelaxNg;
import java.io.StringReader;
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
 * Each element's attributes in a grammar, read from Jing's simplified form: "element" → the set of
 * "name required|optional datatypes", where datatypes are the XML Schema types of the value (with
 * "list" for a list of them, and any pattern facet). Closed value lists are GrammarFacts'.
 */
final class AttributeFacts {
    private AttributeFacts() {}

    static SortedMap<String, SortedSet<String>> of(RelaxNg grammar) {
        try {
            Processor saxon = new Processor(false);
            XdmNode doc = saxon.newDocumentBuilder().build(new StreamSource(new StringReader(grammar.simplified())));
            XPathCompiler xpath = saxon.newXPathCompiler();
            xpath.declareNamespace("rng", GrammarFacts.RNG_NS);
            SortedMap<String, SortedSet<String>> facts = new TreeMap<>();
            for (XdmItem element : xpath.evaluate("//rng:element[@ns = '" + SchemaFiles.TEI_NS + "']", doc)) {
                XdmNode el = (XdmNode) element;
                SortedSet<String> attributes = facts.computeIfAbsent(el.attribute("name"), k -> new TreeSet<>());
                // in the simplified form child elements are refs, so these attributes are this element's
                for (XdmItem attribute : xpath.evaluate(".//rng:attribute", el)) {
                    XdmNode att = (XdmNode) attribute;
                    // an optional pattern simplifies to a choice with empty
                    String signature = xpath.evaluateSingle("let $e := ancestor::rng:element[1] return string-join(("
                            + "(if (@ns = '" + GrammarFacts.XML_NS + "') then 'xml:' else '') || @name,"
                            + "if (ancestor::rng:choice[rng:empty][ancestor::rng:element[1] is $e]) then 'optional' else 'required',"
                            + "if (.//rng:list) then 'list' else (),"
                            + "sort(distinct-values(.//rng:data/@type)),"
                            + "sort(distinct-values(.//rng:param/string()))), ' ')", att).getStringValue();
                    attributes.add(signature);
                }
            }
            return facts;
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot read simplified grammar", e);
        }
    }
}
