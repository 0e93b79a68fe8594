package org.teikit.validate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import org.junit.jupiter.api.Test;
import org.teikit.validate.FileResult;
import org.teikit.validate.Message;
import org.teikit.validate.MessageSource;
import org.teikit.validate.Severity;
import org.teikit.validate.Summary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportsTest {
    private static final FileResult VALID = new FileResult("a.xml", true, List.of(
            new Message("a.xml", 3, 7, Severity.WARNING, "Mind the \"date\".", MessageSource.SCHEMATRON)), false);
    private static final FileResult INVALID = new FileResult("dir/b <&>.xml", false, List.of(
            new Message("dir/b <&>.xml", 12, 38, Severity.ERROR, "element \"x\" not allowed here", MessageSource.GRAMMAR),
            new Message("dir/b <&>.xml", 14, 2, Severity.ERROR, "tab\there, newline\nthere", MessageSource.GRAMMAR)),
            true);
    private static final FileResult MALFORMED = new FileResult("c.xml", false, List.of(
            new Message("c.xml", 2, 9, Severity.FATAL, "XML document structures must start and end within the same entity.",
                    MessageSource.WELLFORMEDNESS)), false);
    private static final List<FileResult> RESULTS = List.of(VALID, INVALID, MALFORMED);

    private static String write(ReportFormat format) throws Exception {
        StringWriter out = new StringWriter();
        ReportWriter w = ReportWriter.of(format, out);
        w.begin();
        Summary s = Summary.EMPTY.withTime(Duration.ofMillis(1234));
        for (FileResult r : RESULTS) {
            w.file(r);
            s = s.plus(r);
        }
        w.end(s);
        return out.toString();
    }

    @Test
    void textReportHasJingsLinesTheCapNoteAndASummary() throws Exception {
        List<String> lines = write(ReportFormat.TEXT).lines().toList();
        assertEquals(List.of(
                "a.xml:3:7: warning: Mind the \"date\".",
                "dir/b <&>.xml:12:38: error: element \"x\" not allowed here",
                "dir/b <&>.xml:14:2: error: tab\there, newline",
                "there",
                "dir/b <&>.xml: note: … more errors not shown",
                "c.xml:2:9: fatal: XML document structures must start and end within the same entity.",
                "3 files: 1 valid, 2 invalid; 3 errors, 1 warning; 1.23 s"), lines);
    }

    @Test
    void jsonReportParsesAndCarriesEveryField() throws Exception {
        String json = write(ReportFormat.JSON);
        XPathCompiler xpath = new Processor(false).newXPathCompiler();
        xpath.declareNamespace("array", "http://www.w3.org/2005/xpath-functions/array");
        xpath.declareVariable(new net.sf.saxon.s9api.QName("json"));
        var selector = xpath.compile("let $r := parse-json($json) return ("
                + "array:size($r?files), $r?summary?invalid, $r?summary?warnings, $r?files(2)?file,"
                + "$r?files(2)?truncated, $r?files(2)?messages(2)?message, $r?files(2)?messages(1)?line,"
                + "$r?files(3)?messages(1)?severity, $r?files(1)?messages(1)?source, $r?files(1)?valid)").load();
        selector.setVariable(new net.sf.saxon.s9api.QName("json"), new XdmAtomicValue(json));
        XdmValue v = selector.evaluate();
        List<String> got = v.stream().map(i -> i.getStringValue()).toList();
        assertEquals(List.of("3", "2", "1", "dir/b <&>.xml", "true", "tab\there, newline\nthere", "12", "fatal",
                "schematron", "true"), got);
    }

    @Test
    void junitReportIsWellFormedWithOneTestcasePerFileAndTheRightCounts() throws Exception {
        String xml = write(ReportFormat.JUNIT);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element suite = doc.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        assertEquals("dir/b <&>.xml", ((Element) cases.item(1)).getAttribute("name"));
        NodeList failures = suite.getElementsByTagName("failure");
        assertEquals(2, failures.getLength());
        String text = failures.item(0).getTextContent();
        assertTrue(text.contains("dir/b <&>.xml:12:38: error: element \"x\" not allowed here"), text);
        assertTrue(text.contains("more errors not shown"), text);
        assertEquals("not-well-formed", ((Element) failures.item(1)).getAttribute("type"));
        assertTrue(((Element) cases.item(0)).getElementsByTagName("system-out").item(0).getTextContent()
                .contains("warning: Mind the"));
    }
}
