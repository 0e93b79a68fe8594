package org.teikit.validate;

import java.net.URI;
import java.util.List;
import net.sf.saxon.s9api.XsltExecutable;

/** What one document is checked against: compiled grammars, then compiled Schematron rule sets. */
record Plan(List<Grammar> grammars, List<Rules> rules) {
    static final Plan NONE = new Plan(List.of(), List.of());

    /**
     * A grammar compiled with {@link QuietDatatypes} ({@code schema}), and the same grammar with Jing's own datatypes,
     * compiled when first needed ({@code exact}): when a document's messages must word a failed value.
     */
    record Grammar(URI uri, com.thaiopensource.validate.Schema schema, Memo<com.thaiopensource.validate.Schema> exact) {}

    record Rules(URI uri, XsltExecutable stylesheet) {}

    Plan {
        grammars = List.copyOf(grammars);
        rules = List.copyOf(rules);
    }
}
