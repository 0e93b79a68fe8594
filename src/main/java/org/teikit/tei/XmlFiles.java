package org.teikit.tei;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The one rule for "a folder of TEI": its {@code *.xml} files, recursively, in sorted (deterministic) order. */
public final class XmlFiles {
    private XmlFiles() {}

    public static List<Path> under(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
