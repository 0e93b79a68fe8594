import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.streams.Steps;

/**
 * Where Schematron's time goes: the rules of a schema (a .sch, or the rules embedded in RELAX NG), timed one
 * pattern at a time over documents parsed once, against a traversal that matches nothing; also the whole rule
 * set, the tree building, and the time per document by size. Runs on teikit's jar (Saxon and SchXslt2 inside).
 *
 *   java -cp target/teikit.jar bench/SchematronRules.java SCHEMA FILE...
 */
public final class SchematronRules {
    static final Processor SAXON = new Processor(false);
    static final String SCH = "http://purl.oclc.org/dsdl/schematron";

    public static void main(String[] args) throws Exception {
        Path schemaFile = Path.of(args[0]);
        List<File> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) files.add(new File(args[i]));
        XdmNode schema = SAXON.newDocumentBuilder().build(schemaFile.toFile());
        if (!schemaFile.toString().endsWith("sch")) {
            schema = transform(compile(SchematronRules.class.getResource("/org/teikit/validate/extract-schematron.xsl").toString()), schema);
        }
        XsltExecutable transpile = compile(SchematronRules.class.getResource("/content/transpile.xsl").toString());

        long t0 = System.nanoTime();
        List<XdmNode> trees = new ArrayList<>();
        long bytes = 0;
        for (int round = 0; round < 2; round++) {   // the second round is timed
            trees.clear();
            t0 = System.nanoTime();
            DocumentBuilder b = SAXON.newDocumentBuilder();
            b.setLineNumbering(true);
            for (File f : files) trees.add(b.build(f));
        }
        for (File f : files) bytes += f.length();
        System.out.printf("%d documents, %.1f MB; tree building %.0f ms%n", files.size(), bytes / 1e6, (System.nanoTime() - t0) / 1e6);

        XdmNode schemaElement = schema.select(Steps.child()).asListOfNodes().stream()
                .filter(n -> n.getNodeKind() == XdmNodeKind.ELEMENT).findFirst().orElseThrow();
        long c0 = System.nanoTime();
        XsltExecutable whole = compile(transform(transpile, schema));
        System.out.printf("transpile + compile of the whole rule set: %.0f ms%n", (System.nanoTime() - c0) / 1e6);
        double wholeMs = run(whole, trees, 3);
        double noneMs = run(compile(transform(transpile, only(schemaElement, -1))), trees, 3);
        System.out.printf("whole rule set: %.0f ms; a traversal that matches nothing: %.0f ms%n", wholeMs, noneMs);

        // time per document by size: the whole rule set on each document alone
        long[] limits = {10_000, 100_000, 1_000_000, Long.MAX_VALUE};
        double[] ms = new double[limits.length];
        long[] sizes = new long[limits.length];
        int[] counts = new int[limits.length];
        for (int i = 0; i < trees.size(); i++) {
            int k = 0;
            while (files.get(i).length() >= limits[k]) k++;
            ms[k] += run(whole, List.of(trees.get(i)), 1);
            sizes[k] += files.get(i).length();
            counts[k]++;
        }
        for (int k = 0; k < limits.length; k++) {
            if (counts[k] > 0) System.out.printf("documents < %s bytes: %d, %.1f MB, %.0f ms, %.1f ms/MB%n",
                    limits[k] == Long.MAX_VALUE ? "any" : limits[k], counts[k], sizes[k] / 1e6, ms[k], ms[k] / (sizes[k] / 1e6));
        }

        List<XdmNode> patterns = schemaElement.select(Steps.child()).asListOfNodes().stream()
                .filter(n -> n.getNodeKind() == XdmNodeKind.ELEMENT && n.getNodeName().getLocalName().equals("pattern")).toList();
        record Cost(String context, double ms) {}
        List<Cost> costs = new ArrayList<>();
        for (int p = 0; p < patterns.size(); p++) {
            XsltExecutable one = compile(transform(transpile, only(schemaElement, p)));
            double t = run(one, trees, 2) - noneMs;
            String context = patterns.get(p).select(Steps.descendant()).asListOfNodes().stream()
                    .filter(n -> n.getNodeKind() == XdmNodeKind.ELEMENT && n.getNodeName().getLocalName().equals("rule"))
                    .map(n -> n.getAttributeValue(new QName("context"))).reduce((a, b2) -> a + " ; " + b2).orElse("?");
            costs.add(new Cost(context.replaceAll("\\s+", " "), t));
        }
        costs.sort(Comparator.comparingDouble(Cost::ms).reversed());
        double sum = costs.stream().mapToDouble(Cost::ms).sum();
        System.out.printf("%d patterns, each alone, over the traversal: %.0f ms in all; the costliest:%n", costs.size(), sum);
        for (Cost c : costs.subList(0, Math.min(15, costs.size()))) {
            System.out.printf("  %7.1f ms  %s%n", c.ms(), c.context().length() > 110 ? c.context().substring(0, 110) + "…" : c.context());
        }
    }

    /** The schema with only its p-th pattern (none for -1); namespaces, lets, phases-free. */
    static XdmNode only(XdmNode schema, int p) throws Exception {
        StringBuilder xml = new StringBuilder("<sch:schema xmlns:sch='" + SCH + "' queryBinding='xslt2'>");
        int k = 0;
        for (XdmNode c : schema.select(Steps.child()).asListOfNodes()) {
            if (c.getNodeKind() != XdmNodeKind.ELEMENT) continue;
            String local = c.getNodeName().getLocalName();
            if (local.equals("ns") || local.equals("let") || local.equals("diagnostics")) xml.append(c);
            else if (local.equals("pattern") && k++ == p) xml.append(c);
        }
        if (p < 0) xml.append("<sch:pattern><sch:rule context='Q{urn:none}none'><sch:assert test='true()'>x</sch:assert></sch:rule></sch:pattern>");
        xml.append("</sch:schema>");
        return SAXON.newDocumentBuilder().build(new StreamSource(new java.io.StringReader(xml.toString())));
    }

    static double run(XsltExecutable xslt, List<XdmNode> trees, int rounds) throws Exception {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            for (XdmNode doc : trees) {
                var tr = xslt.load30();
                tr.setGlobalContextItem(doc);
                tr.applyTemplates(doc, new XdmDestination());
            }
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        return best;
    }

    static XsltExecutable compile(String url) throws Exception {
        return SAXON.newXsltCompiler().compile(new StreamSource(url));
    }

    static XsltExecutable compile(XdmNode stylesheet) throws Exception {
        return SAXON.newXsltCompiler().compile(stylesheet.asSource());
    }

    static XdmNode transform(XsltExecutable xslt, XdmNode input) throws Exception {
        XdmDestination out = new XdmDestination();
        var t = xslt.load30();
        t.setGlobalContextItem(input);
        t.applyTemplates(input, out);
        return out.getXdmNode();
    }
}
