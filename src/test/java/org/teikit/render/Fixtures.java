package org.teikit.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The well-formed TEI the view tests run over: the render fixtures plus the shared corpus (when merged). */
public final class Fixtures {
    public static final Path RENDER = Path.of("src/test/resources/render");
    static final Path CORPUS = Path.of("src/test/resources/corpus/valid");
    public static final Path BROKEN = RENDER.resolve("broken.xml");
    public static final Path TEIKIT = RENDER.resolve("teikit-conversations.xml");

    private Fixtures() {}

    static List<Path> renderFixtures() throws IOException {
        try (Stream<Path> s = Files.list(RENDER)) {
            return s.filter(p -> p.toString().endsWith(".xml") && !p.equals(BROKEN)).sorted().toList();
        }
    }

    static List<Path> corpus() throws IOException {
        if (!Files.isDirectory(CORPUS)) return List.of();
        try (Stream<Path> s = Files.walk(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    static List<Path> all() throws IOException {
        List<Path> all = new ArrayList<>(renderFixtures());
        all.addAll(corpus());
        return all;
    }
}
