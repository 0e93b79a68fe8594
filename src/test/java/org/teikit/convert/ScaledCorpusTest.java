package org.teikit.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.edition.Edition;

/**
 * The benchmarks' scaled corpus (bench/make-sources.sh: the sources with paragraphs rotated and names swapped)
 * converts without a failure: variants of the real sources reach code paths the sources themselves do not (a
 * speaker's label paragraph before the bulletin's interleaved sidebar once crashed the layout).
 */
class ScaledCorpusTest {
    @TempDir
    Path dir;

    @Test
    void everyVariantOfTheSourcesConverts() throws Exception {
        Path sources = dir.resolve("src");
        Process p = new ProcessBuilder("bench/make-sources.sh", "1", sources.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("make-sources.log").toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "make-sources.sh finishes");
        assertEquals(0, p.exitValue(), () -> "make-sources.sh failed: " + read(dir.resolve("make-sources.log")));
        List<Path> files;
        try (Stream<Path> s = Files.list(sources)) {
            files = s.sorted().toList();
        }
        assertTrue(files.size() >= 25, "1 MB of variants: " + files.size());
        List<String> failures = Edition.standard().convert(files, dir.resolve("tei"), Edition.Options.defaults()).stream()
                .filter(o -> !o.ok()).map(Edition.Outcome::message).toList();
        assertEquals(List.of(), failures);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
