package org.teikit.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The xml:ids a pointer in a document may name: the document's own and those of the edition's persons index
 * ({@code tei/persons.xml}), with where each is defined.
 */
final class IdIndex {
    /** An xml:id, the element that carries it and a short description (its name and text). */
    record Target(String id, String uri, int offset, int end, String description, Lines lines) {}

    private final List<Target> targets;

    private IdIndex(List<Target> targets) {
        this.targets = targets;
    }

    List<Target> targets() {
        return targets;
    }

    Optional<Target> find(String id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The document's ids first (a local definition wins), then the persons index's not defined locally. */
    static IdIndex of(OpenDocument doc, PersonsFiles persons) {
        Map<String, Target> all = new LinkedHashMap<>();
        collect(doc.uri, doc.tree(), all);
        persons.forDocument(doc.path).ifPresent(p -> collect(p.uri(), p.tree(), all));
        return new IdIndex(new ArrayList<>(all.values()));
    }

    private static void collect(String uri, ElementTree tree, Map<String, Target> into) {
        Lines lines = null;
        for (ElementTree.Element e : tree.all()) {
            String id = e.attribute("xml:id");
            if (id == null || id.isBlank() || into.containsKey(id)) continue;
            if (lines == null) lines = new Lines(tree.text());
            String text = tree.plainText(e, 60);
            into.put(id, new Target(id, uri, e.startTag.start(), e.startTag.end(),
                    e.name() + (text.isEmpty() ? "" : ": " + text), lines));
        }
    }

    /** Finds and caches (by modification time) the persons index of a document's edition. */
    static final class PersonsFiles {
        record Persons(String uri, ElementTree tree) {}

        private Path cachedPath;
        private FileTime cachedTime;
        private Persons cached;

        /** {@code tei/persons.xml} beside the document (a document in tei/) or in a folder above it. */
        synchronized Optional<Persons> forDocument(Path document) {
            Path file = locate(document);
            if (file == null) return Optional.empty();
            try {
                FileTime time = Files.getLastModifiedTime(file);
                if (!file.equals(cachedPath) || !time.equals(cachedTime)) {
                    if (Files.size(file) > OpenDocument.MAX_CHARS) return Optional.empty();
                    cached = new Persons(file.toUri().toString(),
                            ElementTree.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
                    cachedPath = file;
                    cachedTime = time;
                }
                return Optional.of(cached);
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        private static Path locate(Path document) {
            if (document == null) return null;
            for (Path dir = document.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
                if (dir.getFileName() != null && dir.getFileName().toString().equals("tei")
                        && Files.isRegularFile(dir.resolve("persons.xml"))) {
                    return dir.resolve("persons.xml");
                }
                if (Files.isRegularFile(dir.resolve("tei").resolve("persons.xml"))) return dir.resolve("tei/persons.xml");
            }
            return null;
        }
    }
}
