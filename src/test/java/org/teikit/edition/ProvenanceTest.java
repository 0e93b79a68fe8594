package org.teikit.edition;

import org.junit.jupiter.api.Test;
import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;
import static org.teikit.testing.TeiAssert.assertXPath;

class ProvenanceTest {

    static byte[] generated(String source) throws Exception {
        return Provenance.stamp(Converter.standard().convert(SourceDocument.parse(SourceText.of("p.txt", source))).tei());
    }

    @Test
    void aGeneratedFileRecordsItsContentChecksumAndVerifiesItself() throws Exception {
        byte[] xml = generated("# Title\n\nSome words.\n");
        String s = new String(xml, StandardCharsets.UTF_8);
        assertXPath(s, "//tei:desc[@type = 'content-sha256'][not(*)][matches(., '^[0-9a-f]{64}$')]");
        assertXPath(s, "//tei:desc[@type = 'source-sha256']");
        assertEquals(Provenance.State.INTACT, Provenance.check(xml).state());
    }

    @Test
    void theChecksumIsStableForTheSameSource() throws Exception {
        assertArrayEquals(generated("# T\n\nSame.\n"), generated("# T\n\nSame.\n"));
    }

    @Test
    void anyChangeToTheContentIsDetected() throws Exception {
        String s = new String(generated("# Title\n\nSome words.\n"), StandardCharsets.UTF_8);
        for (String edited : new String[] {
                s.replace("Some words.", "Some word."),
                s.replace("Some words.", "Some  words."),
                s.replace("<p>Some", "<p rend=\"x\">Some")}) {
            assertNotEquals(s, edited);
            Provenance.Check c = Provenance.check(edited.getBytes(StandardCharsets.UTF_8));
            assertEquals(Provenance.State.EDITED, c.state(), c.reason());
            assertTrue(c.reason().contains("edited since teikit generated it"), c.reason());
        }
    }

    @Test
    void reserialisingWithoutChangingContentIsNotAnEdit() throws Exception {
        String s = new String(generated("# Title\n\nSome words.\n"), StandardCharsets.UTF_8);
        // an editor's tool may use CRLF, other quotes or another attribute order: same canonical XML
        String resaved = s.replace("\n", "\r\n").replace("type=\"source\"", "type='source'");
        assertEquals(Provenance.State.INTACT, Provenance.check(resaved.getBytes(StandardCharsets.UTF_8)).state());
    }

    @Test
    void filesWithoutTeikitChecksumOrNotWellFormedAreNotIntact() throws Exception {
        String s = new String(generated("# Title\n\nSome words.\n"), StandardCharsets.UTF_8);
        String without = s.replaceAll("<desc type=\"content-sha256\">[0-9a-f]+</desc>", "");
        assertEquals(Provenance.State.NOT_TEIKIT, Provenance.check(without.getBytes(StandardCharsets.UTF_8)).state());
        assertEquals(Provenance.State.UNREADABLE, Provenance.check("<TEI>".getBytes(StandardCharsets.UTF_8)).state());
    }
}
