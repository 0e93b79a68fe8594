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
        if (local != null) return attribute ? names.hasAttribute(local) : names.hasElement(local);
        if (attribute || step.group("predicates") == null) return true;
        Matcher required = HAS_ATTRIBUTE.matcher(step.group("predicates"));
        return !required.matches() || names.hasAttribute(required.group(1));
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
