package org.teikit.fidelity;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.teikit.convert.Conversion;
import org.teikit.convert.ConversionException;
import org.teikit.convert.Converter;
import org.teikit.edition.Provenance;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Arbitrary bytes as a source file: reading and conversion either succeed with well-formed TEI or fail
 * with one of the two documented exceptions. Regular builds run the seed corpus (beside this class in
 * test resources); the "fuzz" surefire execution in pom.xml fuzzes for a bounded time (jazzer.fuzz).
 */
class FuzzConversionTest {
    private static final Converter CONVERTER = Converter.standard();
    private static final SAXParserFactory SAX = SAXParserFactory.newInstance();
    private static final Path NAME = Path.of("fuzz.txt");

    static {
        SAX.setNamespaceAware(true);
    }

    @FuzzTest(maxDuration = "30s")
    void arbitraryBytes(byte[] data) throws Exception {
        SourceDocument doc;
        Conversion c;
        try {
            doc = SourceDocument.parse(SourceText.of(NAME, data, StandardCharsets.UTF_8));
            c = CONVERTER.convert(doc);
        } catch (SourceException | ConversionException expected) {
            return;
        }
        byte[] xml = Provenance.stamp(c.tei());
        SAX.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler());   // throws if not well-formed
        if (!Provenance.check(xml).intact()) throw new AssertionError("checksum does not verify");
        Fidelity.compare(doc, Path.of("fuzz.xml"), xml);                                 // must not throw
    }
}
