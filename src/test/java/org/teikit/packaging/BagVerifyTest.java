package org.teikit.packaging;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A tampered bag (a byte changed, a file removed, a file added) is found out three times over: by teikit's
 * verification, which names the file; by the Library of Congress's verifier; and by the RFC 8493 check written here.
 */
class BagVerifyTest {
    @TempDir static Path dir;
    static Path pristine;
    @TempDir Path work;

    private static final String TEI = "data/tei/" + Editions.DOCUMENTS.get(0) + ".xml";

    @BeforeAll
    static void packageTheSmallEdition() throws Exception {
        pristine = dir.resolve("bag");
        assertTrue(EditionBag.write(Editions.small(dir), pristine, Editions.options()).written());
    }

    private Path copy() throws IOException {
        Path bag = work.resolve("bag");
        for (String f : Editions.filesUnder(pristine)) {
            Path target = bag.resolve(f);
            Files.createDirectories(target.getParent());
            Files.copy(pristine.resolve(f), target);
        }
        return bag;
    }

    private static BagCheck.Verification verify(Path bag) throws IOException {
        return BagCheck.verify(bag, Editions.schematronCache());
    }

    @Test
    void anUntouchedBagIsSound() throws Exception {
        BagCheck.Verification v = verify(copy());
        assertTrue(v.sound(), v.toString());
        assertEquals(3, v.teiFiles());
    }

    @Test
    void aChangedByteIsNamed() throws Exception {
        Path bag = copy();
        Path file = bag.resolve(TEI);
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("</teiHeader>") - 1;
        bytes[at] = (byte) (bytes[at] == ' ' ? '\t' : ' ');   // whitespace: still the same valid TEI, but not the same file
        Files.write(file, bytes);

        BagCheck.Verification v = verify(bag);
        assertEquals(List.of(new Problem(TEI, "its sha512 checksum differs from manifest-sha512.txt's")), v.fixity());
        assertEquals(List.of(), v.validity());
        assertNotNull(Editions.locVerdict(bag));
        assertTrue(Rfc8493.violations(bag).contains("manifest-sha512.txt:" + line(bag, TEI) + ": " + TEI + ": wrong checksum"),
                Rfc8493.violations(bag).toString());
    }

    @Test
    void aRemovedFileIsNamed() throws Exception {
        Path bag = copy();
        Files.delete(bag.resolve("data/cmif.xml"));

        List<Problem> fixity = verify(bag).fixity();
        assertTrue(fixity.contains(new Problem("data/cmif.xml", "listed in manifest-sha512.txt, but missing")), fixity.toString());
        assertTrue(fixity.stream().anyMatch(p -> p.file().equals("bag-info.txt") && p.message().startsWith("Payload-Oxum")), fixity.toString());
        assertEquals(2, fixity.size(), fixity.toString());
        assertNotNull(Editions.locVerdict(bag));
        assertTrue(Rfc8493.violations(bag).contains("manifest-sha512.txt:" + line(pristine, "data/cmif.xml") + ": data/cmif.xml does not exist"));
    }

    @Test
    void anAddedFileIsNamedInThePayloadAndAmongTheTagFiles() throws Exception {
        Path bag = copy();
        Files.writeString(bag.resolve("data/tei/smuggled.xml"), "<TEI/>");
        Files.writeString(bag.resolve("notes.txt"), "a tag file nobody listed");

        BagCheck.Verification v = verify(bag);
        assertTrue(v.fixity().contains(new Problem("data/tei/smuggled.xml", "not listed in manifest-sha512.txt")), v.fixity().toString());
        assertTrue(v.fixity().contains(new Problem("notes.txt", "not listed in tagmanifest-sha512.txt")), v.fixity().toString());
        assertTrue(v.validity().stream().anyMatch(p -> p.file().equals("data/tei/smuggled.xml")), "and it is not valid TEI: " + v.validity());
        assertNotNull(Editions.locVerdict(bag));
        List<String> rfc = Rfc8493.violations(bag);
        assertTrue(rfc.contains("manifest-sha512.txt: data/tei/smuggled.xml not listed"), rfc.toString());
        assertTrue(rfc.contains("tagmanifest-sha512.txt: notes.txt not listed"), rfc.toString());
    }

    @Test
    void aPayloadOxumThatDoesNotAddUpIsNamedEvenWhenTheTagManifestWasMadeToMatch() throws Exception {
        Path bag = copy();
        Path info = bag.resolve("bag-info.txt");
        Files.writeString(info, Files.readString(info).replaceFirst("Payload-Oxum: (\\d+)\\.", "Payload-Oxum: 1$1."));
        retagManifest(bag);

        List<Problem> fixity = verify(bag).fixity();
        assertEquals(1, fixity.size(), fixity.toString());
        assertEquals("bag-info.txt", fixity.get(0).file());
        assertTrue(fixity.get(0).message().startsWith("Payload-Oxum 1"), fixity.toString());
        assertTrue(Rfc8493.violations(bag).stream().anyMatch(s -> s.startsWith("bag-info.txt: Payload-Oxum 1")));
    }

    @Test
    void aFolderThatIsNotABagSaysSo() throws Exception {
        Path notABag = Files.createDirectories(work.resolve("plain"));
        BagCheck.Verification v = verify(notABag);
        assertEquals(List.of(new Problem("bagit.txt", "missing, so this is not a bag")), v.fixity());
        assertEquals(List.of(new Problem("data/tei", "missing: the bag holds no TEI to validate")), v.validity());
    }

    /** The line of {@code path} in the payload manifest. */
    private static int line(Path bag, String path) throws IOException {
        List<String> lines = Files.readAllLines(bag.resolve("manifest-sha512.txt"));
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).endsWith("  " + path)) return i + 1;
        throw new AssertionError(path + " not in the manifest");
    }

    /** Rewrites the tag manifest for the tag files as they now are, as a tamperer who knows BagIt would. */
    private static void retagManifest(Path bag) throws Exception {
        StringBuilder b = new StringBuilder();
        for (String tag : List.of("bagit.txt", "bag-info.txt", "manifest-sha512.txt")) {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(bag.resolve(tag)));
            b.append(java.util.HexFormat.of().formatHex(digest)).append("  ").append(tag).append('\n');
        }
        Files.writeString(bag.resolve("tagmanifest-sha512.txt"), b.toString());
    }
}
