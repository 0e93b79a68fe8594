package org.teikit.validate;

import java.util.Locale;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/** Reads Schematron's report (SVRL) into messages: failed assertions and successful reports, at their nodes. */
final class Svrl {
    static final String NS = "http://purl.oclc.org/dsdl/svrl";
    private static final QName LOCATION = new QName("location");
    private static final QName ROLE = new QName("role");
    private static final QName SEVERITY = new QName("severity");
    /** Roles and severities that TEI, oXygen and Schematron users write for "tell me, but do not fail the file". */
    private static final Set<String> WARNING_WORDS =
            Set.of("nonfatal", "warning", "warn", "info", "information", "informational", "caution");

    private Svrl() {}

    static void report(XdmNode svrl, MessageCollector out) {
        svrl.select(Steps.descendant().where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT
                && NS.equals(n.getNodeName().getNamespace())
                && (n.getNodeName().getLocalName().equals("failed-assert")
                        || n.getNodeName().getLocalName().equals("successful-report"))))
                .forEach(n -> add(n, out));
    }

    private static void add(XdmNode result, MessageCollector out) {
        int line = -1;
        int column = -1;
        String systemId = null;   // the document's own
        String location = result.getAttributeValue(LOCATION);
        if (location != null) {
            int space = location.indexOf(' ');   // "line:column", or "line:column systemId" in an included file
            if (space > 0) {
                systemId = location.substring(space + 1);
                location = location.substring(0, space);
            }
            int colon = location.indexOf(':');
            if (colon > 0) {
                line = Integer.parseInt(location.substring(0, colon));
                column = Integer.parseInt(location.substring(colon + 1));
            }
        }
        out.add(systemId, line, column, severity(result), text(result), MessageSource.SCHEMATRON);
    }

    /**
     * ISO Schematron's {@code @role} is where schemas put a severity (TEI's ODDs write {@code role="nonfatal"}), and
     * its 2025 edition's {@code @severity} is one by name. {@code @flag} is not: it names a flag that a failed
     * assertion raises for the application to act on ("fix", "info"), so it never softens a failure.
     */
    private static Severity severity(XdmNode result) {
        for (QName attribute : new QName[] {ROLE, SEVERITY}) {
            String v = result.getAttributeValue(attribute);
            if (v != null && WARNING_WORDS.contains(v.strip().toLowerCase(Locale.ROOT))) return Severity.WARNING;
        }
        return Severity.ERROR;
    }

    private static String text(XdmNode result) {
        for (XdmNode child : result.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT && NS.equals(child.getNodeName().getNamespace())
                    && child.getNodeName().getLocalName().equals("text")) {
                return child.getStringValue().strip().replaceAll("\\s+", " ");
            }
        }
        return "Schematron " + result.getNodeName().getLocalName();
    }
}
