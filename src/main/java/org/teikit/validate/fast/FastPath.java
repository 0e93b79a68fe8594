package org.teikit.validate.fast;

import com.thaiopensource.datatype.DatatypeLibraryLoader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.XsltExecutable;
import org.relaxng.datatype.Datatype;
import org.relaxng.datatype.DatatypeLibraryFactory;
import org.teikit.validate.FileResult;
import org.teikit.validate.Message;
import org.teikit.validate.SchemaException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one door to validate's speed layers, which the default {@code Schemas} goes through and
 * {@code Schemas.Builder.exact()} does not. None of them changes a message (file, position, text, severity, source):
 * {@code ExactnessTest} runs both paths over its corpus and compares. The layers:
 * <ul>
 *   <li>a quick grammar pass whose datatypes do not word a failed value ({@link QuietDatatypes}), with each plain
 *       choice of XML Schema types read as one union ({@link DatatypeChoices}, {@link DatatypeUnions}); a file with
 *       such a failure gets a second pass with Jing's own wording, up to the last message that needs it
 *       ({@link #worded});</li>
 *   <li>datatypes that remember their recent verdicts ({@link RememberedDatatypes}, {@link RecentVerdicts});</li>
 *   <li>grammar errors worded once per state and event, not once per occurrence ({@link #rememberErrors},
 *       {@link RememberedErrors});</li>
 *   <li>Schematron stylesheets compiled without the template rules that cannot fire on the run's documents
 *       ({@link #narrow}: {@link Vocabulary}, read by {@link TagNames}; {@link UnusedTemplates},
 *       {@link MatchPatterns}), the rules Saxon would try on every element copied once per element name
 *       ({@link IndexedTemplates}), and whole for a document with other names ({@link NamesCheck});</li>
 *   <li>a screen that proves, during the grammar's SAX pass, that a stylesheet can report nothing on a document, so
 *       that it needs neither a tree nor SchXslt ({@link #screen}: {@link RuleConditions}, {@link XPathConditions},
 *       {@link Condition}, {@link ScreenCheck}).</li>
 * </ul>
 * Shared by the threads of a run, like the {@code Schemas} that holds it.
 */
public final class FastPath {
    private final List<Path> documents;   // null: not known in advance
    private final int jobs;
    private final Supplier<XMLReader> parsers;
    private Vocabulary vocabulary;   // read on the first narrowing

    private FastPath(List<Path> documents, int jobs, Supplier<XMLReader> parsers) {
        this.documents = documents == null ? null : List.copyOf(documents);
        this.jobs = jobs;
        this.parsers = parsers;
    }

    /**
     * @param documents the run's documents, or null when they are not known in advance (then nothing is narrowed)
     * @param jobs      threads that read their names
     * @param parsers   the validator's secure parser, for the documents' names and the stylesheets
     */
    public static FastPath of(List<Path> documents, int jobs, Supplier<XMLReader> parsers) {
        return new FastPath(documents, jobs, parsers);
    }

    // ---- datatypes

    /** How the datatypes of one grammar are made: their libraries, a wrapper for each, the schema's parser. */
    public record Datatypes(DatatypeLibraryFactory libraries, UnaryOperator<Datatype> wrapper,
                            UnaryOperator<XMLReader> schemaParser) {}

    /**
     * The quick pass's datatypes, fresh for one grammar: failed values not worded, verdicts remembered.
     *
     * @param unions whether the schema (XML syntax) is read with its choices of datatypes made unions
     */
    public Datatypes quiet(boolean unions) {
        return new Datatypes(QuietDatatypes.libraries(), new QuietDatatypes(),
                unions ? DatatypeChoices::new : UnaryOperator.identity());
    }

    /** Jing's datatypes with their verdicts remembered, fresh for one grammar: failures worded as Jing words them. */
    public Datatypes worded() {
        return new Datatypes(new DatatypeLibraryLoader(), new RememberedDatatypes(), UnaryOperator.identity());
    }

    // ---- grammar errors

    /**
     * The validator with Jing's grammar errors remembered ({@link RememberedErrors}): the same failure in the same
     * state of the grammar is worded once per thread, not once per occurrence. The validator is returned as it is
     * should this Jing's matcher not be found.
     */
    public static com.thaiopensource.validate.Validator rememberErrors(com.thaiopensource.validate.Validator jing) {
        RememberedErrors.install(jing);
        return jing;
    }

    // ---- the two passes

    /** Runs the grammar again with Jing's wording; the parse may stop once it has found {@code messages}. */
    public interface WordingPass {
        FileResult upTo(int messages) throws SchemaException;
    }

    /** Stands, in a message of the quick pass, for the wording of a failed value. */
    public static final String UNWORDED = QuietDatatypes.MARK;

    /** Whether a message of the quick pass lacks the wording of a failed value. */
    public static boolean unworded(String messageText) {
        return messageText.contains(UNWORDED);
    }

    /** Whether every message of a quick pass is worded: then it is the file's result as it stands. */
    public static boolean complete(FileResult quick) {
        return lastUnworded(quick) < 0;
    }

    /**
     * The quick pass's result with each unworded message taken from a pass with Jing's wording, which stops at the
     * last message that needs it (datatype failures are mostly in the header, near the start) and finds the same
     * messages at the same places up to there; should the two not line up, the wording pass's whole result.
     */
    public static FileResult worded(FileResult quick, WordingPass pass) throws SchemaException {
        if (complete(quick)) return quick;
        FileResult merged = merged(quick, pass.upTo(lastUnworded(quick) + 1));
        return merged != null ? merged : pass.upTo(Integer.MAX_VALUE);
    }

    private static int lastUnworded(FileResult r) {
        List<Message> messages = r.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (unworded(messages.get(i).text())) return i;
        }
        return -1;
    }

    /** The quick result with the wording pass's messages in place of the unworded ones; null if they do not line up. */
    private static FileResult merged(FileResult quick, FileResult worded) {
        List<Message> merged = new ArrayList<>(quick.messages());
        int needed = lastUnworded(quick) + 1;
        if (worded.messages().size() < needed) return null;
        for (int i = 0; i < needed; i++) {
            Message q = merged.get(i), w = worded.messages().get(i);
            if (!unworded(q.text())) {
                if (!q.equals(w)) return null;
            } else if (w.line() != q.line() || w.column() != q.column() || w.severity() != q.severity()
                    || w.source() != q.source() || unworded(w.text())) {
                return null;
            } else {
                merged.set(i, w);
            }
        }
        return new FileResult(quick.file(), quick.valid(), merged, quick.truncated());
    }

    // ---- Schematron screened per document

    /**
     * The screen of a SchXslt stylesheet (its XSLT as a tree), or null when it cannot screen any document: a
     * stylesheet with anything SchXslt's output does not hold, or rules on other nodes than elements and attributes.
     * Read once per compiled stylesheet; shared by the threads of a run.
     */
    public static Screen screen(net.sf.saxon.s9api.XdmNode stylesheet) {
        RuleConditions read = RuleConditions.of(stylesheet);
        if (read.rules() == null) return null;
        return new Screen(new ScreenCheck.Plan(read.rules().stream().map(RuleConditions.Rule::when).toList()));
    }

    /** The necessary conditions for a stylesheet's rules to fire, to be checked on each document's parse. */
    public static final class Screen {
        private final ScreenCheck.Plan plan;

        private Screen(ScreenCheck.Plan plan) {
            this.plan = plan;
        }

        /** A check for one thread's documents, one at a time (it resets at each start of a document). */
        public Check newCheck() {
            return new ScreenCheck(plan);
        }

        /** How many rules the screen reads. */
        public int rules() {
            return plan.rules();
        }
    }

    /** Watches a document's parse; afterwards, whether the stylesheet was proved to report nothing on it. */
    public interface Check extends org.xml.sax.ContentHandler {
        boolean cleared();
    }

    // ---- Schematron narrowed to the run's documents

    /** Compiles a stylesheet (the core's compiler, with its error reporting). */
    public interface StylesheetCompiler {
        XsltExecutable compile(Source stylesheet) throws SchemaException;
    }

    /** The whole stylesheet, compiled when first asked for (and once). */
    public interface WholeStylesheet {
        XsltExecutable get() throws SchemaException;
    }

    /** Whether the run named its documents, so that stylesheets can be narrowed to them. */
    public boolean narrows() {
        return documents != null;
    }

    /**
     * A cached SchXslt stylesheet compiled without the template rules that cannot fire on the run's documents, and
     * with each rule Saxon would try on every element written as one copy per element name of those documents
     * ({@link IndexedTemplates}). A cached stylesheet is known to compile whole (it was stored after it did), so
     * leaving rules out hides no error.
     */
    public Narrowed narrow(byte[] xslt, String systemId, StylesheetCompiler compiler, WholeStylesheet whole)
            throws SchemaException {
        Vocabulary names = vocabulary();
        UnusedTemplates narrowing = new UnusedTemplates(parsers.get(), names);
        IndexedTemplates indexing = new IndexedTemplates(narrowing, names);
        InputSource in = new InputSource(new ByteArrayInputStream(xslt));
        in.setSystemId(systemId);
        XsltExecutable narrowed = compiler.compile(new SAXSource(indexing, in));
        return new Narrowed(narrowed, narrowing.leftOut() > 0 || indexing.split() > 0 ? names : null, whole,
                indexing.split());
    }

    private synchronized Vocabulary vocabulary() {
        if (vocabulary == null) vocabulary = Vocabulary.of(documents, jobs, parsers);
        return vocabulary;
    }

    /** A stylesheet compiled for the run's documents, and the whole one for a document with other names. */
    public static final class Narrowed {
        private final XsltExecutable stylesheet;
        private final Vocabulary names;   // null: no rule was left out
        private final WholeStylesheet whole;
        private final int copied;

        private Narrowed(XsltExecutable stylesheet, Vocabulary names, WholeStylesheet whole, int copied) {
            this.stylesheet = stylesheet;
            this.names = names;
            this.whole = whole;
            this.copied = copied;
        }

        /** How many template rules were written as one copy per element name ({@link IndexedTemplates}). */
        public int copiedRules() {
            return copied;
        }

        public XsltExecutable stylesheet() {
            return stylesheet;
        }

        /** Whether rules were left out or copied: then each document's names are watched ({@link #newNamesCheck()}). */
        public boolean leftOutRules() {
            return names != null;
        }

        public NamesCheck newNamesCheck() {
            return new NamesCheck(names);
        }

        /** The stylesheet for a document; {@code check} watched its parse. */
        public XsltExecutable stylesheetFor(NamesCheck check) throws SchemaException {
            return names == null || check == null || !check.outside ? stylesheet : whole.get();
        }
    }

    /**
     * Watches one document's parse and tells whether it used a name outside the run's vocabulary, or an attribute on
     * an element that carries it nowhere in the run's documents (a rule copied per element has no copy for it).
     */
    public static final class NamesCheck extends DefaultHandler {
        private final Vocabulary names;
        private boolean outside;

        private NamesCheck(Vocabulary names) {
            this.names = names;
        }

        @Override
        public void startDocument() {
            outside = false;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            if (outside) return;
            if (!names.hasElement(localName)) outside = true;
            Set<String> carried = names.attributesOf(localName);
            for (int i = 0, n = atts.getLength(); i < n && !outside; i++) {
                if (!carried.contains(atts.getLocalName(i))) outside = true;
            }
        }
    }
}
