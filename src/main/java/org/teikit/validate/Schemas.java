package org.teikit.validate;

import org.teikit.tei.XmlInput;
import com.thaiopensource.relaxng.match.MatchablePattern;
import com.thaiopensource.validate.Schema;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import org.teikit.validate.fast.FastPath;

/**
 * A compiled, immutable, thread-safe set of schemas, shared by every {@link Validator} of a run (the role of Jing's
 * {@code Schema} and Saxon's {@code XsltExecutable}).
 *
 * <p>Which schemas check a document, in order: the explicit schemas given to the builder; else the document's own
 * {@code <?xml-model?>} processing instructions (RELAX NG and Schematron, {@code href} relative to the document,
 * through the catalogs); else the project schema bundled with teikit ({@code teikit.rnc} + {@code teikit.sch}).
 * Each distinct schema is compiled once, however many documents name it. RELAX NG schemas that embed Schematron
 * (TEI's ODD-generated ones do) are checked with it too, unless Schematron is switched off.
 *
 * <p>Two paths give the same messages. The plain one ({@link Builder#exact()}) is Jing and SchXslt2 as their authors
 * meant them to be used; the default goes through the speed layers of {@code org.teikit.validate.fast}, all behind
 * {@link FastPath}.
 */
public final class Schemas {
    static final String PROJECT_GRAMMAR = "/org/teikit/schema/teikit.rnc";
    static final String PROJECT_RULES = "/org/teikit/schema/teikit.sch";

    // a scheme of two letters or more: "C:\\x.rng" stays a file name
    private static final java.util.regex.Pattern URL_LIKE = java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]+:");

    private final Catalog catalog;
    private final GrammarCompiler grammarCompiler;
    private final boolean schematron;
    private final boolean parseOnly;
    private final SchematronCache schematronCache;
    private final DocumentSchemas explicit;
    private final List<String> fallback;   // for documents that name no schema, instead of the project schema
    private final ConcurrentMap<URI, Lazy<MatchablePattern>> guides = new ConcurrentHashMap<>();
    private final ConcurrentMap<URI, Lazy<Schema>> wordedGrammars = new ConcurrentHashMap<>();
    private final ConcurrentMap<URI, Lazy<Schema>> quietGrammars = new ConcurrentHashMap<>();
    private final ConcurrentMap<URI, Lazy<Optional<DocumentSchemas.Rules>>> rules = new ConcurrentHashMap<>();
    private final FastPath fast;   // null: the plain path (Builder.exact())
    private final Lazy<DocumentSchemas> project = new Lazy<>(this::compileProject);
    private final boolean xinclude;

    private Schemas(Catalog catalog, boolean schematron, boolean parseOnly, SchematronCache schematronCache,
                    FastPath fast, List<String> explicitSchemas, List<String> fallback, boolean xinclude)
            throws SchemaException {
        this.catalog = catalog;
        this.xinclude = xinclude;
        this.fallback = List.copyOf(fallback);
        this.fast = fast;
        this.grammarCompiler = new GrammarCompiler(catalog, fast);
        this.schematron = schematron;
        this.parseOnly = parseOnly;
        this.schematronCache = schematronCache;
        this.explicit = explicitSchemas.isEmpty() ? null : compileExplicit(explicitSchemas);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Checks well-formedness only (with the same secure parser): the floor for benchmarks. */
    public static Schemas wellFormednessOnly() {
        try {
            return new Schemas(Catalog.of(List.of()), false, true, SchematronCache.OFF, null, List.of(), List.of(), false);
        } catch (SchemaException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A validator for one thread; cheap to make, reusable for any number of documents, never shared. */
    public Validator newValidator(int maxMessagesPerFile) {
        return new Validator(this, maxMessagesPerFile);
    }

    public Validator newValidator() {
        return newValidator(Validator.DEFAULT_MAX_MESSAGES);
    }

    /** Builds a {@link Schemas}; explicit schemas are compiled by {@link #build()} so that a broken one fails early. */
    public static final class Builder {
        private final List<String> schemas = new ArrayList<>();
        private final List<String> fallback = new ArrayList<>();
        private final List<Path> catalogs = new ArrayList<>();
        private boolean schematron = true;
        private SchematronCache schematronCache = SchematronCache.OFF;
        private List<Path> documents;
        private int jobs = 1;
        private boolean exact;
        private boolean xinclude;

        private Builder() {}

        /** An explicit schema ({@code .rng}, {@code .rnc} or {@code .sch}); documents' xml-model PIs are then ignored. */
        public Builder schema(Path schema) {
            schemas.add(schema.toAbsolutePath().normalize().toUri().toString());
            return this;
        }

        /** An explicit schema by file name or URL; a URL must map to a local file through a catalog. */
        public Builder schema(String fileOrUrl) {
            return URL_LIKE.matcher(fileOrUrl).lookingAt() ? addUri(fileOrUrl) : schema(Path.of(fileOrUrl));
        }

        /**
         * A schema for the documents whose xml-model PIs name none, in place of the project schema (an editor's
         * workspace setting); repeatable. Compiled when a document first needs it, and reported then if unusable.
         */
        public Builder defaultSchema(String fileOrUrl) {
            fallback.add(URL_LIKE.matcher(fileOrUrl).lookingAt() ? fileOrUrl
                    : Path.of(fileOrUrl).toAbsolutePath().normalize().toUri().toString());
            return this;
        }

        private Builder addUri(String uri) {
            schemas.add(uri);
            return this;
        }

        private SchemaStore store = SchemaStore.standard();

        /** An OASIS XML catalog consulted (before teikit's own) to map schema URLs to local files. */
        public Builder catalog(Path catalog) {
            catalogs.add(catalog);
            return this;
        }

        /** Whether to run Schematron (separate, or embedded in RELAX NG); on by default. */
        public Builder schematron(boolean on) {
            schematron = on;
            return this;
        }

        /**
         * Keeps SchXslt's output for each Schematron schema in {@code dir} between runs (by default nothing is kept):
         * a later run with the same schema skips the transpilation, about a second for tei_all. See
         * {@code SchematronCache} for what makes an entry stale.
         */
        public Builder schematronCache(Path dir) {
            schematronCache = SchematronCache.in(dir);
            return this;
        }

        /**
         * The documents this run will validate. On the fast path (not {@link #exact()}), a Schematron stylesheet from
         * the {@linkplain #schematronCache(Path) cache} is then compiled without the template rules that cannot match
         * their names: for tei_all, half of Saxon's compile time on a small file, and a third of the time Schematron
         * takes on a corpus (64 of its rules test every element for {@code @calendar}). Their names are read first, on
         * {@code jobs} threads, beside the grammar's compilation, and only when such a stylesheet is in the cache. Any
         * document is still checked by every rule: one that uses a name these documents lack is checked with the whole
         * stylesheet, compiled then.
         */
        public Builder documents(List<Path> files, int jobs) {
            if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
            this.documents = List.copyOf(files);
            this.jobs = jobs;
            return this;
        }

        /**
         * The local copies of remote schemas consulted after the catalogs (by default {@link SchemaStore#standard()});
         * null consults none.
         */
        public Builder schemaStore(SchemaStore store) {
            this.store = store;
            return this;
        }

        /**
         * Validates the plain way, without the speed layers of {@code org.teikit.validate.fast}: each grammar is
         * Jing's, checked in one pass with Jing's datatypes (no verdicts remembered), and each Schematron stylesheet
         * is SchXslt2's, compiled whole ({@link #documents} then changes nothing; the {@link #schematronCache} still
         * keeps SchXslt's output as it came). Every message is the same as the default path's, which is faster; this
         * one is the reference it is tested against, and the code to read first.
         */
        public Builder exact() {
            exact = true;
            return this;
        }

        /**
         * Processes {@code xi:include} (off by default: a hostile document must not make teikit open files): each
         * document is validated as the one document its includes assemble, local files only, a message inside an
         * included file named by that file ({@link org.teikit.tei.XmlInput#withXInclude()} says what is refused). An
         * include that cannot be followed is a message of source {@link MessageSource#INCLUDE}: no verdict. Off,
         * an {@code xi:include} element is validated as the element it is.
         */
        public Builder xinclude(boolean on) {
            xinclude = on;
            return this;
        }

        public Schemas build() throws SchemaException {
            // the run's names are read without includes: a document whose chapters use other names is seen to by
            // its NamesCheck, which watches the assembled parse, and gets the whole stylesheet
            FastPath fast = exact ? null : FastPath.of(documents, jobs, () -> XmlInput.forValidation().newReader());
            return new Schemas(Catalog.of(catalogs, store), schematron, false, schematronCache, fast, schemas, fallback,
                    xinclude);
        }
    }

    // ---- choosing and compiling (package-private: used by Validator) ----

    /** Whether documents are validated with their {@code xi:include}s followed ({@link Builder#xinclude}). */
    public boolean xinclude() {
        return xinclude;
    }

    boolean parseOnly() {
        return parseOnly;
    }

    /** The speed layers, or null on the plain path. */
    FastPath fast() {
        return fast;
    }

    /** Explicit schemas, or null when the documents choose. */
    DocumentSchemas explicit() {
        return explicit;
    }

    DocumentSchemas project() throws SchemaException {
        return project.get();
    }

    /**
     * The schemas a document's xml-model PIs ask for, or null when none of them names a schema kind teikit runs.
     * Schemas that cannot be used are reported on the document, at the PI.
     */
    DocumentSchemas fromXmlModels(List<XmlModel> models, URI documentUri, MessageCollector out) {
        DocumentSchemasBuilder chosen = new DocumentSchemasBuilder(out);
        boolean any = false;
        for (XmlModel m : models) {
            if (m.href() == null || !(m.isRelaxNg() || m.isSchematron())) {
                out.add(m.line(), m.column(), Severity.WARNING, "xml-model " + (m.href() == null ? "without href"
                        : "\"" + m.href() + "\"") + " ignored: only RELAX NG and Schematron schemas are supported",
                        MessageSource.GRAMMAR);
                continue;
            }
            any = true;
            try {
                URI uri = catalog.resolve(m.href(), documentUri);
                if (m.isRelaxNg()) chosen.grammar(uri, m.isCompactSyntax(), m);
                else chosen.rules(uri, m);
            } catch (SchemaException e) {
                out.add(m.line(), m.column(), Severity.ERROR, "schema named by xml-model not usable: " + e.getMessage(),
                        MessageSource.SCHEMA);
            }
        }
        if (!any) return null;
        try {
            return chosen.build();
        } catch (SchemaException e) {
            throw new IllegalStateException("schemas named by xml-model PIs reports its failures at the PIs", e);
        }
    }

    private DocumentSchemas compileExplicit(List<String> locations) throws SchemaException {
        DocumentSchemasBuilder chosen = new DocumentSchemasBuilder(null);
        for (String location : locations) {
            URI uri = catalog.resolve(location, null);
            if (uri.getScheme().equals("file") && !Files.isReadable(Path.of(uri))) {
                throw new SchemaException(Path.of(uri) + ": schema not found or not readable");
            }
            String name = uri.toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".sch") || name.endsWith(".isosch") || name.endsWith(".schematron")) chosen.rules(uri, null);
            else chosen.grammar(uri, name.endsWith(".rnc"), null);
        }
        return chosen.build();
    }

    private DocumentSchemas compileProject() throws SchemaException {
        if (!fallback.isEmpty()) return compileExplicit(fallback);
        DocumentSchemasBuilder chosen = new DocumentSchemasBuilder(null);
        chosen.grammarOnly(projectResource(PROJECT_GRAMMAR), true, null);   // its rules are teikit.sch
        if (schematron) chosen.rules(projectResource(PROJECT_RULES), null);
        return chosen.build();
    }

    /**
     * Collects the compiled schemas of a document, each once, in order; RELAX NG brings its embedded Schematron. Schematron
     * compiles on a thread of its own while the grammars compile here: on two cores a cold start pays for the
     * longer of the two, not their sum.
     */
    private final class DocumentSchemasBuilder {
        private final MessageCollector out;
        private final Map<URI, Boolean> grammarSyntax = new LinkedHashMap<>();   // compact?
        private final Map<URI, CompletableFuture<Optional<DocumentSchemas.Rules>>> rules = new LinkedHashMap<>();
        private final Map<URI, XmlModel> grammarOrigins = new LinkedHashMap<>();
        private final Map<URI, XmlModel> ruleOrigins = new LinkedHashMap<>();

        /** @param out where failures of schemas named by xml-model PIs are reported (null: they throw) */
        DocumentSchemasBuilder(MessageCollector out) {
            this.out = out;
        }

        /** A grammar and the Schematron embedded in it; the grammar is compiled by {@link #build()}, after every Schematron compilation has started. */
        void grammar(URI uri, boolean compact, XmlModel origin) {
            rules(uri, compact, origin);
            grammarOnly(uri, compact, origin);
        }

        /** A grammar whose annotations are known to hold no Schematron. */
        void grammarOnly(URI uri, boolean compact, XmlModel origin) {
            if (grammarSyntax.putIfAbsent(uri, compact) == null && origin != null) grammarOrigins.put(uri, origin);
        }

        /** A Schematron schema. */
        void rules(URI uri, XmlModel origin) {
            rules(uri, false, origin);
        }

        private void rules(URI uri, boolean compact, XmlModel origin) {
            if (!schematron || rules.containsKey(uri)) return;
            if (origin != null) ruleOrigins.put(uri, origin);
            rules.put(uri, CompletableFuture.supplyAsync(() -> {
                try {
                    return compiledRules(uri, compact);
                } catch (SchemaException e) {
                    throw new CompletionException(e);
                }
            }, BACKGROUND));
        }

        DocumentSchemas build() throws SchemaException {
            List<DocumentSchemas.Grammar> grammars = new ArrayList<>();
            Set<URI> failedGrammars = new HashSet<>();
            for (Map.Entry<URI, Boolean> g : grammarSyntax.entrySet()) {
                URI uri = g.getKey();
                try {
                    grammars.add(compiledGrammar(uri, g.getValue()));
                } catch (SchemaException failure) {
                    report(failure, grammarOrigins.get(uri));
                    failedGrammars.add(uri);
                }
            }
            List<DocumentSchemas.Rules> compiled = new ArrayList<>();
            for (Map.Entry<URI, CompletableFuture<Optional<DocumentSchemas.Rules>>> e : rules.entrySet()) {
                try {
                    join(e.getValue()).ifPresent(compiled::add);
                } catch (SchemaException failure) {
                    // a grammar that failed was reported once: its embedded rules, read from the same file, fail with it
                    if (!failedGrammars.contains(e.getKey())) report(failure, ruleOrigins.get(e.getKey()));
                }
            }
            return new DocumentSchemas(grammars, compiled);
        }

        private void report(SchemaException failure, XmlModel origin) throws SchemaException {
            if (out == null || origin == null) throw failure;
            out.add(origin.line(), origin.column(), Severity.ERROR, "schema named by xml-model not usable: "
                    + failure.getMessage(), MessageSource.SCHEMA);
        }
    }

    private static final Executor BACKGROUND = task -> {
        Thread t = new Thread(task, "teikit-schematron-compiler");
        t.setDaemon(true);
        t.start();
    };

    private static <T> T join(CompletableFuture<T> f) throws SchemaException {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SchemaException s) throw s;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** On the plain path, Jing's grammar, compiled now; on the fast path, the quiet one now, Jing's when first needed. */
    private DocumentSchemas.Grammar compiledGrammar(URI uri, boolean compact) throws SchemaException {
        Lazy<Schema> worded = wordedGrammars.computeIfAbsent(uri, u -> new Lazy<>(() -> grammarCompiler.compile(u, compact)));
        if (fast == null) {
            worded.get();
            return new DocumentSchemas.Grammar(uri, worded, null);
        }
        Schema quiet = quietGrammars.computeIfAbsent(uri, u -> new Lazy<>(() -> grammarCompiler.compileQuiet(u, compact)))
                .get();
        return new DocumentSchemas.Grammar(uri, worded, quiet);
    }

    private Optional<DocumentSchemas.Rules> compiledRules(URI uri, boolean compact) throws SchemaException {
        return rules.computeIfAbsent(uri, u -> new Lazy<>(() -> SchematronCompiler.compile(u, compact, schematronCache, fast)))
                .get();
    }

    /**
     * A compiled grammar (one {@link Validator#lastGrammars()} named) as a pattern that can say what it allows at any
     * point of a document: the start tags, the attributes, the required ones (Jing's {@code Matcher}). Compiled once per grammar; a matcher is not thread-safe, nor is
     * the pattern's derivative cache, so callers use one pattern from one thread at a time.
     */
    public MatchablePattern guide(URI grammar) throws SchemaException {
        return guides.computeIfAbsent(grammar, g -> new Lazy<>(() -> grammarCompiler.guide(g,
                g.getPath() != null && g.toString().toLowerCase(Locale.ROOT).endsWith(".rnc")))).get();
    }

    private static URI projectResource(String name) throws SchemaException {
        URL url = Schemas.class.getResource(name);
        if (url == null) throw new SchemaException("the project schema " + name + " is missing from the classpath");
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new SchemaException("the project schema " + name + " has no usable URI", e);
        }
    }
}
