package org.teikit.tei;

import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Serializer;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** teikit's TEI written straight from the tree is what XOM's Serializer (UTF-8, LF) writes, byte for byte. */
class TreeWriterTest {
    private static String xom(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Serializer s = new Serializer(out, "UTF-8");
        s.setLineSeparator("\n");
        s.write(doc);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void sameAsXom(Document doc) throws Exception {
        assertTrue(TeiShape.isAsBuilt(doc));
        assertEquals(xom(doc), TreeWriter.write(doc));
    }

    @Test
    void theSampleSourcesConverted() throws Exception {
        List<Path> sources;
        try (Stream<Path> s = Files.list(Path.of("sources"))) {
            sources = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : sources) {
            TeiDocument tei = Converter.standard().convert(SourceDocument.parse(SourceText.read(p))).tei();
            Indenter.indent(tei.root());
            sameAsXom(tei.document());
            byte[] written = tei.toBytes();
            assertArrayEquals((xom(tei.document()) + "\n").getBytes(StandardCharsets.UTF_8), written);
            sameAsXom(new Builder().build(new ByteArrayInputStream(written)));
        }
    }

    @Test
    void awkwardCharactersEmptyElementsAndInstructions() throws Exception {
        Random r = new Random(9);
        for (int n = 0; n < 500; n++) sameAsXom(RandomTrees.document(r));
    }

    @Test
    void otherShapesAreLeftToXom() throws Exception {
        Element noNamespace = Tei.el("TEI");
        noNamespace.appendChild(new Element("p"));
        Document doc = new Document(noNamespace);
        assertFalse(TeiShape.isAsBuilt(doc));
        String written = new String(TeiSerializer.toBytes(doc), StandardCharsets.UTF_8);      // indents first
        assertEquals(xom(doc) + "\n", written);
        Document cdata = new Builder().build(new ByteArrayInputStream(
                ("<TEI xmlns=\"" + Tei.NS + "\"><p><![CDATA[a < b]]></p></TEI>").getBytes(StandardCharsets.UTF_8)));
        assertFalse(TeiShape.isAsBuilt(cdata));
    }
}
