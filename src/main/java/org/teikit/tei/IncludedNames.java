package org.teikit.tei;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How reports name the files a document includes ({@code xi:include}), from the system id the parser's locator gives
 * for a position inside one: as the user named the document, with the included file's path relative to the
 * document's folder put in its place ({@code editions/book.xml} includes {@code ch/1.xml}: {@code editions/ch/1.xml}),
 * so a message points where the user looks. A system id that is the document's own, or none, is the document's name.
 * One per document, confined to one thread (it remembers the names it made).
 */
public final class IncludedNames {
    private final String name;   // the document as the user named it
    private final Path document;   // absolute; null: positions are never elsewhere
    private final Map<String, String> known = new HashMap<>();

    private IncludedNames(String name, Path document) {
        this.name = name;
        this.document = document;
    }

    /** No XInclude: every position is in the document named {@code name}. */
    public static IncludedNames none(String name) {
        return new IncludedNames(name, null);
    }

    /**
     * For the document named {@code name} at {@code documentUri} (a {@code file:} URI, else every position is named
     * as the document).
     */
    public static IncludedNames of(String name, URI documentUri) {
        return new IncludedNames(name, file(documentUri == null ? null : documentUri.toString()));
    }

    /** The name of the file at {@code systemId}. */
    public String of(String systemId) {
        if (document == null || systemId == null) return name;
        return known.computeIfAbsent(systemId, id -> {
            Path included = file(id);
            if (included == null || included.equals(document)) return name;
            Path relative = document.getParent().relativize(included);
            try {
                Path named = Path.of(name).resolveSibling(relative).normalize();
                return named.toString().isEmpty() ? included.toString() : named.toString();
            } catch (InvalidPathException e) {
                return included.toString();   // the document is named as no path is (<stdin>, a URL): the full path
            }
        });
    }

    private static Path file(String uri) {
        if (uri == null) return null;
        try {
            URI u = new URI(uri.replace(" ", "%20"));   // as LocalIncludes reads a caller's unescaped system id
            if (!"file".equalsIgnoreCase(u.getScheme())) return null;
            return Path.of(new URI("file", null, u.getPath(), null)).toAbsolutePath().normalize();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
