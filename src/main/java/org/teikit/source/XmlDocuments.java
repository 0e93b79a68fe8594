package org.teikit.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file that is an XML document (TEI already, or any other vocabulary), given where a transcription is expected.
 * Read as a transcription its markup would become text in plausible-looking TEI, so it is refused instead, naming
 * its root element. A transcription that opens with a tag ({@code <u>Anna</u>: …}) is none: only an XML
 * declaration, a non-HTML doctype or a namespaced root element says so.
 */
final class XmlDocuments {
    private static final Pattern DECLARED = Pattern.compile(
            "(?s)\\A\\s*<\\?xml\\s[^>]{0,200}\\?>\\s*(?:<!--.{0,2000}?-->\\s*|<\\?.{0,500}?\\?>\\s*){0,20}"
                    + "(?:<!DOCTYPE\\s+([\\w:.-]+)[^>]{0,500}>\\s*)?(?:<!--.{0,2000}?-->\\s*|<\\?.{0,500}?\\?>\\s*){0,20}<([\\w:.-]+)");
    private static final Pattern DOCTYPE = Pattern.compile("(?is)\\A\\s*<!DOCTYPE\\s+([\\w:.-]+)");
    private static final Pattern NAMESPACED_ROOT = Pattern.compile("\\A\\s*<([\\w:.-]+)[^>]{0,2000}?\\sxmlns(?::\\w+)?\\s*=");

    private XmlDocuments() {}

    /** The root element's name when {@code text} is an XML document and no web page, else empty. */
    static Optional<String> root(String text) {
        Matcher m = DECLARED.matcher(text);
        if (m.lookingAt()) return Optional.of(m.group(2)).filter(r -> !r.equalsIgnoreCase("html"));
        m = DOCTYPE.matcher(text);
        if (m.lookingAt()) return Optional.of(m.group(1)).filter(r -> !r.equalsIgnoreCase("html"));
        m = NAMESPACED_ROOT.matcher(text);
        if (m.lookingAt()) return Optional.of(m.group(1)).filter(r -> !r.equalsIgnoreCase("html"));
        return Optional.empty();
    }
}
