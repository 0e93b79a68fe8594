package org.teikit.validate.fast;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local names of a document's elements and attributes (and which attributes each element carries), read from its
 * tags without parsing it: for
 * {@link Vocabulary}, which reads every document of a run before Schematron is compiled, and needs only names.
 *
 * <p>The names found are never fewer than a parser's (a rule is left out only when no document can trigger it), and
 * may be more: namespace declarations count as attributes, and the names of a malformed document are whatever its
 * tags hold (Schematron does not run on it). A document this reading cannot follow is left to the parser: an encoding
 * other than UTF-8, or a DOCTYPE (its internal subset can declare default attributes and entities holding markup).
 */
final class TagNames {
    private static final String BOM = "\u00EF\u00BB\u00BF";   // UTF-8's byte order mark, a byte per char
    private static final Pattern ENCODING = Pattern.compile("\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private TagNames() {}

    /** Adds the names in {@code doc} to the sets; false if the document must be parsed instead (some may be added). */
    static boolean read(byte[] doc, Set<String> elements, Set<String> attributes) {
        Map<String, Set<String>> attributesOf = new HashMap<>();
        boolean read = read(doc, attributesOf);
        elements.addAll(attributesOf.keySet());
        attributesOf.values().forEach(attributes::addAll);
        return read;
    }

    /**
     * Adds each element's local name to {@code attributesOf}, with the local names of the attributes it carries (in
     * any of its start tags); false if the document must be parsed instead (some may be added).
     */
    static boolean read(byte[] doc, Map<String, Set<String>> attributesOf) {
        int n = doc.length;
        int i = startsWith(doc, 0, BOM) ? BOM.length() : 0;
        if (!declaresUtf8(doc, i)) return false;
        while ((i = indexOf(doc, (byte) '<', i)) >= 0) {
            if (++i >= n) return true;
            byte b = doc[i];
            if (b == '?') {
                i = skipPast(doc, i, "?>");
            } else if (b == '!') {
                if (startsWith(doc, i, "!--")) i = skipPast(doc, i + 3, "-->");
                else if (startsWith(doc, i, "![CDATA[")) i = skipPast(doc, i + 8, "]]>");
                else return false;   // a DOCTYPE
            } else if (b != '/') {   // an end tag repeats its start tag's name
                i = tag(doc, i, attributesOf);
            }
            if (i < 0) return true;   // unterminated: malformed, reported by the validation
        }
        return true;
    }

    /** Reads a start tag's names from its name on; the index after it, or -1 at the end of the document. */
    private static int tag(byte[] doc, int i, Map<String, Set<String>> attributesOf) {
        int end = nameEnd(doc, i);
        Set<String> attributes = attributesOf.computeIfAbsent(localName(doc, i, end), e -> new HashSet<>());
        i = end;
        while (true) {
            i = skipSpace(doc, i);
            if (i >= doc.length) return -1;
            if (doc[i] == '>' || doc[i] == '/' || doc[i] == '<') return i;
            end = nameEnd(doc, i);
            if (end == i) return i + 1;   // not a name: malformed
            attributes.add(localName(doc, i, end));
            i = skipSpace(doc, end);
            if (i >= doc.length || doc[i] != '=') return i;
            i = skipSpace(doc, i + 1);
            if (i >= doc.length || (doc[i] != '"' && doc[i] != '\'')) return i;
            i = indexOf(doc, doc[i], i + 1);   // a value may hold '>', never '<'
            if (i < 0) return -1;
            i++;
        }
    }

    /** No XML declaration, or one that names UTF-8 or no encoding; anything else is left to the parser. */
    private static boolean declaresUtf8(byte[] doc, int i) {
        if (i + 1 < doc.length && (doc[i] == 0 || doc[i + 1] == 0 || (doc[i] & 0xFE) == 0xFE)) {
            return false;   // UTF-16 or UTF-32, with or without a byte order mark
        }
        if (!startsWith(doc, i, "<?xml")) return true;
        int end = indexOf(doc, (byte) '>', i);
        if (end < 0) return false;
        String declaration = new String(doc, i, end - i, StandardCharsets.ISO_8859_1);
        Matcher encoding = ENCODING.matcher(declaration);
        return !encoding.find() || encoding.group(1).strip().equalsIgnoreCase("UTF-8");
    }

    private static String localName(byte[] doc, int start, int end) {
        for (int k = end - 1; k > start; k--) {
            if (doc[k] == ':') {
                start = k + 1;
                break;
            }
        }
        return new String(doc, start, end - start, StandardCharsets.UTF_8);
    }

    private static int nameEnd(byte[] doc, int i) {
        while (i < doc.length) {
            byte b = doc[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '=' || b == '/' || b == '>' || b == '<'
                    || b == '"' || b == '\'') {
                break;
            }
            i++;
        }
        return i;
    }

    private static int skipSpace(byte[] doc, int i) {
        while (i < doc.length && (doc[i] == ' ' || doc[i] == '\t' || doc[i] == '\r' || doc[i] == '\n')) i++;
        return i;
    }

    private static int indexOf(byte[] doc, byte b, int from) {
        for (int i = from; i < doc.length; i++) if (doc[i] == b) return i;
        return -1;
    }

    /** The index after the first {@code end} at or after {@code from}, or -1. */
    private static int skipPast(byte[] doc, int from, String end) {
        byte first = (byte) end.charAt(0);
        for (int i = indexOf(doc, first, from); i >= 0; i = indexOf(doc, first, i + 1)) {
            if (startsWith(doc, i, end)) return i + end.length();
        }
        return -1;
    }

    /** Whether {@code bytes} (one byte per char, each below U+0100) stand at {@code at}. */
    private static boolean startsWith(byte[] doc, int at, String bytes) {
        if (at + bytes.length() > doc.length) return false;
        for (int k = 0; k < bytes.length(); k++) if (doc[at + k] != (byte) bytes.charAt(k)) return false;
        return true;
    }
}
