package org.teikit.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code <?xml-model href=… schematypens=… type=…?>} processing instruction (W3C "Associating Schemas with XML
 * documents"), with where it stands in the file so a schema it names that cannot be used is reported there.
 */
record XmlModel(String href, String schematypens, String type, int line, int column) {
    static final String RELAX_NG_NS = "http://relaxng.org/ns/structure/1.0";
    static final String SCHEMATRON_NS = SchematronCompiler.SCH_NS;

    private static final Pattern PSEUDO_ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    static XmlModel parse(String data, int line, int column) {
        Map<String, String> attrs = pseudoAttributes(data);
        return new XmlModel(attrs.get("href"), attrs.get("schematypens"), attrs.get("type"), line, column);
    }

    /** The {@code name="value"} pairs of a processing instruction's data (or an XML declaration's), first one wins. */
    static Map<String, String> pseudoAttributes(String data) {
        Map<String, String> attrs = new HashMap<>();
        Matcher m = PSEUDO_ATTRIBUTE.matcher(data);
        while (m.find()) attrs.putIfAbsent(m.group(1), unescape(m.group(2) != null ? m.group(2) : m.group(3)));
        return attrs;
    }

    boolean isRelaxNg() {
        return RELAX_NG_NS.equals(schematypens)
                || (schematypens == null && "application/relax-ng-compact-syntax".equals(type));
    }

    boolean isCompactSyntax() {
        return "application/relax-ng-compact-syntax".equals(type) || (href != null && href.strip().endsWith(".rnc"));
    }

    boolean isSchematron() {
        return SCHEMATRON_NS.equals(schematypens);
    }

    private static String unescape(String v) {
        if (v.indexOf('&') < 0) return v;
        return v.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
