package org.teikit.tei;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

/**
 * The parser settings every reader of TEI shares: secure processing, no external entities, no
 * external DTD. An internal DTD subset is read (with the JDK's expansion limits); nothing is fetched.
 */
public final class SafeXml {
    private SafeXml() {}

    public static SAXParserFactory parserFactory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser lacks the security features teikit relies on", e);
        }
        return f;
    }
}
