package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.xml.sax.InputSource;

/**
 * Compiles ISO Schematron to XSLT with SchXslt2's transpiler, and extracts the Schematron embedded in RELAX NG.
 * Both stylesheets are compiled once per JVM.
 */
final class SchematronCompiler {
    static final String SCH_NS = "http://purl.oclc.org/dsdl/schematron";
    private static final String SCHXSLT_NS = "http://dmaus.name/ns/2023/schxslt";

    private SchematronCompiler() {}

    private static final class Stylesheets {
        static final XsltExecutable TRANSPILE = transpiler();
        static final XsltExecutable EXTRACT = load(SchematronCompiler.class.getResource("extract-schematron.xsl"),
                quietCompiler());
    }

    /** The Schematron in the document at {@code uri}: a schema, or the patterns embedded in RELAX NG (none: empty). */
    static Optional<XsltExecutable> compile(URI uri) throws SchemaException {
        XdmNode doc = parse(uri);
        XdmNode root = documentElement(doc, uri);
        XdmNode schema;
        if (SCH_NS.equals(root.getNodeName().getNamespace()) && root.getNodeName().getLocalName().equals("schema")) {
            schema = doc;
        } else {
            schema = transform(Stylesheets.EXTRACT, doc, uri);
            if (schema.children().iterator().hasNext() == false) return Optional.empty();
        }
        XdmNode stylesheet = transform(Stylesheets.TRANSPILE, schema, uri);
        List<String> errors = new ArrayList<>();
        XsltCompiler compiler = Saxon.PROCESSOR.newXsltCompiler();
        compiler.setErrorReporter(e -> {
            if (!e.isWarning()) errors.add(e.getMessage());
        });
        try {
            return Optional.of(compiler.compile(stylesheet.asSource()));
        } catch (SaxonApiException e) {
            String detail = errors.isEmpty() ? e.getMessage() : String.join("\n  ", errors);
            throw new SchemaException("broken Schematron " + uri + ":\n  " + detail, e);
        }
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

    private static XdmNode parse(URI uri) throws SchemaException {
        try (InputStream in = uri.toURL().openStream()) {
            InputSource source = new InputSource(in);
            source.setSystemId(uri.toString());
            DocumentBuilder builder = Saxon.PROCESSOR.newDocumentBuilder();
            builder.setLineNumbering(true);
            return builder.build(new SAXSource(SecureXml.newReader(), source));
        } catch (IOException e) {
            throw new SchemaException("cannot read schema " + uri + ": " + e.getMessage(), e);
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
        URL url = SchematronCompiler.class.getResource("/content/transpile.xsl");
        if (url == null) throw new IllegalStateException("SchXslt2 (content/transpile.xsl) is missing from the classpath");
        return load(url, c);
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
