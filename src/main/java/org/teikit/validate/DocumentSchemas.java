package org.teikit.validate;

import com.thaiopensource.validate.Schema;
import java.net.URI;
import java.util.List;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.validate.fast.FastPath;

/** The compiled schemas one document is checked against: grammars, then Schematron rule sets. */
record DocumentSchemas(List<Grammar> grammars, List<Rules> rules) {
    static final DocumentSchemas NONE = new DocumentSchemas(List.of(), List.of());

    /**
     * A compiled grammar. {@code worded} words its failures as Jing does (compiled at once on the plain path, when
     * first needed on the fast one); {@code quiet}, the fast path's, finds the same failures at the same places without
     * wording a failed value ({@link FastPath#quiet}), and is null on the plain path.
     */
    record Grammar(URI uri, Lazy<Schema> worded, Schema quiet) {}

    /**
     * A compiled Schematron stylesheet. On the fast path, when the run named its documents, {@code stylesheet} may
     * leave out the rules that cannot fire on them: then {@code narrowed} says which stylesheet checks a document
     * (else null). {@code screen}, on the fast path, proves on a document's parse that the stylesheet reports
     * nothing on it (null: not screened).
     */
    record Rules(URI uri, XsltExecutable stylesheet, FastPath.Narrowed narrowed, FastPath.Screen screen) {
        Rules(URI uri, XsltExecutable stylesheet) {
            this(uri, stylesheet, null, null);
        }

        /** The stylesheet for a document; {@code names} watched its parse (null when nothing was narrowed). */
        XsltExecutable stylesheetFor(FastPath.NamesCheck names) throws SchemaException {
            return narrowed == null ? stylesheet : narrowed.stylesheetFor(names);
        }
    }

    DocumentSchemas {
        grammars = List.copyOf(grammars);
        rules = List.copyOf(rules);
    }
}
