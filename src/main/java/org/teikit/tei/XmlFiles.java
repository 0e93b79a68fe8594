package org.teikit.tei;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The one rule for "a folder of TEI": its {@code *.xml} files, recursively, in sorted (deterministic) order. Links to
 * folders are not followed (no loops); a link named {@code *.xml} is listed even when its target is gone, so that
 * the file is reported as unreadable rather than silently missing from a batch.
 */
public final class XmlFiles {
    private XmlFiles() {}

    public static List<Path> under(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f) && !Files.isDirectory(f))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
