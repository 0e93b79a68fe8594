package org.teikit.packaging;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Small edition folders for the packaging tests, made from the repository's own edition, and checks on bags. */
final class Editions {
    /** Two documents (one with letters, so the CMIF file has some), small enough for quick tests. */
    static final List<String> DOCUMENTS = List.of("000_0d24a9894c708a80", "002_9c4748e195050a93");

    private Editions() {}

    /** An edition folder in {@code dir}: the two sources, their TEI, the persons index and the project schema. */
    static Path small(Path dir) throws IOException {
        Path root = dir.resolve("edition");
        Files.createDirectories(root.resolve("sources"));
        Files.createDirectories(root.resolve("tei"));
        Files.createDirectories(root.resolve("schema"));
        for (String d : DOCUMENTS) {
            Files.copy(Path.of("sources", d + ".txt"), root.resolve("sources/" + d + ".txt"));
            Files.copy(Path.of("tei", d + ".xml"), root.resolve("tei/" + d + ".xml"));
        }
        Files.copy(Path.of("tei", "persons.xml"), root.resolve("tei/persons.xml"));
        try (Stream<Path> s = Files.list(Path.of("schema"))) {
            for (Path f : s.toList()) Files.copy(f, root.resolve("schema").resolve(f.getFileName()));
        }
        return root;
    }

    /** Where the tests' compiled Schematron is kept (surefire sets TEIKIT_CACHE to target/test-cache). */
    static Path schematronCache() {
        String dir = System.getenv("TEIKIT_CACHE");
        return dir == null ? null : Path.of(dir, "schematron");
    }

    static EditionBag.Options options() {
        return EditionBag.Options.defaults().withSchematronCache(schematronCache());
    }

    /**
     * The Library of Congress's verdict on a bag, through bagit-java's own reader and verifier, as an archive would
     * check it: null when valid, else the first problem it finds.
     */
    static String locVerdict(Path bag) {
        try (BagVerifier verifier = new BagVerifier()) {
            Bag read = new BagReader().read(bag);
            verifier.isValid(read, false);
            return null;
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Every regular file under {@code dir}, relative, with '/' separators. */
    static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
