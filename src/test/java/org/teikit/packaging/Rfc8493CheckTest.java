package org.teikit.packaging;

import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The RFC 8493 check of the tests catches what it is there for; otherwise its silence on teikit's bags would prove nothing. */
class Rfc8493CheckTest {
    @TempDir Path dir;

    /** A small conformant bag, made by bagit-java from one payload file. */
    private Path bag(String payloadName) throws Exception {
        Path bag = Files.createDirectories(dir.resolve("bag"));
        Files.writeString(bag.resolve(payloadName), "<TEI/>\n");
        BagCreator.bagInPlace(bag, List.of(StandardSupportedAlgorithms.SHA512), false);
        return bag;
    }

    @Test
    void aPlainBagHasNoViolation() throws Exception {
        assertEquals(List.of(), Rfc8493.violations(bag("a.xml")));
    }

    @Test
    void findsThePercentSignBagitJavaLeavesUnencoded() throws Exception {
        // the reason teikit refuses such names: bagit-java 5.2.0 writes "data/50%.xml", where RFC 8493 wants "data/50%25.xml"
        List<String> v = Rfc8493.violations(bag("50%.xml"));
        assertTrue(v.stream().anyMatch(s -> s.contains("an unencoded '%' in data/50%.xml")), v.toString());
    }

    @Test
    void findsAWrongDeclarationAMalformedLineADuplicateAndAnUnlistedTagFile() throws Exception {
        Path bag = bag("a.xml");
        Files.writeString(bag.resolve("bagit.txt"), "BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n");
        Path manifest = bag.resolve("manifest-sha512.txt");
        String line = Files.readString(manifest).strip();
        Files.writeString(manifest, line + "\n" + line + "\n" + line.replaceFirst(" +", "") + "\n");
        List<String> v = Rfc8493.violations(bag);
        assertTrue(v.stream().anyMatch(s -> s.startsWith("bagit.txt: not exactly the two lines")), v.toString());
        assertTrue(v.contains("manifest-sha512.txt:2: data/a.xml listed twice"), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.startsWith("manifest-sha512.txt:3: ")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.startsWith("tagmanifest-sha512.txt:") && s.contains("bagit.txt: wrong checksum")), v.toString());
    }

    @Test
    void decodesTheThreeEscapesAndNothingElse() {
        List<String> v = new java.util.ArrayList<>();
        assertEquals("a\nb\rc%d", Rfc8493.decode("a%0Ab%0dc%25d", "x", v));
        assertNull(Rfc8493.decode("a%41", "x", v));
        assertEquals(List.of("x: an unencoded '%' in a%41"), v);
    }
}
