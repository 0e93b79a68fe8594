package org.teikit.tei;

import nu.xom.Attribute;
import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.canonical.Canonicalizer;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The canonical form written from the tree is XOM's Canonicalizer's, byte for byte; other documents go to XOM. */
class CanonicalDigestTest {
    private static byte[] xom(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Canonicalizer(out, Canonicalizer.CANONICAL_XML).write(doc);
        return out.toByteArray();
    }

    private static void sameAsXom(Document doc) throws Exception {
        String ours = CanonicalDigest.canonicalText(doc);
        assertNotNull(ours, "a TEI document as teikit builds it is written from the tree");
        byte[] expected = xom(doc);
        assertEquals(new String(expected, StandardCharsets.UTF_8), ours);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expected));
        assertEquals(sha, CanonicalDigest.sha256(doc));
    }

    @Test
    void theSampleSourcesConvertedAndReadBack() throws Exception {
        List<Path> sources;
        try (Stream<Path> s = Files.list(Path.of("sources"))) {
            sources = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : sources) {
            TeiDocument tei = Converter.standard().convert(SourceDocument.parse(SourceText.read(p))).tei();
            byte[] written = tei.toBytes();
            sameAsXom(tei.document());
            sameAsXom(new Builder().build(new ByteArrayInputStream(written)));
        }
    }

    @Test
    void awkwardCharactersEmptyElementsAttributeOrderAndInstructions() throws Exception {
        Random r = new Random(3);
        for (int n = 0; n < 300; n++) sameAsXom(RandomTrees.document(r));
    }

    @Test
    void tokenizedAttributeValuesLoseLeadingTrailingAndRepeatedSpaces() throws Exception {
        for (String v : new String[] {" a", "a ", "  a  b  ", "a \t b", "\t a", " ", "", "a b", "  "}) {
            Element root = Tei.el("TEI");
            root.addAttribute(new Attribute("n", "", v, Attribute.Type.NMTOKENS));
            Tei.attr(root, "xml:id", v);
            sameAsXom(new Document(root));
        }
    }

    @Test
    void otherNamespacesAreLeftToXom() throws Exception {
        Element prefixed = new Element("tei:TEI", Tei.NS);
        Element noNamespace = Tei.el("TEI");
        noNamespace.appendChild(new Element("p"));
        Element foreignAttribute = Tei.el("TEI");
        foreignAttribute.addAttribute(new Attribute("x:a", "urn:x", "v"));
        Element declared = Tei.el("TEI");
        declared.addNamespaceDeclaration("x", "urn:x");
        for (Element root : List.of(prefixed, noNamespace, foreignAttribute, declared)) {
            Document doc = new Document(root);
            assertNull(CanonicalDigest.canonicalText(doc));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xom(doc))), CanonicalDigest.sha256(doc));
        }
    }
}
