package org.teikit.validate.fast;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, from its text alone, whether an XSLT match pattern can match a node of documents with a given
 * {@link Vocabulary}. Only the common shapes are read (a union of paths whose last step names an element or an
 * attribute, or is {@code *[@name]}); anything else may match. "No" is always right; "yes" may be too cautious.
 */
final class MatchPatterns {
    private MatchPatterns() {}

    // the last step: optional axis, a name test, then predicates (or nothing); a name starts with a letter or "_", so
    // that "." (any item, as in ".[@n]") is not read as an element named "."
    private static final Pattern STEP = Pattern.compile(
            "(?<axis>@|child::|attribute::|descendant::)?"
                    + "(?:(?<wild>\\*|[\\w.\\-]+:\\*)|(?:[\\w.\\-]+:|\\*:|Q\\{[^}]*\\})?(?<local>[A-Za-z_][\\w.\\-]*))"
                    + "\\s*(?<predicates>\\[.*)?", Pattern.DOTALL);
    // a first predicate that only asks for an attribute: [@name] or [@prefix:name]
    private static final Pattern HAS_ATTRIBUTE = Pattern.compile("\\[\\s*@(?:[\\w.\\-]+:)?([\\w.\\-]+)\\s*\\].*", Pattern.DOTALL);
    // operators that make a pattern more than a union of paths
    private static final Pattern SET_OPERATOR = Pattern.compile("\\b(?:union|intersect|except)\\b");

    // a name safe to write into a pattern
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][\\w.\\-]*");
    // a single step "prefix:*" and its predicates
    private static final Pattern ANY_ELEMENT = Pattern.compile("\\s*([\\w.\\-]+:\\*)\\s*(\\[.*\\])\\s*", Pattern.DOTALL);

    /**
     * The pattern as a union of alternatives that each end in an element name, which Saxon files under that name (it
     * tries a pattern it cannot file on every element), or null if it is not one of the shapes read here:
     * <ul>
     *   <li>{@code prefix:*[…][@a][…]}, an element of a namespace with attribute {@code a}: one alternative for each
     *       element of the vocabulary that carries {@code a} ({@code prefix:date[…][@a][…]}, …), at most
     *       {@code most}, so on documents of that vocabulary the alternatives match the nodes the pattern does;</li>
     *   <li>a union of paths ending in elements of different local names: its alternatives, which no node matches
     *       two of, so that one template rule per alternative (each with the rule's priority) fires where the
     *       rule did, once.</li>
     * </ul>
     */
    static List<String> perElement(String pattern, Vocabulary names, int most) {
        String plain = withoutLiterals(pattern);
        if (plain == null || SET_OPERATOR.matcher(plain).find()) return null;
        List<String> branches = topLevelSplit(pattern, '|');
        if (branches.size() == 1) return perElementWith(pattern, names, most);
        List<String> alternatives = new ArrayList<>();
        List<String> locals = new ArrayList<>();
        for (String branch : branches) {
            String b = branch.trim();
            List<String> steps = topLevelSplit(b, '/');
            Matcher step = STEP.matcher(steps.get(steps.size() - 1).trim());
            if (!step.matches() || step.group("local") == null || locals.contains(step.group("local"))) return null;
            String axis = step.group("axis");
            if (axis != null && (axis.equals("@") || axis.equals("attribute::"))) return null;
            locals.add(step.group("local"));
            alternatives.add(b);
        }
        return alternatives;
    }

    /** {@code prefix:*} with an attribute predicate, one alternative per element carrying it; else null. */
    private static List<String> perElementWith(String pattern, Vocabulary names, int most) {
        Matcher any = ANY_ELEMENT.matcher(pattern);
        if (!any.matches()) return null;
        String predicates = any.group(2);
        String attribute = null;
        for (String predicate : predicates(predicates)) {
            Matcher required = HAS_ATTRIBUTE.matcher(predicate);
            if (required.matches() && attribute == null) attribute = required.group(1);
        }
        if (attribute == null) return null;
        String prefix = any.group(1).substring(0, any.group(1).length() - 1);   // "tei:"
        List<String> elements = names.elementsWith(attribute);
        if (elements.size() > most) return null;
        List<String> alternatives = new ArrayList<>();
        for (String element : elements) {
            if (!SIMPLE_NAME.matcher(element).matches()) return null;
            alternatives.add(prefix + element + predicates);
        }
        return alternatives;
    }

    /** {@code [a][b]…} as its predicates, or an empty list if it is not only predicates. */
    private static List<String> predicates(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = -1;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(' || c == '{') {
                if (depth++ == 0 && c == '[') start = i;
                else if (depth == 1) return List.of();
            } else if (c == ']' || c == ')' || c == '}') {
                if (--depth == 0) {
                    if (c != ']') return List.of();
                    out.add(text.substring(start, i + 1));
                }
            } else if (depth == 0 && !Character.isWhitespace(c)) {
                return List.of();
            }
        }
        return depth == 0 ? out : List.of();
    }

    static boolean mayMatch(String pattern, Vocabulary names) {
        String plain = withoutLiterals(pattern);
        if (plain == null || SET_OPERATOR.matcher(plain).find()) return true;
        for (String branch : topLevelSplit(pattern, '|')) {
            if (branchMayMatch(branch.trim(), names)) return true;
        }
        return false;
    }

    private static boolean branchMayMatch(String branch, Vocabulary names) {
        List<String> steps = topLevelSplit(branch, '/');
        Matcher step = STEP.matcher(steps.get(steps.size() - 1).trim());
        if (!step.matches()) return true;
        boolean attribute = step.group("axis") != null && (step.group("axis").equals("@") || step.group("axis").equals("attribute::"));
        String local = step.group("local");
        if (local != null && attribute) return names.hasAttribute(local) && parentMayCarry(steps, local, names);
        if (local != null) return names.hasElement(local);
        if (attribute || step.group("predicates") == null) return true;
        Matcher required = HAS_ATTRIBUTE.matcher(step.group("predicates"));
        return !required.matches() || names.hasAttribute(required.group(1));
    }

    /** Whether the step before an attribute's, if it names its parent element ({@code tei:rt/@to}), may carry it. */
    private static boolean parentMayCarry(List<String> steps, String attribute, Vocabulary names) {
        if (steps.size() < 2) return true;
        Matcher parent = STEP.matcher(steps.get(steps.size() - 2).trim());   // "" after "//": any ancestor
        if (!parent.matches() || parent.group("local") == null) return true;
        String axis = parent.group("axis");
        if (axis != null && !axis.equals("child::")) return true;
        return names.attributesOf(parent.group("local")).contains(attribute);
    }

    /** Splits at {@code separator} outside brackets, parentheses, braces and string literals. */
    private static List<String> topLevelSplit(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0, start = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if (c == ']' || c == ')' || c == '}') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** The pattern with its string literals emptied, or null if a literal is not closed. */
    private static String withoutLiterals(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    out.append(c);
                }
            } else {
                if (c == '\'' || c == '"') quote = c;
                out.append(c);
            }
        }
        return quote == 0 ? out.toString() : null;
    }
}
