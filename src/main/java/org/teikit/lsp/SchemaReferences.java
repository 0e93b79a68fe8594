package org.teikit.lsp;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local files a document's xml-model PIs name, read from its buffer: watched even when missing or broken (a
 * schema that failed has no compiled form whose file could be watched), so fixing it brings the diagnostics back.
 */
final class SchemaReferences {
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private SchemaReferences() {}

    static List<Path> named(OpenDocument doc) {
        List<Path> files = new ArrayList<>();
        String text = doc.text();
        if (text == null || doc.path == null) return files;
        for (Markup.Token t : Markup.prolog(text)) {
            if (t.kind() != Markup.Kind.PI || !t.name().equals("xml-model")) continue;
            Matcher m = HREF.matcher(text.substring(t.start(), t.end()));
            if (!m.find()) continue;
            String href = m.group(1) != null ? m.group(1) : m.group(2);
            if (href.contains(":")) continue;   // a URL: through a catalog, which is watched itself
            try {
                files.add(doc.path.toAbsolutePath().getParent().resolve(href).normalize());
            } catch (InvalidPathException e) {
                // not a file name: the validation reports it
            }
        }
        return files;
    }
}
