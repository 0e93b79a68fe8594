package org.teikit.tei;

import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.ParsingException;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.nio.file.Path;

/** Reads TEI into XOM safely: no DTDs, no external entities, nothing fetched. */
public final class TeiReader {
    private TeiReader() {}

    public static Document read(Path file) throws IOException, ParsingException {
        return builder().build(file.toFile());
    }

    public static Builder builder() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            XMLReader reader = f.newSAXParser().getXMLReader();
            return new Builder(reader);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a security feature", e);
        }
    }
}
