package org.teikit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** `teikit package`: its exit codes and what it says; the bags themselves are tested in org.teikit.packaging. */
class PackageCommandTest {
    @TempDir Path dir;

    private static final String DOC = "000_0d24a9894c708a80";

    private Path edition() throws Exception {
        Path root = dir.resolve("edition");
        Files.createDirectories(root.resolve("sources"));
        Files.createDirectories(root.resolve("tei"));
        Files.copy(Path.of("sources", DOC + ".txt"), root.resolve("sources/" + DOC + ".txt"));
        Files.copy(Path.of("tei", DOC + ".xml"), root.resolve("tei/" + DOC + ".xml"));
        Files.createDirectories(root.resolve("schema"));
        try (Stream<Path> s = Files.list(Path.of("schema"))) {
            for (Path f : s.toList()) Files.copy(f, root.resolve("schema").resolve(f.getFileName()));
        }
        return root;
    }

    @Test
    void writesTheBagThenVerifiesItSound() throws Exception {
        Path edition = edition(), bag = dir.resolve("out");
        ConvertCommandTest.Run w = ConvertCommandTest.run("package", "-C", edition.toString(), "--bag", bag.toString(),
                "--source-organization", "Edition Office", "--bagging-date", "2026-03-04");
        assertEquals(0, w.code(), w.err());
        assertEquals("bag " + bag + ": 1 TEI files\n", w.out());
        String info = Files.readString(bag.resolve("bag-info.txt"));
        assertTrue(info.contains("Source-Organization: Edition Office\n") && info.contains("Bagging-Date: 2026-03-04\n"), info);

        ConvertCommandTest.Run v = ConvertCommandTest.run("package", "--verify", bag.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().startsWith("bag " + bag + ": sound"), v.out());
    }

    @Test
    void aTamperedBagFailsVerificationWithEachFileNamed() throws Exception {
        Path edition = edition(), bag = dir.resolve("out");
        assertEquals(0, ConvertCommandTest.run("package", "-C", edition.toString(), "--bag", bag.toString()).code());
        Files.delete(bag.resolve("data/corpus.xml"));
        Files.writeString(bag.resolve("data/extra.txt"), "added");

        ConvertCommandTest.Run v = ConvertCommandTest.run("package", "--verify", bag.toString());
        assertEquals(1, v.code());
        assertTrue(v.err().contains(bag.resolve("data/corpus.xml") + ": fixity: listed in manifest-sha512.txt, but missing\n"), v.err());
        assertTrue(v.err().contains(bag.resolve("data/extra.txt") + ": fixity: not listed in manifest-sha512.txt\n"), v.err());
    }

    @Test
    void anInvalidEditionIsRefusedWithExit1NamingTheFileUnlessAllowed() throws Exception {
        Path edition = edition(), bag = dir.resolve("out");
        Path tei = edition.resolve("tei/" + DOC + ".xml");
        Files.writeString(tei, Files.readString(tei).replaceFirst("<body>", "<body><notTei/>"));

        ConvertCommandTest.Run r = ConvertCommandTest.run("package", "-C", edition.toString(), "--bag", bag.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(edition.resolve("tei/" + DOC + ".xml") + ": invalid: "), r.err());
        assertTrue(r.err().contains("refused, nothing written"), r.err());
        assertFalse(Files.exists(bag));

        ConvertCommandTest.Run allowed = ConvertCommandTest.run("package", "-C", edition.toString(), "--bag", bag.toString(), "--allow-invalid");
        assertEquals(0, allowed.code(), allowed.err());
        assertTrue(allowed.out().contains("packaged although invalid"), allowed.out());
        assertEquals(1, ConvertCommandTest.run("package", "--verify", bag.toString()).code(), "the TEI in the bag is still invalid");
    }

    @Test
    void usageErrorsExitWith2() throws Exception {
        Path edition = edition(), bag = Files.createDirectories(dir.resolve("out"));
        ConvertCommandTest.Run exists = ConvertCommandTest.run("package", "-C", edition.toString(), "--bag", bag.toString());
        assertEquals(2, exists.code());
        assertEquals("teikit package: " + bag + ": already exists (left as it is)\n", exists.err());
        assertEquals(List.of(), List.of(bag.toFile().list()));

        assertEquals(2, ConvertCommandTest.run("package", "-C", edition.toString(), "--bag", dir.resolve("b").toString(),
                "--bagging-date", "tomorrow").code());
        assertEquals(2, ConvertCommandTest.run("package").code(), "--bag or --verify is required");
        assertEquals(2, ConvertCommandTest.run("package", "--bag", "a", "--verify", "b").code(), "not both");
        assertEquals(2, ConvertCommandTest.run("package", "--verify", dir.resolve("missing").toString()).code());
    }
}
