package org.teikit.validate;

import com.thaiopensource.validate.Schema;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * A compiled, immutable, thread-safe set of schemas, shared by every {@link Validator} of a run (the role of Jing's
 * {@code Schema} and Saxon's {@code XsltExecutable}).
 *
 * <p>Which schemas check a document, in order: the explicit schemas given to the builder; else the document's own
 * {@code <?xml-model?>} processing instructions (RELAX NG and Schematron, {@code href} relative to the document,
 * through the catalogs); else the project schema bundled with teikit ({@code teikit.rnc} + {@code teikit.sch}).
 * Each distinct schema is compiled once, however many documents name it. RELAX NG schemas that embed Schematron
 * (TEI's ODD-generated ones do) are checked with it too, unless Schematron is switched off.
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
    private final Plan explicit;
    private final ConcurrentMap<URI, Memo<Schema>> grammars = new ConcurrentHashMap<>();
    private final ConcurrentMap<URI, Memo<Optional<XsltExecutable>>> rules = new ConcurrentHashMap<>();
    private final Memo<Plan> project = new Memo<>(this::compileProject);

    private Schemas(Catalog catalog, boolean schematron, boolean parseOnly, List<String> explicitSchemas)
            throws SchemaException {
        this.catalog = catalog;
        this.grammarCompiler = new GrammarCompiler(catalog);
        this.schematron = schematron;
        this.parseOnly = parseOnly;
        this.explicit = explicitSchemas.isEmpty() ? null : compileExplicit(explicitSchemas);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Checks well-formedness only (with the same secure parser): the floor for benchmarks. */
    public static Schemas wellFormednessOnly() {
        try {
            return new Schemas(Catalog.of(List.of()), false, true, List.of());
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
        private final List<Path> catalogs = new ArrayList<>();
        private boolean schematron = true;

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

        private Builder addUri(String uri) {
            schemas.add(uri);
            return this;
        }

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

        public Schemas build() throws SchemaException {
            return new Schemas(Catalog.of(catalogs), schematron, false, schemas);
        }
    }

    // ---- choosing and compiling (package-private: used by Validator) ----

    boolean parseOnly() {
        return parseOnly;
    }

    /** Explicit schemas, or null when the documents choose. */
    Plan explicit() {
        return explicit;
    }

    Plan project() throws SchemaException {
        return project.get();
    }

    /**
     * The plan a document's xml-model PIs ask for, or null when none of them names a schema kind teikit runs.
     * Schemas that cannot be used are reported on the document, at the PI.
     */
    Plan fromXmlModels(List<XmlModel> models, URI documentUri, MessageCollector out) {
        Map<URI, Schema> g = new LinkedHashMap<>();
        Map<URI, XsltExecutable> r = new LinkedHashMap<>();
        boolean any = false;
        for (XmlModel m : models) {
            if (m.href() == null || !(m.isRelaxNg() || m.isSchematron())) {
                out.add(m.line(), m.column(), Severity.WARNING, "xml-model " + (m.href() == null ? "without href"
                        : "\"" + m.href() + "\"") + " ignored: only RELAX NG and Schematron schemas are supported",
                        MessageSource.GRAMMAR);
                continue;
            }
            any = true;
            MessageSource source = m.isRelaxNg() ? MessageSource.GRAMMAR : MessageSource.SCHEMATRON;
            try {
                URI uri = catalog.resolve(m.href(), documentUri);
                if (m.isRelaxNg()) {
                    boolean compact = m.isCompactSyntax();
                    g.putIfAbsent(uri, grammar(uri, compact));
                    if (!compact) addRules(uri, r);
                } else {
                    addRules(uri, r);
                }
            } catch (SchemaException e) {
                out.add(m.line(), m.column(), Severity.ERROR, "schema named by xml-model not usable: " + e.getMessage(),
                        source);
            }
        }
        if (!any) return null;
        return new Plan(g.entrySet().stream().map(e -> new Plan.Grammar(e.getKey(), e.getValue())).toList(),
                r.entrySet().stream().map(e -> new Plan.Rules(e.getKey(), e.getValue())).toList());
    }

    private void addRules(URI uri, Map<URI, XsltExecutable> into) throws SchemaException {
        if (!schematron || into.containsKey(uri)) return;
        Optional<XsltExecutable> compiled = rules(uri);
        compiled.ifPresent(x -> into.put(uri, x));
    }

    private Schema grammar(URI uri, boolean compact) throws SchemaException {
        return grammars.computeIfAbsent(uri, u -> new Memo<>(() -> grammarCompiler.compile(u, compact))).get();
    }

    private Optional<XsltExecutable> rules(URI uri) throws SchemaException {
        return rules.computeIfAbsent(uri, u -> new Memo<>(() -> SchematronCompiler.compile(u))).get();
    }

    private Plan compileExplicit(List<String> locations) throws SchemaException {
        List<Plan.Grammar> g = new ArrayList<>();
        List<Plan.Rules> r = new ArrayList<>();
        for (String location : locations) {
            URI uri = catalog.resolve(location, null);
            if (uri.getScheme().equals("file") && !Files.isReadable(Path.of(uri))) {
                throw new SchemaException(Path.of(uri) + ": schema not found or not readable");
            }
            String name = uri.toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".sch") || name.endsWith(".isosch") || name.endsWith(".schematron")) {
                if (schematron) rules(uri).ifPresent(x -> r.add(new Plan.Rules(uri, x)));
            } else {
                boolean compact = name.endsWith(".rnc");
                g.add(new Plan.Grammar(uri, grammar(uri, compact)));
                if (schematron && !compact) rules(uri).ifPresent(x -> r.add(new Plan.Rules(uri, x)));
            }
        }
        return new Plan(g, r);
    }

    private Plan compileProject() throws SchemaException {
        URI grammarUri = projectResource(PROJECT_GRAMMAR);
        List<Plan.Rules> r = new ArrayList<>();
        if (schematron) {
            URI rulesUri = projectResource(PROJECT_RULES);
            rules(rulesUri).ifPresent(x -> r.add(new Plan.Rules(rulesUri, x)));
        }
        return new Plan(List.of(new Plan.Grammar(grammarUri, grammar(grammarUri, true))), r);
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
