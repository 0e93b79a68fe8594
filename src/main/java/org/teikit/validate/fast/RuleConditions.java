package org.teikit.validate.fast;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.expr.Expression;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.OccurrenceIndicator;

/**
 * Reads a SchXslt2 stylesheet into one necessary condition per Schematron rule (one template rule of SchXslt's
 * modes): the rule can report something on an element only where its condition holds ({@link Condition}). The
 * condition is the rule context's (its match pattern) and, when every assert and report test of the rule is
 * understood and cannot raise a dynamic error, "one of the tests fires" ({@link XPathConditions}); otherwise only
 * the context's. A stylesheet with anything SchXslt's output does not hold (imports, accumulators, templates in the
 * default mode, rules whose context is not an element or attribute, …) gets no conditions: it is never screened.
 */
final class RuleConditions {
    private static final String XSL = "http://www.w3.org/1999/XSL/Transform";
    private static final String SCHXSLT = "http://dmaus.name/ns/2023/schxslt";
    private static final String PATTERN_PARAM = "Q{" + SCHXSLT + "}pattern";
    private static final String RULE_CONTEXT = "Q{" + SCHXSLT + "}rule-context";
    // SchXslt's "this pattern already fired on the node" check, whose branch only goes on to the next rule
    private static final Pattern PATTERN_DONE = Pattern.compile(
            "'[^']*'\\s*=\\s*\\$" + Pattern.quote(PATTERN_PARAM));
    // XSLT's current() is not XPath's: in a rule's tests it is the rule context, read as a variable
    private static final Pattern CURRENT = Pattern.compile("(?<![\\w.:\\-$}])(?:fn:)?current\\s*\\(\\s*\\)");
    private static final String CURRENT_VARIABLE = "$Q{" + XPathConditions.CURRENT.getURI() + "}"
            + XPathConditions.CURRENT.getLocalPart();

    // only compiles expressions to read them, never runs one
    private static final Processor READER = new Processor(false);

    /** One rule template: its match pattern, and when it may fire. */
    record Rule(String match, Condition when) {}

    private final List<Rule> rules;
    private final String unscreened;

    private RuleConditions(List<Rule> rules, String unscreened) {
        this.rules = rules == null ? null : List.copyOf(rules);
        this.unscreened = unscreened;
    }

    /** The rules' conditions, or null when the stylesheet cannot be screened ({@link #unscreened()} says why). */
    List<Rule> rules() {
        return rules;
    }

    /** Why the stylesheet cannot be screened, or null. */
    String unscreened() {
        return unscreened;
    }

    static RuleConditions of(XdmNode stylesheet) {
        XdmNode root = null;
        for (XdmNode c : stylesheet.children()) {
            if (c.getNodeKind() == XdmNodeKind.ELEMENT) root = c;
        }
        if (root == null || !XSL.equals(root.getNodeName().getNamespace())) return off("not an XSLT stylesheet");
        String version = root.getAttributeValue(new QName("version"));
        if (version == null || version.compareTo("2.0") < 0) return off("XSLT version " + version);
        String shadowed = settingsThatChangeXPath(root);
        if (shadowed != null) return off(shadowed);
        List<Rule> rules = new ArrayList<>();
        for (XdmNode c : root.children()) {
            if (c.getNodeKind() != XdmNodeKind.ELEMENT || !XSL.equals(c.getNodeName().getNamespace())) continue;
            String local = c.getNodeName().getLocalName();
            switch (local) {
                case "variable", "param", "mode", "function", "key", "output", "namespace-alias", "decimal-format",
                     "strip-space", "preserve-space" -> { }
                case "template" -> {
                    String problem = template(c, rules);
                    if (problem != null) return off(problem);
                }
                default -> {
                    return off("xsl:" + local + " at the top level");
                }
            }
        }
        return new RuleConditions(rules, null);
    }

    private static RuleConditions off(String why) {
        return new RuleConditions(null, why);
    }

    /** An xpath-default-namespace, a local version (backwards compatibility) or a shadow attribute changes how tests read. */
    private static String settingsThatChangeXPath(XdmNode root) {
        for (XdmNode n : root.select(net.sf.saxon.s9api.streams.Steps.descendant()).asListOfNodes()) {
            if (n.getNodeKind() != XdmNodeKind.ELEMENT) continue;
            boolean xsl = XSL.equals(n.getNodeName().getNamespace());
            for (XdmNode a : n.select(net.sf.saxon.s9api.streams.Steps.attribute()).asListOfNodes()) {
                String ns = a.getNodeName().getNamespace(), name = a.getNodeName().getLocalName();
                boolean own = xsl ? ns.isEmpty() : XSL.equals(ns);
                if (own && (name.equals("xpath-default-namespace") || name.equals("version")
                        || name.equals("default-collation") || name.startsWith("_"))) {
                    return "xsl:" + n.getNodeName().getLocalName() + " with @" + name;
                }
            }
        }
        return null;
    }

    /** A top-level template: SchXslt's entry, its traversal, or a rule (added); a problem, or null. */
    private static String template(XdmNode t, List<Rule> rules) {
        String match = t.getAttributeValue(new QName("match"));
        String mode = t.getAttributeValue(new QName("mode"));
        if (match == null) return t.getAttributeValue(new QName("name")) == null ? "a template without match" : null;
        if (mode == null || mode.isBlank()) {
            // SchXslt's entry point, which applies its modes' rules to the document (to it only: a pattern with
            // @documents would have them applied to other documents too, which no screen of this one sees)
            if (!match.trim().equals("root()")) return "a template rule in the default mode: " + match;
            return onlyThisDocument(t) ? null : "an entry point that applies rules to other nodes than the document";
        }
        if (mode.trim().contains(" ") || mode.trim().startsWith("#")) return "a template rule in mode " + mode;
        if (traversal(t, match)) return null;
        XPathConditions.Match context;
        try {
            context = XPathConditions.match(compiler(t).compilePattern(match).getUnderlyingExpression()
                    .getInternalExpression() instanceof net.sf.saxon.pattern.Pattern p ? p : null);
        } catch (SaxonApiException | RuntimeException e) {
            return "a rule context not read: " + match;
        }
        if (context.kind() == XPathConditions.ContextKind.OTHER) return "a rule context not on an element: " + match;
        Condition when = context.when();
        if (context.kind() == XPathConditions.ContextKind.ELEMENT && context.safe()) {
            Condition tests = tests(t);
            if (tests != null) when = Condition.and(when, tests);
        }
        if (when != Condition.FALSE) rules.add(new Rule(match, when));
        return null;
    }

    /** Whether every instruction of SchXslt's entry point that could reach other documents applies rules to "." only. */
    private static boolean onlyThisDocument(XdmNode entry) {
        for (XdmNode n : entry.select(net.sf.saxon.s9api.streams.Steps.descendant()).asListOfNodes()) {
            if (n.getNodeKind() != XdmNodeKind.ELEMENT || !XSL.equals(n.getNodeName().getNamespace())) continue;
            switch (n.getNodeName().getLocalName()) {
                case "apply-templates" -> {
                    if (!".".equals(n.getAttributeValue(new QName("select")))) return false;
                }
                case "for-each", "for-each-group", "call-template", "sequence", "copy-of", "iterate", "evaluate",
                     "source-document", "merge" -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }

        /** SchXslt's {@code *} template that goes on to attributes and children. */
    private static boolean traversal(XdmNode t, String match) {
        if (!match.trim().equals("*")) return false;
        for (XdmNode c : t.children()) {
            if (c.getNodeKind() == XdmNodeKind.TEXT && c.getStringValue().isBlank()) continue;
            if (c.getNodeKind() != XdmNodeKind.ELEMENT || !isXsl(c, "apply-templates")) return false;
            String select = c.getAttributeValue(new QName("select"));
            if (!"@*".equals(select) && !"node()".equals(select)) return false;
            if (c.children().iterator().hasNext()) return false;
        }
        return true;
    }

    /** "One of the rule's tests fires", or null when a test or the template's shape is not understood. */
    private static Condition tests(XdmNode template) {
        List<XdmNode> ifs = new ArrayList<>(), lets = new ArrayList<>();
        if (!shape(template, ifs, lets, true)) return null;
        Map<StructuredQName, XPathConditions.Reading> values = new HashMap<>();
        Map<QName, XPathExecutable> declared = new LinkedHashMap<>();
        Condition any = Condition.FALSE;
        try {
            // a rule's variables (sch:let): each read at the rule context, and declared to the later expressions
            for (XdmNode let : lets) {
                QName name = variableName(let);
                XPathExecutable x = compiler(let, declared).compile(withCurrent(let.getAttributeValue(new QName("select"))));
                XPathConditions.Reading r = XPathConditions.variable(x.getUnderlyingExpression().getInternalExpression(),
                        values);
                if (name == null || !r.safe()) return null;
                values.put(name.getStructuredQName(), r);
                declared.put(name, x);
            }
            for (XdmNode i : ifs) {
                String test = i.getAttributeValue(new QName("test"));
                Expression e = compiler(i, declared).compile(withCurrent(test)).getUnderlyingExpression()
                        .getInternalExpression();
                XPathConditions.Reading r = XPathConditions.test(e, values);
                if (!r.safe()) return null;
                any = Condition.or(any, r.isTrue());
            }
        } catch (SaxonApiException | RuntimeException e) {
            return null;
        }
        return any;
    }

    /** An xsl:variable's name as a QName (a prefix resolved where it is declared), or null. */
    private static QName variableName(XdmNode let) {
        String name = let.getAttributeValue(new QName("name"));
        if (name == null) return null;
        name = name.trim();
        if (name.startsWith("Q{")) return QName.fromEQName(name);
        int colon = name.indexOf(':');
        if (colon < 0) return new QName("", name);
        String prefix = name.substring(0, colon);
        for (XdmNode ns : let.select(net.sf.saxon.s9api.streams.Steps.namespace()).asListOfNodes()) {
            if (ns.getNodeName() != null && ns.getNodeName().getLocalName().equals(prefix)) {
                return new QName(prefix, ns.getStringValue(), name.substring(colon + 1));
            }
        }
        return null;
    }

    /** Whether the instructions are SchXslt's rule shape; collects its {@code xsl:if}s, whose bodies run only on firing. */
    private static boolean shape(XdmNode parent, List<XdmNode> ifs, List<XdmNode> lets, boolean top) {
        for (XdmNode c : parent.children()) {
            if (c.getNodeKind() == XdmNodeKind.TEXT && c.getStringValue().isBlank()) continue;
            if (c.getNodeKind() == XdmNodeKind.COMMENT) continue;
            if (c.getNodeKind() != XdmNodeKind.ELEMENT || !XSL.equals(c.getNodeName().getNamespace())) return false;
            String select = c.getAttributeValue(new QName("select"));
            String name = c.getAttributeValue(new QName("name"));
            switch (c.getNodeName().getLocalName()) {
                case "param" -> {
                    if (!top || !PATTERN_PARAM.equals(name)) return false;
                }
                case "variable" -> {
                    if (top) {
                        if (!RULE_CONTEXT.equals(name) || !".".equals(select)) return false;
                    } else {
                        // a rule's sch:let: its select only (an @as would convert, and may fail)
                        if (select == null || c.getAttributeValue(new QName("as")) != null
                                || c.children().iterator().hasNext()) {
                            return false;
                        }
                        lets.add(c);
                    }
                }
                case "choose", "otherwise" -> {
                    if (!shape(c, ifs, lets, false)) return false;
                }
                case "when" -> {
                    String test = c.getAttributeValue(new QName("test"));
                    if (test == null || !PATTERN_DONE.matcher(test.trim()).matches()) return false;
                }
                case "for-each" -> {
                    if (!".".equals(select) || !shape(c, ifs, lets, false)) return false;
                }
                case "if" -> ifs.add(c);
                case "next-match" -> { }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isXsl(XdmNode n, String local) {
        return XSL.equals(n.getNodeName().getNamespace()) && n.getNodeName().getLocalName().equals(local);
    }

    private static XPathCompiler compiler(XdmNode n) {
        return compiler(n, Map.of());
    }

    /**
     * An XPath compiler with the namespaces in scope at {@code n}, current() as a variable, and the rule's variables
     * declared before, each with the static type of its select (as XSLT types a variable without {@code as}).
     */
    private static XPathCompiler compiler(XdmNode n, Map<QName, XPathExecutable> variables) {
        XPathCompiler c = READER.newXPathCompiler();
        c.setLanguageVersion("3.1");
        for (XdmNode ns : n.select(net.sf.saxon.s9api.streams.Steps.namespace()).asListOfNodes()) {
            String prefix = ns.getNodeName() == null ? "" : ns.getNodeName().getLocalName();
            if (!prefix.isEmpty()) c.declareNamespace(prefix, ns.getStringValue());
        }
        c.declareVariable(new QName(XPathConditions.CURRENT.getURI(), XPathConditions.CURRENT.getLocalPart()),
                ItemType.ANY_NODE, OccurrenceIndicator.ONE);
        variables.forEach((name, x) -> {
            int card = x.getUnderlyingExpression().getInternalExpression().getCardinality();
            OccurrenceIndicator occurs = net.sf.saxon.value.Cardinality.allowsMany(card)
                    ? (net.sf.saxon.value.Cardinality.allowsZero(card) ? OccurrenceIndicator.ZERO_OR_MORE
                    : OccurrenceIndicator.ONE_OR_MORE)
                    : net.sf.saxon.value.Cardinality.allowsZero(card) ? OccurrenceIndicator.ZERO_OR_ONE
                    : OccurrenceIndicator.ONE;
            c.declareVariable(name, x.getResultItemType(), occurs);
        });
        return c;
    }

    /** The test with each {@code current()} outside string literals written as the variable. */
    static String withCurrent(String test) {
        StringBuilder out = new StringBuilder(test.length());
        int from = 0;
        char quote = 0;
        for (int i = 0; i <= test.length(); i++) {
            char ch = i < test.length() ? test.charAt(i) : 0;
            if (quote == 0 && (ch == '\'' || ch == '"' || i == test.length())) {
                Matcher m = CURRENT.matcher(test.substring(from, i));
                out.append(m.replaceAll(Matcher.quoteReplacement(CURRENT_VARIABLE)));
                from = i;
                quote = ch;
            } else if (quote != 0 && ch == quote) {
                out.append(test, from, i + 1);
                from = i + 1;
                quote = 0;
            }
        }
        if (from < test.length()) out.append(test, from, test.length());   // an unclosed literal: Saxon rejects it
        return out.toString();
    }
}
