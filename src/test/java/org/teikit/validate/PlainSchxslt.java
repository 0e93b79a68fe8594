package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.streams.Steps;

/**
 * SchXslt2's plain pipeline, as its documentation runs it: the schema transpiled with SchXslt's default parameters on
 * a processor of its own, the XSLT run on a tree Saxon parses itself, the SVRL read as it stands. The reference that
 * teikit's Schematron (extraction, cache, narrowing, its SAX-built tree, its location function) is held to.
 */
final class PlainSchxslt {
    /** A failed assertion or successful report: where (as teikit places a node), how severe by its role, and what. */
    record Result(int line, int column, Severity severity, String text) {
        static Result of(Message m) {
            return new Result(m.line(), m.column(), m.severity(), m.text());
        }
    }

    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    /** ISO Schematron leaves @role's values to the schema; these are the ones meaning "do not fail the file". */
    private static final Set<String> WARNING_ROLES =
            Set.of("nonfatal", "warning", "warn", "info", "information", "informational", "caution");

    private final Processor saxon = new Processor(false);
    private final XsltExecutable rules;

    PlainSchxslt(Path schema) {
        try {
            XsltExecutable transpile = saxon.newXsltCompiler().compile(source("/content/transpile.xsl"));
            XdmDestination xslt = new XdmDestination();
            var t = transpile.load30();
            XdmNode sch = saxon.newDocumentBuilder().build(schema.toFile());
            t.setGlobalContextItem(sch);
            t.applyTemplates(sch, xslt);
            rules = saxon.newXsltCompiler().compile(xslt.getXdmNode().asSource());
        } catch (SaxonApiException e) {
            throw new IllegalStateException("SchXslt2 cannot compile " + schema + ": " + e.getMessage(), e);
        }
    }

    List<Result> validate(Path document) {
        try {
            DocumentBuilder builder = saxon.newDocumentBuilder();
            builder.setLineNumbering(true);
            XdmNode doc = builder.build(document.toFile());
            var t = rules.load30();
            t.setMessageHandler(m -> {});   // a dynamic error still ends the run, as an exception
            t.setGlobalContextItem(doc);
            XdmDestination svrl = new XdmDestination();
            t.applyTemplates(doc, svrl);
            List<Result> results = new ArrayList<>();
            for (XdmNode r : svrl.getXdmNode().select(Steps.descendant().where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT
                    && SVRL.equals(n.getNodeName().getNamespace())
                    && (n.getNodeName().getLocalName().equals("failed-assert")
                            || n.getNodeName().getLocalName().equals("successful-report")))).asListOfNodes()) {
                results.add(result(r, doc));
            }
            return results;
        } catch (SaxonApiException e) {
            throw new IllegalStateException("SchXslt2's stylesheet fails on " + document + ": " + e.getMessage(), e);
        }
    }

    private Result result(XdmNode r, XdmNode doc) throws SaxonApiException {
        XdmItem node = saxon.newXPathCompiler().evaluateSingle(r.getAttributeValue(new QName("location")), doc);
        XdmNode placed = (XdmNode) node;
        // teikit's rule, the one Jing's positions follow: a node without a position of its own is at its element
        while (placed != null && placed.getNodeKind() != XdmNodeKind.ELEMENT && placed.getLineNumber() <= 0) {
            placed = placed.getParent();
        }
        int line = placed == null || placed.getLineNumber() <= 0 ? -1 : placed.getLineNumber();
        int column = line == -1 ? -1 : placed.getColumnNumber();
        String role = r.getAttributeValue(new QName("role"));
        Severity severity = role != null && WARNING_ROLES.contains(role.strip().toLowerCase(Locale.ROOT))
                ? Severity.WARNING : Severity.ERROR;
        String text = r.select(Steps.child().where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT
                && n.getNodeName().getLocalName().equals("text"))).asListOfNodes().get(0).getStringValue();
        return new Result(line, column, severity, text.strip().replaceAll("\\s+", " "));
    }

    private static StreamSource source(String resource) {
        URL url = PlainSchxslt.class.getResource(resource);
        try {
            InputStream in = url.openStream();
            return new StreamSource(in, url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
