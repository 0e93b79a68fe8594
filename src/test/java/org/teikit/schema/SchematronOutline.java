package org.teikit.schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;

/**
 * The outline of a Schematron schema, in order: each pattern's id, each rule's context (spaces
 * normalised) and the ids of its assertions, e.g. "speech | tei:sp | sp-has-who".
 */
final class SchematronOutline {
    private SchematronOutline() {}

    static List<String> of(Path schema) {
        try {
            Processor saxon = new Processor(false);
            XPathCompiler xpath = saxon.newXPathCompiler();
            xpath.declareNamespace("sch", "http://purl.oclc.org/dsdl/schematron");
            List<String> rules = new ArrayList<>();
            for (XdmItem rule : xpath.evaluate("//sch:pattern/sch:rule ! string-join((../@id, normalize-space(@context),"
                    + " (sch:assert | sch:report)/@id), ' | ')",
                    saxon.newDocumentBuilder().build(new StreamSource(schema.toFile())))) {
                rules.add(rule.getStringValue());
            }
            return rules;
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot read Schematron " + schema, e);
        }
    }
}
