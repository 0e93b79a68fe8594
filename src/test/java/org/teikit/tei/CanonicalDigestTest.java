package org.teikit.tei;

import nu.xom.Attribute;
import nu.xom.Builder;
import nu.xom.Comment;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.ProcessingInstruction;
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
        String[] pieces = {"a", " ", "  ", "\n", "\r", "\r\n", "\t", "\"", "'", "&", "<", ">", "]]>", "é", "—", "𝔄", "\uE000", "&amp;", ""};
        for (int n = 0; n < 300; n++) {
            Element root = Tei.el("TEI", "xml:lang", "en");
            fill(root, r, pieces, 0);
            Document doc = new Document(root);
            if (r.nextBoolean()) doc.insertChild(new ProcessingInstruction("xml-model", "href=\"x.rnc\""), 0);
            if (r.nextBoolean()) doc.insertChild(new Comment(" before "), 0);
            if (r.nextBoolean()) doc.appendChild(new ProcessingInstruction("after", r.nextBoolean() ? "" : "data"));
            if (r.nextBoolean()) doc.appendChild(new Comment(" after "));
            sameAsXom(doc);
        }
    }

    private static void fill(Element e, Random r, String[] pieces, int depth) {
        String[] names = {"type", "n", "xml:id", "rend", "xml:lang", "when", "a", "Z", "xml:base"};
        for (int k = r.nextInt(4); k > 0; k--) Tei.attr(e, names[r.nextInt(names.length)], random(r, pieces));
        for (int k = depth < 4 ? r.nextInt(5) : 0; k > 0; k--) {
            switch (r.nextInt(5)) {
                case 0, 1 -> e.appendChild(random(r, pieces));
                case 2 -> e.appendChild(new Comment("c" + k));
                case 3 -> e.appendChild(new ProcessingInstruction("pi", random(r, pieces).replace("?>", "").replace("\r", "").strip()));
                default -> {
                    Element c = Tei.el(r.nextBoolean() ? "p" : "lb");
                    fill(c, r, pieces, depth + 1);
                    e.appendChild(c);
                }
            }
        }
    }

    private static String random(Random r, String[] pieces) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(6); k > 0; k--) sb.append(pieces[r.nextInt(pieces.length)]);
        return sb.toString();
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
