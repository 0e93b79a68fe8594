package org.teikit.validate;

import com.thaiopensource.util.PropertyMap;
import com.thaiopensource.validate.Schema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teikit.tei.IncludedNames;
import org.teikit.tei.XmlInput;
import org.teikit.validate.fast.FastPath;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates documents one at a time against a {@link Schemas}. Cheap to create, reusable, and confined to one thread:
 * it keeps its parser and one Jing validator per grammar, so a batch never rebuilds them. Grammar validation streams
 * (SAX into Jing, no tree); a Saxon tree is built only for documents that Schematron checks. On the plain path
 * ({@link Schemas.Builder#exact()}) a document is parsed once; the fast path's quiet first pass, its second pass for
 * the wording and its choice of stylesheet are {@link FastPath}'s, asked at the few places marked {@code fast}.
 */
public final class Validator {
    public static final int DEFAULT_MAX_MESSAGES = 100;

    private final Schemas schemas;
    private final FastPath fast;   // null: the plain path
    private final int maxMessages;
    private final XMLReader reader;
    private final DocumentPipeline pipeline = new DocumentPipeline(this::route);
    private final Map<Schema, com.thaiopensource.validate.Validator> jing = new IdentityHashMap<>();
    private final PropertyMap jingProperties = GrammarCompiler.properties(new GrammarErrors(), null);
    private DocumentBuilder treeBuilder;   // made on first use: grammar-only runs never load Saxon

    // per document
    private MessageCollector out;
    private URI documentUri;
    private boolean quiet;   // the fast path's quick pass: its quiet grammars (else Jing's wording)
    private DocumentSchemas chosen;
    private BuildingContentHandler tree;
    private FastPath.NamesCheck names;   // when a stylesheet was narrowed to the run's documents: this one's names
    private int enough;   // the parse stops once this many messages are found (a second pass needs no more)
    private boolean deferSchematron;   // a buffer's grammar messages are handed out before Schematron runs
    private XdmNode deferred;   // the tree a deferred Schematron run checks
    private List<URI> lastGrammars = List.of(), lastRules = List.of();
    private Reopenable reopen;   // the document of this pass, when it can be read again (else null)
    private List<FastPath.Check> screens;   // this document's screens, when they stand in for the tree (else null)
    private final Map<FastPath.Screen, FastPath.Check> screenChecks = new IdentityHashMap<>();
    private boolean lastCleared;
    private boolean treeOnly;   // a parse again, for the tree only: the grammars checked the document already

    Validator(Schemas schemas, int maxMessagesPerFile) {
        if (maxMessagesPerFile < 1) throw new IllegalArgumentException("the message cap must be at least 1");
        this.schemas = schemas;
        this.fast = schemas.fast();
        this.maxMessages = maxMessagesPerFile;
        XmlInput input = schemas.xinclude() ? XmlInput.forValidation().withXInclude() : XmlInput.forValidation();
        reader = input.newReader();
        reader.setContentHandler(pipeline);
        reader.setErrorHandler(pipeline);
        try {
            reader.setProperty(XmlInput.LEXICAL_HANDLER, pipeline);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("Xerces has no lexical handler", e);
        }
    }

    /**
     * Validates one file; the result names it as {@code file.toString()}.
     *
     * @throws SchemaException when the document needs the project schema and it cannot be compiled, or Jing fails
     *                         applying a schema to it (the run cannot give a trustworthy verdict for any such
     *                         document); the message names the file and the position reached
     */
    public FileResult validate(Path file) throws SchemaException {
        return validate(() -> Files.newInputStream(file), file.toString(), file.toAbsolutePath().normalize().toUri());
    }

    /**
     * Validates a document held in memory exactly as {@link #validate(Path)} validates a file with these bytes: the
     * same passes, verdict and messages (a batch job that read the bytes elsewhere, from HDFS say, reports what the
     * command line would).
     *
     * @param name        how messages name the document
     * @param documentUri the base for relative xml-model hrefs (may be null)
     */
    public FileResult validate(byte[] document, String name, URI documentUri) throws SchemaException {
        return validate(() -> new ByteArrayInputStream(document), name, documentUri);
    }

    /** Opens the document afresh for each pass. */
    private interface Reopenable {
        InputStream open() throws IOException;
    }

    /**
     * The plain path checks the document once. The fast path checks it with its quiet grammars first, and again with
     * Jing's wording when a failed value needs it ({@link FastPath#worded}).
     */
    private FileResult validate(Reopenable document, String name, URI documentUri) throws SchemaException {
        if (fast == null) return validateOnce(document, name, documentUri, false, Integer.MAX_VALUE);
        FileResult quick = validateOnce(document, name, documentUri, true, Integer.MAX_VALUE);
        return FastPath.worded(quick, enough -> validateOnce(document, name, documentUri, false, enough));
    }

    private FileResult validateOnce(Reopenable document, String name, URI documentUri, boolean quiet, int enough)
            throws SchemaException {
        try (InputStream in = document.open()) {
            reopen = document;
            return validate(in, name, documentUri, quiet, enough);
        } catch (IOException e) {
            MessageCollector c = new MessageCollector(name, maxMessages);
            c.add(-1, -1, Severity.FATAL, unreadable(e), MessageSource.WELLFORMEDNESS);
            return c.result();
        } finally {
            reopen = null;
        }
    }

    /**
     * Validates a document read from {@code in} (not closed here). A stream is read once, so it is checked with Jing's
     * wording from the start (the fast path checks a file faster: see {@link FastPath#worded}).
     *
     * @param name        how messages name the document
     * @param documentUri the base for relative xml-model hrefs (may be null)
     */
    public FileResult validate(InputStream in, String name, URI documentUri) throws SchemaException {
        return validate(in, name, documentUri, false, Integer.MAX_VALUE);
    }

    /** What validating an editor's buffer reports on the way, and how a stale validation is called off. */
    public interface BufferProgress {
        /** Polled while the buffer is read and between the stages; true ends the validation. */
        boolean cancelled();

        /**
         * The well-formedness and grammar messages, worded as Jing words them, handed out before Schematron runs
         * (not called when no Schematron applies): the quick part of the verdict, for an editor to show first.
         */
        void grammarChecked(FileResult grammarMessages);
    }

    /**
     * Validates a document held in memory (an editor's buffer, never read from disk) exactly as {@link #validate(Path)}
     * validates a file: same schema choice, messages and positions.
     *
     * @param documentUri the base for relative xml-model hrefs (the file the buffer belongs to; may be null)
     * @throws java.util.concurrent.CancellationException when {@code progress} called it off
     * @throws SchemaException as {@link #validate(Path)}
     */
    public FileResult validate(String text, String name, URI documentUri, BufferProgress progress)
            throws SchemaException {
        try {
            deferSchematron = true;
            FileResult grammar = validate(buffer(text, progress), name, documentUri, fast != null, Integer.MAX_VALUE);
            XdmNode keptTree = deferred;
            DocumentSchemas keptChoice = chosen;
            FastPath.NamesCheck keptNames = names;
            List<URI> grammarsUsed = lastGrammars, rulesUsed = lastRules;
            deferred = null;
            checkCancelled(progress);
            if (fast != null && !FastPath.complete(grammar)) {
                grammar = FastPath.worded(grammar,
                        enough -> validate(buffer(text, progress), name, documentUri, false, enough));
                checkCancelled(progress);
            }
            lastGrammars = grammarsUsed;
            lastRules = rulesUsed;
            if (keptTree == null) return grammar;
            progress.grammarChecked(grammar);
            checkCancelled(progress);
            out = new MessageCollector(name, maxMessages);
            for (Message m : grammar.messages()) out.add(m);
            chosen = keptChoice;
            names = keptNames;
            runSchematron(keptTree);
            FileResult all = out.result();
            out = null;
            return all;
        } finally {
            deferSchematron = false;
            deferred = null;
            chosen = null;
        }
    }

    /** The RELAX NG grammars the last document was checked against (their local URIs), in order. */
    public List<URI> lastGrammars() {
        return lastGrammars;
    }

    /** The Schematron schemas the last document was checked against (embedded ones by their grammar's URI). */
    public List<URI> lastRules() {
        return lastRules;
    }

    /**
     * Whether the last document's Schematron was proved silent during its grammar's parse, so that it needed neither
     * a tree nor SchXslt (only on the fast path, for files and byte arrays).
     */
    public boolean lastCleared() {
        return lastCleared;
    }

    private static void checkCancelled(BufferProgress progress) {
        if (progress.cancelled()) throw new java.util.concurrent.CancellationException("a newer edit arrived");
    }

    private static InputSource buffer(String text, BufferProgress progress) {
        return new InputSource(new CancellableReader(text, progress));
    }

    /** A buffer's text, read until the caller gives up on it (Xerces reads a few kilobytes at a time). */
    private static final class CancellableReader extends java.io.Reader {
        private final String text;
        private final BufferProgress progress;
        private int at;

        CancellableReader(String text, BufferProgress progress) {
            this.text = text;
            this.progress = progress;
        }

        @Override
        public int read(char[] into, int offset, int length) throws IOException {
            if (progress.cancelled()) throw new IOException("validation called off: a newer edit arrived");
            if (at >= text.length()) return -1;
            int n = Math.min(length, text.length() - at);
            text.getChars(at, at + n, into, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {}
    }

    private FileResult validate(InputStream in, String name, URI documentUri, boolean quiet, int enough)
            throws SchemaException {
        return validate(new InputSource(in), name, documentUri, quiet, enough);
    }

    /** One parse: well-formedness and the grammars while it streams, then Schematron on the tree it built. */
    private FileResult validate(InputSource source, String name, URI documentUri, boolean quiet, int enough)
            throws SchemaException {
        out = new MessageCollector(name, schemas.xinclude() ? IncludedNames.of(name, documentUri)
                : IncludedNames.none(name), maxMessages);
        this.documentUri = documentUri;
        this.quiet = quiet;
        this.enough = enough;
        boolean stopped = false;
        chosen = null;
        tree = null;
        names = null;
        screens = null;
        pipeline.reset(out);
        lastGrammars = List.of();
        lastRules = List.of();
        if (documentUri != null) source.setSystemId(documentUri.toString());
        try {
            reader.parse(source);
        } catch (SchemaFailure e) {
            throw e.failure;
        } catch (Enough e) {
            stopped = true;
        } catch (SAXParseException e) {
            if (!out.hasFatal()) out.add(e.getSystemId(), e.getLineNumber(), e.getColumnNumber(), Severity.FATAL,
                    e.getMessage(), DocumentPipeline.source(e));
        } catch (SAXException e) {
            out.add(-1, -1, Severity.FATAL, String.valueOf(e.getMessage()), MessageSource.WELLFORMEDNESS);
        } catch (IOException e) {
            out.add(-1, -1, Severity.FATAL, unreadable(e), MessageSource.WELLFORMEDNESS);
        } catch (RuntimeException e) {
            // Jing compiles some schemas it then fails to apply (a length facet on a date type ends in a
            // ClassCastException): no verdict can be trusted, for this document or any other the schema checks
            throw new SchemaException(name + ":" + pipeline.position() + ": the schema cannot be applied to this"
                    + " document: Jing failed with " + e, e);
        }
        if (chosen != null) {
            lastGrammars = chosen.grammars().stream().map(DocumentSchemas.Grammar::uri).toList();
            lastRules = chosen.rules().stream().map(DocumentSchemas.Rules::uri).toList();
        }
        boolean schematronDue = chosen != null && (tree != null || screens != null) && !out.hasFatal()
                && !out.overflowed() && !stopped;
        // fast: a document the screens proved silent needs no tree; another is read again into one
        lastCleared = schematronDue && screens != null && cleared();
        if (schematronDue && screens != null) schematronDue = !lastCleared && treeAgain(source.getSystemId());
        deferred = null;
        if (schematronDue && !deferSchematron) runSchematron();
        else if (schematronDue) deferred = documentNode();   // a buffer's Schematron runs after its grammar is shown
        FileResult result = out.result();
        out = null;
        tree = null;
        screens = null;
        return result;
    }

    private boolean cleared() {
        for (FastPath.Check c : screens) {
            if (!c.cleared()) return false;
        }
        return true;
    }

    /**
     * Parses the document again into the tree that Schematron checks, with the same pipeline (the same nodes and
     * positions as a tree built on the first parse); its messages were the first parse's. False, reported, when it
     * cannot be read again.
     */
    private boolean treeAgain(String systemId) {
        MessageCollector kept = out;
        out = new MessageCollector("", maxMessages);   // the first parse reported this parse's messages
        pipeline.reset(out);
        treeOnly = true;
        try (InputStream in = reopen.open()) {
            InputSource again = new InputSource(in);
            again.setSystemId(systemId);
            reader.parse(again);
            if (out.hasFatal()) throw new IOException("the document changed while it was validated");
            return tree != null;
        } catch (IOException | SAXException e) {
            kept.add(-1, -1, Severity.ERROR, "cannot build the tree for Schematron: " + e.getMessage(),
                    MessageSource.SCHEMATRON);
            return false;
        } finally {
            treeOnly = false;
            out = kept;
        }
    }

    /** Whether this document's Schematron can be screened on its first parse instead of building a tree there. */
    private boolean screenable() {
        if (fast == null || reopen == null || deferSchematron || schemas.xinclude()) return false;
        for (DocumentSchemas.Rules rules : chosen.rules()) {
            if (rules.screen() == null) return false;
        }
        return true;
    }

    private ContentHandler[] route(List<XmlModel> models) throws SAXException {
        if (treeOnly) return treeTargets(new ArrayList<>()).toArray(ContentHandler[]::new);
        try {
            chosen = chooseSchemas(models);
        } catch (SchemaException e) {
            throw new SchemaFailure(e);
        }
        List<ContentHandler> targets = new ArrayList<>(chosen.grammars().size() + 1);
        for (DocumentSchemas.Grammar g : chosen.grammars()) {
            Schema schema;
            try {
                schema = quiet ? g.quiet() : g.worded().get();
            } catch (SchemaException e) {
                throw new SchemaFailure(e);
            }
            com.thaiopensource.validate.Validator v = jing.computeIfAbsent(schema, s -> fast == null
                    ? s.createValidator(jingProperties) : FastPath.rememberErrors(s.createValidator(jingProperties)));
            v.reset();
            targets.add(v.getContentHandler());
        }
        // a pass that stops early only words the quick pass's grammar messages: its Schematron would never run
        if (!chosen.rules().isEmpty() && enough == Integer.MAX_VALUE) {
            if (screenable()) {
                screens = new ArrayList<>(chosen.rules().size());
                for (DocumentSchemas.Rules rules : chosen.rules()) {
                    screens.add(screenChecks.computeIfAbsent(rules.screen(), FastPath.Screen::newCheck));
                }
                targets.addAll(screens);
            } else {
                treeTargets(targets);
            }
        }
        return targets.toArray(ContentHandler[]::new);
    }

    /** Adds the tree builder for Schematron, and the names check a narrowed stylesheet needs. */
    private List<ContentHandler> treeTargets(List<ContentHandler> targets) throws SAXException {
        try {
            if (treeBuilder == null) {
                treeBuilder = Saxon.PROCESSOR.newDocumentBuilder();
                treeBuilder.setLineNumbering(true);
            }
            treeBuilder.setBaseURI(documentUri);
            tree = treeBuilder.newBuildingContentHandler();
            targets.add(tree);
            for (DocumentSchemas.Rules rules : chosen.rules()) {
                if (rules.narrowed() != null && names == null) {
                    names = rules.narrowed().newNamesCheck();
                    targets.add(names);
                }
            }
        } catch (SaxonApiException e) {
            throw new SAXException(e);
        }
        return targets;
    }

    private DocumentSchemas chooseSchemas(List<XmlModel> models) throws SchemaException {
        if (schemas.parseOnly()) return DocumentSchemas.NONE;
        if (schemas.explicit() != null) return schemas.explicit();
        DocumentSchemas fromDocument = models.isEmpty() ? null : schemas.fromXmlModels(models, documentUri, out);
        return fromDocument != null ? fromDocument : schemas.project();
    }

    private void runSchematron() {
        XdmNode document = documentNode();
        if (document != null) runSchematron(document);
    }

    /** The tree the parse built, or null (reported) when Saxon could not finish it. */
    private XdmNode documentNode() {
        try {
            return tree.getDocumentNode();
        } catch (SaxonApiException e) {
            out.add(-1, -1, Severity.ERROR, "cannot build the tree for Schematron: " + e.getMessage(),
                    MessageSource.SCHEMATRON);
            return null;
        }
    }

    private void runSchematron(XdmNode document) {
        String[] terminated = new String[1];   // the text of the message that ended a run
        for (DocumentSchemas.Rules rules : chosen.rules()) {
            terminated[0] = null;
            try {
                Xslt30Transformer t = rules.stylesheetFor(names).load30();
                t.setMessageHandler(m -> terminated[0] = m.getContent().getStringValue());
                t.setErrorReporter(e -> {});
                t.setGlobalContextItem(document);
                XdmDestination svrl = new XdmDestination();
                t.applyTemplates(document, svrl);
                Svrl.report(svrl.getXdmNode(), out);
            } catch (SaxonApiException e) {
                // SchXslt catches a rule's dynamic error and ends with a message that words it; the exception's line
                // is the stylesheet's, never the document's
                String why = terminated[0] != null ? dynamicError(terminated[0]) : e.getMessage();
                out.add(-1, -1, Severity.ERROR, "Schematron " + rules.uri()
                        + " could not be evaluated on this document: " + why, MessageSource.SCHEMATRON);
            } catch (SchemaException e) {
                out.add(-1, -1, Severity.ERROR, "Schematron " + rules.uri() + " could not be compiled: "
                        + e.getMessage(), MessageSource.SCHEMATRON);
            }
        }
    }

    /** "Running the ISO Schematron validation failed with a dynamic error. Error code: C Reason: R" as "C: R". */
    static String dynamicError(String schxsltMessage) {
        String m = schxsltMessage.strip().replaceAll("\\s+", " ");
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("Error code: (\\S*) Reason: (.*)").matcher(m);
        return parts.find() ? "a dynamic error (" + parts.group(1) + "): " + parts.group(2) : m;
    }

    private static String unreadable(IOException e) {
        return "cannot read file: " + (e instanceof java.nio.file.NoSuchFileException ? "no such file (a link whose target is gone?)"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.toString());
    }

    /** Jing reports grammar errors here; past the cap the document is no longer fed to the checks. */
    private final class GrammarErrors implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            out.add(e.getSystemId(), e.getLineNumber(), e.getColumnNumber(), Severity.WARNING, e.getMessage(),
                    MessageSource.GRAMMAR);
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            out.add(e.getSystemId(), e.getLineNumber(), e.getColumnNumber(), Severity.ERROR, e.getMessage(),
                    MessageSource.GRAMMAR);
            if (out.size() >= enough) throw new Enough();
            if (out.overflowed()) throw DocumentPipeline.StopChecking.INSTANCE;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            error(e);
        }
    }

    /** Ends a parse that has found the messages it was run for. */
    private static final class Enough extends SAXException {
        Enough() {
            super("enough messages");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;   // control flow, not an error
        }
    }

    /** Carries a schema failure out of the parse, which only lets SAXException through. */
    private static final class SchemaFailure extends SAXException {
        final SchemaException failure;

        SchemaFailure(SchemaException failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }
}
