package org.teikit.edition;

import org.teikit.tei.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a build wrote into an output folder, listed in the folder itself ({@value #FILE_NAME}), so that the
 * next build removes those it no longer writes (the page of a deleted TEI file) and nothing else: a file put
 * there by hand was never listed, and stays.
 */
final class OutputManifest {
    static final String FILE_NAME = ".teikit-outputs";

    private OutputManifest() {}

    /** Records {@code written} as the folder's outputs and removes the earlier outputs not among them; returns those. */
    static List<Path> replace(Path dir, Set<Path> written) throws IOException {
        Path manifest = dir.resolve(FILE_NAME);
        Set<String> now = new LinkedHashSet<>();
        for (Path p : written) now.add(dir.relativize(p.toAbsolutePath().normalize()).toString());
        List<Path> removed = new ArrayList<>();
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (line.isBlank() || now.contains(line) || line.contains("..") || line.startsWith("/")) continue;
                Path stale = dir.resolve(line);
                if (Files.isRegularFile(stale) && Files.deleteIfExists(stale)) removed.add(stale);
            }
        }
        AtomicFiles.write(manifest, (String.join("\n", now) + "\n").getBytes(StandardCharsets.UTF_8));
        return removed;
    }
}
