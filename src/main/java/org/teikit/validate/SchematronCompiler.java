package org.teikit.validate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.tei.XmlInput;
import org.teikit.validate.fast.FastPath;
import org.xml.sax.InputSource;

/**
 * Compiles ISO Schematron to XSLT with SchXslt2's transpiler, and extracts the Schematron embedded in RELAX NG
 * (XML syntax, or compact syntax through {@link CompactAnnotations}).
 * Both stylesheets are compiled once per JVM, and only when a schema is not in the {@link SchematronCache}.
 */
final class SchematronCompiler {
    static final String SCH_NS = "http://purl.oclc.org/dsdl/schematron";
    private static final String SCHXSLT_NS = "http://dmaus.name/ns/2023/schxslt";
    private static final String XSL_NS = "http://www.w3.org/1999/XSL/Transform";

    private SchematronCompiler() {}

    private static final class Stylesheets {
        static final XsltExecutable TRANSPILE = transpiler();
        static final XsltExecutable EXTRACT = load(SchematronCompiler.class.getResource("extract-schematron.xsl"),
                quietCompiler());
    }

    /** What turns a schema into XSLT: SchXslt's stylesheet, ours, and the transpiler's parameters (see {@link #transpiler()}). */
    private static final class Recipe {
        static final String ID = SchematronCache.recipe(
                "teikit-schematron/1 report-active-pattern=false report-fired-rule=false report-suppressed-rule=false"
                        + " location-function=" + Saxon.LOCATION.getEQName(),
                resource("/content/transpile.xsl"), resource("/content/VERSION"), resource("extract-schematron.xsl"));
        /** The same from the compact syntax: raise the number when {@link CompactAnnotations} reads rules differently. */
        static final String COMPACT_ID = ID + " compact-annotations/1";
    }

    /**
     * The Schematron in the document at {@code uri}: a schema, or the patterns embedded in RELAX NG (none: empty;
     * {@code compact}: RELAX NG in the compact syntax).
     * SchXslt's output is taken from, and put into, {@code cache}. On the {@code fast} path (else null), when it
     * knows the run's documents, a stylesheet from the cache is compiled without the rules that cannot fire on them
     * ({@link FastPath#narrow}).
     */
    static Optional<DocumentSchemas.Rules> compile(URI uri, boolean compact, SchematronCache cache, FastPath fast)
            throws SchemaException {
        byte[] bytes = read(uri);
        String key = cache.key(bytes, compact ? Recipe.COMPACT_ID : Recipe.ID);
        Optional<SchematronCache.Entry> hit = cache.get(key);
        if (hit.isPresent()) {
            Optional<byte[]> xslt = hit.get().stylesheet();
            if (xslt.isEmpty()) return Optional.empty();
            FastPath.Screen screen = fast == null ? null : FastPath.screen(parse(xslt.get(), uri));
            return Optional.of(fast != null && fast.narrows() ? compileNarrowed(xslt.get(), uri, fast, screen)
                    : new DocumentSchemas.Rules(uri, compileWhole(xslt.get(), uri), null, screen));
        }
        if (compact) {
            Optional<String> annotations = CompactAnnotations.schematron(uri, bytes);
            if (annotations.isEmpty()) {
                cache.put(key, Optional.empty());
                return Optional.empty();
            }
            bytes = annotations.get().getBytes(StandardCharsets.UTF_8);
        }
        XdmNode doc = parse(bytes, uri);
        XdmNode root = documentElement(doc, uri);
        XdmNode schema;
        if (SCH_NS.equals(root.getNodeName().getNamespace()) && root.getNodeName().getLocalName().equals("schema")) {
            schema = doc;
        } else {
            schema = transform(Stylesheets.EXTRACT, doc, uri);
            if (!schema.children().iterator().hasNext()) {   // no embedded rules
                cache.put(key, Optional.empty());
                return Optional.empty();
            }
        }
        XdmNode stylesheet = transform(Stylesheets.TRANSPILE, schema, uri);
        XsltExecutable compiled = compileStylesheet(stylesheet.asSource(), uri);
        if (key != null && selfContained(schema)) cache.put(key, Optional.of(serialize(stylesheet)));
        return Optional.of(new DocumentSchemas.Rules(uri, compiled, null, fast == null ? null : FastPath.screen(stylesheet)));
    }

    private static XsltExecutable compileWhole(byte[] xslt, URI uri) throws SchemaException {
        return compileStylesheet(new StreamSource(new ByteArrayInputStream(xslt), uri.toString()), uri);
    }

    private static DocumentSchemas.Rules compileNarrowed(byte[] xslt, URI uri, FastPath fast, FastPath.Screen screen)
            throws SchemaException {
        Lazy<XsltExecutable> whole = new Lazy<>(() -> compileWhole(xslt, uri));
        FastPath.Narrowed n = fast.narrow(xslt, uri.toString(), source -> compileStylesheet(source, uri), whole::get);
        return new DocumentSchemas.Rules(uri, n.stylesheet(), n.leftOutRules() ? n : null, screen);
    }

    private static XsltExecutable compileStylesheet(javax.xml.transform.Source stylesheet, URI uri) throws SchemaException {
        List<String> errors = new ArrayList<>();
        XsltCompiler compiler = Saxon.PROCESSOR.newXsltCompiler();
        compiler.setErrorReporter(e -> {
            if (!e.isWarning()) errors.add(e.getMessage());
        });
        try {
            return compiler.compile(stylesheet);
        } catch (SaxonApiException e) {
            String detail = errors.isEmpty() ? e.getMessage() : String.join("\n  ", errors);
            throw new SchemaException("broken Schematron " + uri + ":\n  " + detail, e);
        }
    }

    /** True unless the schema reads other files while it is compiled (then its own bytes are not a sufficient key). */
    private static boolean selfContained(XdmNode schema) {
        for (XdmNode n : schema.select(net.sf.saxon.s9api.streams.Steps.descendant()).asListOfNodes()) {
            if (n.getNodeKind() != XdmNodeKind.ELEMENT) continue;
            String ns = n.getNodeName().getNamespace(), local = n.getNodeName().getLocalName();
            if (SCH_NS.equals(ns) && (local.equals("include") || local.equals("extends") && n.attribute("href") != null)) {
                return false;
            }
            if (XSL_NS.equals(ns) && (local.equals("include") || local.equals("import"))) return false;
        }
        return true;
    }

    private static byte[] serialize(XdmNode stylesheet) throws SchemaException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Serializer s = Saxon.PROCESSOR.newSerializer(out);
            s.setOutputProperty(Serializer.Property.METHOD, "xml");
            s.setOutputProperty(Serializer.Property.INDENT, "no");
            s.serializeNode(stylesheet);
        } catch (SaxonApiException e) {
            throw new SchemaException("cannot serialize the Schematron stylesheet: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static byte[] read(URI uri) throws SchemaException {
        try (InputStream in = uri.toURL().openStream()) {
            return in.readAllBytes();
        } catch (IOException | IllegalArgumentException e) {
            throw new SchemaException("cannot read schema " + uri + ": " + e.getMessage(), e);
        }
    }

    private static URL resource(String name) {
        URL url = SchematronCompiler.class.getResource(name);
        if (url == null) throw new IllegalStateException(name + " is missing from the classpath");
        return url;
    }

    private static XdmNode transform(XsltExecutable xslt, XdmNode input, URI uri) throws SchemaException {
        try {
            XdmDestination out = new XdmDestination();
            out.setBaseURI(uri);
            var t = xslt.load30();
            t.setGlobalContextItem(input);
            t.applyTemplates(input, out);
            return out.getXdmNode();
        } catch (SaxonApiException e) {
            throw new SchemaException("broken Schematron " + uri + ": " + e.getMessage(), e);
        }
    }

    /** A stylesheet or schema as a tree, line numbers on. */
    private static XdmNode parse(byte[] bytes, URI uri) throws SchemaException {
        InputSource source = new InputSource(new ByteArrayInputStream(bytes));
        source.setSystemId(uri.toString());
        DocumentBuilder builder = Saxon.PROCESSOR.newDocumentBuilder();
        builder.setLineNumbering(true);
        try {
            return builder.build(new SAXSource(XmlInput.forValidation().newReader(), source));
        } catch (SaxonApiException e) {
            throw new SchemaException("broken schema " + uri + ": " + e.getMessage(), e);
        }
    }

    private static XdmNode documentElement(XdmNode doc, URI uri) throws SchemaException {
        for (XdmNode child : doc.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) return child;
        }
        throw new SchemaException("broken schema " + uri + ": no root element");
    }

    private static XsltExecutable transpiler() {
        XsltCompiler c = quietCompiler();
        // only failed assertions and successful reports matter to us: the rest would make SVRL large for nothing
        c.setParameter(new QName(SCHXSLT_NS, "report-active-pattern"), new XdmAtomicValue(false));
        c.setParameter(new QName(SCHXSLT_NS, "report-fired-rule"), new XdmAtomicValue(false));
        c.setParameter(new QName(SCHXSLT_NS, "report-suppressed-rule"), new XdmAtomicValue(false));
        c.setParameter(new QName(SCHXSLT_NS, "location-function"), new XdmAtomicValue(Saxon.LOCATION.getEQName()));
        return load(resource("/content/transpile.xsl"), c);
    }

    /** Compile-time warnings (SchXslt2 has a harmless one) would land on the user's stderr; errors still throw. */
    private static XsltCompiler quietCompiler() {
        XsltCompiler c = Saxon.PROCESSOR.newXsltCompiler();
        c.setErrorReporter(e -> {});
        return c;
    }

    private static XsltExecutable load(URL url, XsltCompiler compiler) {
        try (InputStream in = url.openStream()) {
            return compiler.compile(new StreamSource(in, url.toString()));
        } catch (IOException | SaxonApiException e) {
            throw new IllegalStateException("cannot compile " + url + ": " + e.getMessage(), e);
        }
    }
}
