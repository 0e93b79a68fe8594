package org.teikit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench/make-sources.sh: the scaled corpus the conversion benchmark reads. */
class MakeSourcesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void generatesAtLeastTheRequestedSizeAndReportsIt() throws Exception {
        String summary = run("0.4", tmp.resolve("a"));
        TreeMap<String, byte[]> files = read(tmp.resolve("a"));
        long bytes = files.values().stream().mapToLong(b -> b.length).sum();
        assertTrue(bytes >= 400_000, "only " + bytes + " bytes");
        assertEquals(files.size() + " " + bytes, summary.trim());
    }

    @Test
    void sameSizeGivesByteIdenticalCorpora() throws Exception {
        run("0.4", tmp.resolve("a"));
        run("0.4", tmp.resolve("b"));
        TreeMap<String, byte[]> a = read(tmp.resolve("a")), b = read(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) assertTrue(java.util.Arrays.equals(a.get(name), b.get(name)), name + " differs between runs");
    }

    @Test
    void noTwoFilesAreIdenticalAndNoneIsAVerbatimSource() throws Exception {
        run("1", tmp.resolve("a"));
        Set<String> seen = new HashSet<>();
        try (Stream<Path> sources = Files.list(ROOT.resolve("sources"))) {
            for (Path s : sources.toList()) seen.add(new String(Files.readAllBytes(s), StandardCharsets.UTF_8));
        }
        int sourceCount = seen.size();
        TreeMap<String, byte[]> files = read(tmp.resolve("a"));
        assertTrue(files.size() > 2 * sourceCount, "the 1 MB corpus should hold several copies of each source");
        for (var e : files.entrySet()) {
            assertTrue(seen.add(new String(e.getValue(), StandardCharsets.UTF_8)), e.getKey() + " repeats another file or a source");
        }
    }

    @Test
    void copiesKeepTheirSourceStructure() throws Exception {
        run("1", tmp.resolve("a"));
        Path bulletin = ROOT.resolve("sources/003_087891b04bf76bde.txt");
        String original = Files.readString(bulletin);
        String copy = Files.readString(tmp.resolve("a/g00009_003_087891b04bf76bde.txt"));
        assertNotEquals(original, copy);
        assertEquals(headings(original), headings(copy), "heading levels changed");
        assertEquals(original.split("\n\n").length, copy.split("\n\n").length, "paragraph count changed");
    }

    @Test
    void rejectsASizeThatIsNotANumber() throws Exception {
        Process p = new ProcessBuilder("bench/make-sources.sh", "ten", tmp.resolve("x").toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertTrue(out.contains("SIZE_MB must be a number"), out);
    }

    private static List<String> headings(String text) {
        List<String> h = new ArrayList<>();
        for (String line : text.split("\n")) if (line.startsWith("#")) h.add(line.replaceAll("^(#+).*", "$1"));
        return h;
    }

    private static String run(String sizeMb, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bench/make-sources.sh", sizeMb, out.toString())
                .directory(ROOT.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "make-sources.sh hung");
        assertEquals(0, p.exitValue(), "make-sources.sh failed");
        return stdout;
    }

    private static TreeMap<String, byte[]> read(Path dir) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.toList()) files.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return files;
    }
}
