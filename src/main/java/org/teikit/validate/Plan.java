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

    /**
     * Compiled Schematron. When the run named its documents, {@code stylesheet} may leave out the rules that cannot
     * fire on them ({@link UnusedTemplates}); then {@code narrowedTo} is their {@link Vocabulary}, and a document
     * with other names is checked with {@code whole}, the complete stylesheet, compiled when first needed.
     */
    record Rules(URI uri, XsltExecutable stylesheet, Vocabulary narrowedTo, Memo<XsltExecutable> whole) {
        Rules(URI uri, XsltExecutable stylesheet) {
            this(uri, stylesheet, null, null);
        }

        /** The stylesheet for a document; {@code check} watched its parse (null when nothing was narrowed). */
        XsltExecutable stylesheetFor(Vocabulary.Check check) throws SchemaException {
            return narrowedTo == null || check == null || !check.outside() ? stylesheet : whole.get();
        }
    }

    Plan {
        grammars = List.copyOf(grammars);
        rules = List.copyOf(rules);
    }
}
