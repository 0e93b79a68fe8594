package org.teikit.schema;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;

/**
 * Test-only Schematron runner: SchXslt2 transpiles the schema to XSLT once, Saxon-HE runs it per
 * document, and the SVRL failed-asserts are returned. The production runner is
 * org.teikit.validate's; this one stays small so tests can switch to it later.
 */
final class Schematron {
    private static final String SVRL_NS = "http://purl.oclc.org/dsdl/svrl";

    private final Processor saxon;
    private final XsltExecutable validator;

    /** One failed assertion (or successful report): its id, the SVRL location and the message text. */
    record FailedAssert(String id, String location, String text) {}

    private Schematron(Processor saxon, XsltExecutable validator) {
        this.saxon = saxon;
        this.validator = validator;
    }

    static Schematron compile(Path schema) {
        try {
            Processor saxon = new Processor(false);
            XsltCompiler compiler = saxon.newXsltCompiler();
            URL transpiler = Schematron.class.getClassLoader().getResource("content/transpile.xsl");
            if (transpiler == null) throw new IllegalStateException("SchXslt2 content/transpile.xsl not on the classpath");
            XsltTransformer transpile = compiler.compile(new StreamSource(transpiler.toString())).load();
            transpile.setSource(new StreamSource(schema.toFile()));
            XdmDestination xslt = new XdmDestination();
            xslt.setBaseURI(schema.toUri());
            transpile.setDestination(xslt);
            transpile.transform();
            return new Schematron(saxon, compiler.compile(xslt.getXdmNode().asSource()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot compile Schematron " + schema, e);
        }
    }

    /** The SVRL report for one document. */
    XdmNode report(Path document) {
        try {
            XsltTransformer run = validator.load();
            run.setSource(new StreamSource(document.toFile()));
            XdmDestination svrl = new XdmDestination();
            run.setDestination(svrl);
            run.transform();
            return svrl.getXdmNode();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot run Schematron on " + document, e);
        }
    }

    List<FailedAssert> failedAsserts(Path document) {
        return failedAsserts(report(document));
    }

    List<FailedAssert> failedAsserts(XdmNode svrl) {
        List<FailedAssert> failures = new ArrayList<>();
        for (XdmItem item : select(svrl, "//svrl:failed-assert | //svrl:successful-report")) {
            XdmNode failure = (XdmNode) item;
            String text = select(failure, "string(svrl:text)").itemAt(0).getStringValue();
            failures.add(new FailedAssert(failure.attribute("id"), failure.attribute("location"),
                    text.replaceAll("\\s+", " ").trim()));
        }
        return failures;
    }

    /** The contexts of the rules that fired (matched a node), as written in the schema. */
    List<String> firedRules(XdmNode svrl) {
        List<String> contexts = new ArrayList<>();
        for (XdmItem item : select(svrl, "//svrl:fired-rule/@context")) contexts.add(item.getStringValue());
        return contexts;
    }

    private net.sf.saxon.s9api.XdmValue select(XdmNode node, String path) {
        try {
            XPathCompiler xpath = saxon.newXPathCompiler();
            xpath.declareNamespace("svrl", SVRL_NS);
            return xpath.evaluate(path, node);
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }
}
