package org.teikit.render;

import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.trans.XPathException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import org.teikit.parallel.Parallel;
import org.teikit.tei.AtomicFiles;
import org.teikit.tei.DepthLimit;
import org.teikit.tei.IncludeException;
import org.teikit.tei.IncludedNames;
import org.teikit.tei.Tei;
import org.teikit.tei.XmlInput;
import javax.xml.transform.SourceLocator;
import javax.xml.transform.TransformerException;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.event.Receiver;
import net.sf.saxon.event.ReceiverOption;
import net.sf.saxon.str.StringView;
import net.sf.saxon.expr.parser.Loc;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The HTML and plain-text views of TEI documents. {@link #compile()} compiles the stylesheets once;
 * the instance is immutable and thread-safe, so one instance renders any number of documents, in
 * parallel. Every output file is written atomically (temporary file, then rename): a document that
 * cannot be rendered leaves no output behind.
 */
public final class Views {
    /** Default line width of the plain-text view. */
    public static final int DEFAULT_WIDTH = 72;

    private static final QName SOURCE_NAME = new QName("source-name");
    private static final QName WIDTH = new QName("width");
    private static final QName HREF = new QName("href");
    private static final QName SUMMARIES = new QName("summaries");
    private static final QName REGISTRY = new QName("registry");
    private static final QName LONG_TEXTS = new QName("urn:teikit:views", "long-texts");

    /**
     * Text runs longer than this (in UTF-16 units) go around the stylesheets ({@link LongTexts}): above it
     * the copies the string functions make cost more than the document; below it nothing changes.
     */
    static final int LONG_TEXT = 1 << 16;

    private final Processor processor;
    private final XsltExecutable html;
    private final XsltExecutable text;
    private final XsltExecutable site;
    private final int longText;
    private final XmlInput input;
    // renderings done through marks, and those that had to be done again the plain way (for the tests)
    private final AtomicInteger throughMarks = new AtomicInteger(), plainAgain = new AtomicInteger();

    private Views(Processor processor, XsltExecutable html, XsltExecutable text, XsltExecutable site, int longText,
                  XmlInput input) {
        this.processor = processor;
        this.html = html;
        this.text = text;
        this.site = site;
        this.longText = longText;
        this.input = input;
    }

    /**
     * These views rendering each document as the one document its {@code xi:include}s assemble ({@code --xinclude}),
     * or, {@code false}, with each {@code xi:include} left as the element it is (the default: a hostile document
     * must not make teikit open files). Local files only; what is refused, and why, is
     * {@link XmlInput#withXInclude()}'s; a refused or unreadable include is a {@link RenderException} at the
     * {@code xi:include}, an error inside an included file names that file. Shares the compiled stylesheets.
     */
    public Views withXInclude(boolean on) {
        XmlInput wanted = on ? XmlInput.forRendering().withXInclude() : XmlInput.forRendering();
        return wanted == input ? this : new Views(processor, html, text, site, longText, wanted);
    }

    /**
     * Compiles the view stylesheets (from the classpath). Do this once per run and share the result.
     * The system property {@code teikit.longText} sets the long-text threshold (0: render every run the
     * plain way, as bench/long-text.sh does for its comparison).
     */
    public static Views compile() {
        return compile(Integer.getInteger("teikit.longText", LONG_TEXT));
    }

    /** As {@link #compile()}, long text runs from {@code longText} characters on; 0: none (the plain path). */
    static Views compile(int longText) {
        Processor processor = new Processor(false);
        processor.registerExtensionFunction(new LongTextWrap());
        XsltCompiler compiler = processor.newXsltCompiler();
        compiler.setResourceResolver(new ClasspathStylesheets());
        try {
            return new Views(processor,
                    compiler.compile(ClasspathStylesheets.open("tei-html.xsl")),
                    compiler.compile(ClasspathStylesheets.open("tei-text.xsl")),
                    compiler.compile(ClasspathStylesheets.open("tei-site.xsl")), longText,
                    XmlInput.forRendering());
        } catch (SaxonApiException | XPathException e) {
            // the stylesheets ship with the library: failing to compile them is a build defect
            throw new IllegalStateException("teikit view stylesheets do not compile: " + e.getMessage(), e);
        }
    }

    /** Renders one TEI file as a standalone HTML5 page. */
    public void html(Path tei, Path outHtml) throws RenderException {
        Map<QName, XdmValue> params = Map.of(SOURCE_NAME, new XdmAtomicValue(tei.getFileName().toString()));
        LongTexts store = new LongTexts();
        XdmNode doc = parse(tei, store, true);
        if (store.runs() > 0) {
            // the typography then turns the marks of the runs it sets (html/typography.xsl)
            Map<QName, XdmValue> marked = Map.of(SOURCE_NAME, params.get(SOURCE_NAME), LONG_TEXTS, new XdmAtomicValue(true));
            boolean done = writeExpanded(tei, outHtml, doc, html, marked, store,
                    "" + LongTexts.RUN + LongTexts.TYPOGRAPHIC, store::runs, (kind, id, out) -> htmlText(store, kind, id, out));
            if (done) return;
            doc = parse(tei, null, true);
        }
        XdmNode plain = doc;
        write(tei, outHtml, serializer -> {
            Xslt30Transformer t = transformer(html, plain);
            t.setStylesheetParameters(params);
            t.applyTemplates(plain, serializer);
        });
    }

    /** Renders one TEI file as UTF-8 plain text wrapped at {@code width} columns. */
    public void text(Path tei, Path outTxt, int width) throws RenderException {
        if (width < 20) throw new IllegalArgumentException("width must be at least 20, was " + width);
        Map<QName, XdmValue> params = Map.of(WIDTH, new XdmAtomicValue(width));
        LongTexts store = new LongTexts();
        XdmNode doc = parse(tei, store, false);
        if (store.runs() > 0) {
            boolean done = writeExpanded(tei, outTxt, doc, text, params, store, "" + LongTexts.WRAP, store::wraps, (kind, id, out) -> {
                Writer w = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
                LongTextWrap.write(store.wrap(id), store, w);
                w.flush();
            });
            if (done) return;
            doc = parse(tei, null, false);
        }
        XdmNode plain = doc;
        write(tei, outTxt, serializer -> {
            Xslt30Transformer t = transformer(text, plain);
            t.setStylesheetParameters(params);
            t.applyTemplates(plain, serializer);
        });
    }

    // --- long text runs (LongTexts) --------------------------------------------------------------

    /**
     * Renders a tree that holds marks, expanding them into the file. False (and no file) when the
     * marks did not come out as they went in: the caller then renders the plain way.
     */
    private boolean writeExpanded(Path tei, Path out, XdmNode doc, XsltExecutable exe, Map<QName, XdmValue> params,
                                  LongTexts store, String kinds, IntSupplier marks, MarkExpander.Expansion expansion)
            throws RenderException {
        try {
            AtomicFiles.<SaxonApiException>write(out, stream -> {
                MarkExpander expander = new MarkExpander(stream, kinds, marks, expansion);
                Xslt30Transformer t = transformer(exe, doc);
                t.setStylesheetParameters(params);
                Serializer serializer = processor.newSerializer(expander);
                LongTextWrap.STORE.set(store);
                try {
                    t.applyTemplates(doc, serializer);
                    serializer.close();
                } finally {
                    LongTextWrap.STORE.remove();
                }
                expander.flush();
                if (expander.mismatch() || !store.everyRunReadOnce()) throw new MarksLost();
            });
            throughMarks.incrementAndGet();
            return true;
        } catch (MarksLost e) {
            plainAgain.incrementAndGet();
            return false;
        } catch (IOException e) {
            throw new RenderException(tei, -1, -1, "cannot write " + out + ": " + e.getMessage(), e);
        } catch (SaxonApiException e) {
            throw failure(tei, e);
        }
    }

    int renderedThroughMarks() {
        return throughMarks.get();
    }

    int renderedPlainAgain() {
        return plainAgain.get();
    }

    /** Thrown inside the atomic write so that no file is left: the plain rendering follows. */
    private static final class MarksLost extends IOException {
        MarksLost() { super("long text marks lost", null); }
    }

    /**
     * A stored run as the HTML serializer writes text: escaped by the serializer itself, in pieces; of
     * the kind {@link LongTexts#TYPOGRAPHIC}, each piece first set by {@link LongTextTypography}, the
     * pieces cut at {@link TypographicCuts}.
     */
    private void htmlText(LongTexts store, char kind, int id, OutputStream out) throws IOException {
        boolean typographic = kind == LongTexts.TYPOGRAPHIC;
        try (Reader run = store.run(id)) {
            Xslt30Transformer functions = html.load30();
            functions.setErrorReporter(error -> {});   // worded once, by the caller
            LongTextTypography typography = typographic ? new LongTextTypography(functions) : null;
            Serializer serializer = functions.newSerializer(new NonClosing(out));
            // the serializer's own receiver: a SAX ContentHandler would gather the whole run into one string first
            Receiver receiver = serializer.getReceiver(processor.getUnderlyingConfiguration().makePipelineConfiguration(),
                    serializer.getSerializationProperties());
            receiver.open();
            receiver.startDocument(0);
            char[] buf = new char[1 << 15];
            StringBuilder held = new StringBuilder();
            for (int n; (n = run.read(buf)) > 0; ) {
                int from = held.length() - 1;
                held.append(buf, 0, n);
                int cut = typographic ? TypographicCuts.last(held, from)
                        : Character.isHighSurrogate(held.charAt(held.length() - 1)) ? held.length() - 1 : held.length();   // a pair stays in one piece
                if (cut <= 0) continue;
                String piece = held.substring(0, cut);
                held.delete(0, cut);
                receiver.characters(StringView.of(typographic ? typography.set(piece) : piece), Loc.NONE, ReceiverOption.NONE);
            }
            if (held.length() > 0) {
                String piece = held.toString();
                receiver.characters(StringView.of(typographic ? typography.set(piece) : piece), Loc.NONE, ReceiverOption.NONE);
            }
            receiver.endDocument();
            receiver.close();
        } catch (XPathException | SaxonApiException e) {
            throw new IOException("cannot write a long text run: " + e.getMessage(), e);
        }
    }

    /** Lets a serializer close its end without closing the file under it. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
        @Override public void close() throws IOException { out.flush(); }
    }

    /**
     * Renders many files in parallel, one HTML page each, into {@code outDir} (or beside each input
     * when {@code outDir} is null). Returns the failures; the other files are rendered regardless.
     */
    public List<RenderException> htmlAll(List<Path> teiFiles, Path outDir) {
        Map<Path, Path> outputs = outputNames(teiFiles, outDir, ".html");
        return parallel(teiFiles, tei -> { html(tei, outputs.get(tei)); return null; }).failures;
    }

    /** Like {@link #htmlAll} for the plain-text view. */
    public List<RenderException> textAll(List<Path> teiFiles, Path outDir, int width) {
        Map<Path, Path> outputs = outputNames(teiFiles, outDir, ".txt");
        return parallel(teiFiles, tei -> { text(tei, outputs.get(tei), width); return null; }).failures;
    }

    /**
     * Writes a site: one page per file plus {@code index.html} (every document with title, date,
     * kind, number of turns and notes) and {@code persons.html} (every person across the corpus,
     * linking to the documents and their turns). Documents that fail are left out of the index and
     * reported by the exception thrown at the end (the first failure; the others are suppressed).
     */
    public void site(List<Path> teiFiles, Path siteDir) throws RenderException {
        site(teiFiles, null, siteDir);
    }

    /**
     * Like {@link #site(List, Path)}, with the edition's persons index ({@code tei/persons.xml}, or null for
     * none): persons.html then takes each person's standard name and name forms from it.
     */
    public void site(List<Path> teiFiles, Path personsIndex, Path siteDir) throws RenderException {
        XdmNode registry = personsIndex == null ? null : parse(personsIndex);
        Map<Path, Path> outputs = outputNames(teiFiles, siteDir, ".html");
        Result<XdmNode> result = parallel(teiFiles, tei -> {
            XdmNode doc = parse(tei);
            Path page = outputs.get(tei);
            write(tei, page, serializer -> {
                Xslt30Transformer t = transformer(html, doc);
                t.setStylesheetParameters(Map.of(SOURCE_NAME, new XdmAtomicValue(tei.getFileName().toString())));
                t.applyTemplates(doc, serializer);
            });
            try {
                Xslt30Transformer t = transformer(site, doc);
                t.setStylesheetParameters(Map.of(HREF, new XdmAtomicValue(page.getFileName().toString()),
                        SOURCE_NAME, new XdmAtomicValue(tei.getFileName().toString())));
                return (XdmNode) t.applyTemplates(doc).itemAt(0);
            } catch (SaxonApiException e) {
                throw failure(tei, e);
            }
        });
        List<XdmNode> summaries = new ArrayList<>();
        for (XdmNode s : result.values) if (s != null) summaries.add(s);
        XdmValue all = new XdmValue(summaries);
        for (String page : List.of("index", "persons")) {
            Path out = siteDir.resolve(page + ".html");
            write(out, out, serializer -> {
                Xslt30Transformer t = site.load30();
                t.setStylesheetParameters(registry == null ? Map.of(SUMMARIES, all) : Map.of(SUMMARIES, all, REGISTRY, registry));
                t.callTemplate(new QName(page), serializer);
            });
        }
        if (!result.failures.isEmpty()) {
            RenderException first = result.failures.get(0);
            for (RenderException other : result.failures.subList(1, result.failures.size())) first.addSuppressed(other);
            throw first;
        }
    }

    // --- parsing -----------------------------------------------------------------------------

    /**
     * Parses with line numbers on {@link XmlInput#forRendering()} (with XInclude if asked for): nothing external is
     * fetched (safe on hostile input).
     */
    private XdmNode parse(Path tei) throws RenderException {
        return parse(tei, null, true);
    }

    /**
     * With a store (and long runs not turned off), long text runs go into it ({@link LongTextFilter});
     * a document holding the marks' own characters is parsed again without.
     */
    private XdmNode parse(Path tei, LongTexts store, boolean keepSpaces) throws RenderException {
        if (!Files.isRegularFile(tei)) throw new RenderException(tei, -1, -1, "no such file", null);
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        XMLReader reader = input.newReader();
        LongTextFilter filter = null;
        if (store != null && longText > 0) {
            reader = filter = new LongTextFilter(reader, store, longText, keepSpaces);
            reader.setEntityResolver(XmlInput.REFUSE_EXTERNAL);
        }
        XdmNode doc = parse(tei, builder, reader);
        if (filter != null && filter.collision()) {
            store.clear();
            return parse(tei, null, keepSpaces);
        }
        return doc;
    }

    private XdmNode parse(Path tei, DocumentBuilder builder, XMLReader reader) throws RenderException {
        SAXParseException[] fatal = new SAXParseException[1];
        reader.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override public void fatalError(SAXParseException e) throws SAXException { fatal[0] = e; throw e; }
        });
        try {
            return requireTei(tei, builder.build(new SAXSource(reader, new InputSource(tei.toUri().toString()))));
        } catch (SaxonApiException e) {
            SAXParseException spe = fatal[0] != null ? fatal[0] : find(e, SAXParseException.class);
            if (spe != null) {
                boolean notXml = spe instanceof DepthLimit.TooDeep || spe instanceof IncludeException;
                throw new RenderException(fileOf(tei, spe), spe.getLineNumber(), spe.getColumnNumber(),
                        (notXml ? "" : "not well-formed: ") + spe.getMessage(), e);
            }
            throw failure(tei, e);
        }
    }

    /** The file a parse error stands in: {@code tei}, or a file it includes (named beside it). */
    private Path fileOf(Path tei, SAXParseException e) {
        if (!input.processesXInclude()) return tei;
        return Path.of(IncludedNames.of(tei.toString(), tei.toAbsolutePath().normalize().toUri()).of(e.getSystemId()));
    }

    /**
     * The views read TEI P5 only: anything else (TEI P4's {@code TEI.2}, TEI without its namespace, other XML)
     * would come out as an empty page, its words silently lost, so it is refused at its root element.
     */
    private static XdmNode requireTei(Path tei, XdmNode doc) throws RenderException {
        for (XdmNode child : doc.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) continue;
            QName name = child.getNodeName();
            if (Tei.NS.equals(name.getNamespace()) && (name.getLocalName().equals("TEI") || name.getLocalName().equals("teiCorpus"))) {
                return doc;
            }
            String found = name.getNamespace().isEmpty() ? name.getLocalName() + " (in no namespace)"
                    : "{" + name.getNamespace() + "}" + name.getLocalName();
            throw new RenderException(tei, child.getLineNumber(), child.getColumnNumber(), "not TEI P5: the root element is "
                    + found + "; the views read TEI or teiCorpus in " + Tei.NS, null);
        }
        throw new RenderException(tei, -1, -1, "no root element", null);
    }

    // --- transformation and output -------------------------------------------------------------

    private Xslt30Transformer transformer(XsltExecutable exe, XdmNode doc) throws SaxonApiException {
        Xslt30Transformer t = exe.load30();
        t.setGlobalContextItem(doc);
        // errors reach the caller as exceptions, worded once (RenderException); Saxon's reporter would also print them
        t.setErrorReporter(error -> {});
        return t;
    }

    private interface Render { void to(Serializer serializer) throws SaxonApiException; }

    /** Serialises into a temporary file beside {@code out} and renames it into place only on success. */
    private void write(Path source, Path out, Render render) throws RenderException {
        try {
            AtomicFiles.<SaxonApiException>write(out, stream -> {
                Serializer serializer = processor.newSerializer(stream);
                render.to(serializer);
                serializer.close();
            });
        } catch (IOException e) {
            throw new RenderException(source, -1, -1, "cannot write " + out + ": " + e.getMessage(), e);
        } catch (SaxonApiException e) {
            throw failure(source, e);
        }
    }

    private static RenderException failure(Path source, SaxonApiException e) {
        SAXParseException spe = find(e, SAXParseException.class);
        if (spe != null) return new RenderException(source, spe.getLineNumber(), spe.getColumnNumber(), spe.getMessage(), e);
        TransformerException te = find(e, TransformerException.class);
        SourceLocator loc = te != null ? te.getLocator() : null;
        String stylesheet = loc == null || loc.getSystemId() == null ? "" : loc.getSystemId();
        int in = stylesheet.indexOf(STYLESHEETS);
        String where = in >= 0 ? " (in " + stylesheet.substring(in + STYLESHEETS.length()) + " line " + loc.getLineNumber() + ")" : "";
        return new RenderException(source, -1, -1, "cannot render: " + e.getMessage() + where, e);
    }

    /** Where the stylesheets sit on the classpath, as Saxon names them in its locations. */
    private static final String STYLESHEETS = "org/teikit/xslt/";

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) return type.cast(c);
        }
        return null;
    }

    /** Output file per input: NAME.xml → DIR/NAME.ext (NAME-2.ext, … when two inputs share a name). */
    public static Map<Path, Path> outputNames(List<Path> inputs, Path outDir, String ext) {
        Map<Path, Path> names = new LinkedHashMap<>();
        Map<Path, Integer> taken = new HashMap<>();
        for (Path in : inputs) {
            if (names.containsKey(in)) continue;
            Path dir = outDir != null ? outDir : in.toAbsolutePath().getParent();
            String base = in.getFileName().toString().replaceFirst("(?i)\\.(xml|tei)$", "");
            Path out = dir.resolve(base + ext);
            int n = taken.merge(out.toAbsolutePath().normalize(), 1, Integer::sum);
            if (n > 1) out = dir.resolve(base + "-" + n + ext);
            names.put(in, out);
        }
        return names;
    }

    // --- parallelism -----------------------------------------------------------------------------

    private interface Job<T> { T run(Path tei) throws RenderException; }

    private record Result<T>(List<T> values, List<RenderException> failures) {}

    /** Runs one job per file on all cores; results keep input order. */
    private static <T> Result<T> parallel(List<Path> files, Job<T> job) {
        List<T> values = new ArrayList<>();
        List<RenderException> failures = new ArrayList<>();
        Parallel.Work<Path, T> rendering = f -> {
            try {
                return job.run(f);
            } catch (RuntimeException | Error e) {
                throw new RenderException(f, -1, -1, "cannot render: " + e, e);
            }
        };
        for (Parallel.Outcome<Path, T> outcome
                : Parallel.of(Runtime.getRuntime().availableProcessors(), "teikit-render").all(files, rendering)) {
            values.add(outcome.value());
            if (outcome.failed()) failures.add((RenderException) outcome.failure());
        }
        return new Result<>(Collections.unmodifiableList(values), Collections.unmodifiableList(failures));
    }

    @Override
    public String toString() {
        return "Views[" + processor.getSaxonProductVersion().toLowerCase(Locale.ROOT) + "]";
    }
}
