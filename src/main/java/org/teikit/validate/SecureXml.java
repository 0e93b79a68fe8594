package org.teikit.validate;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The SAX parser of Jing's command line (Apache Xerces 2.12), so error positions match Jing's to the column, locked
 * down for hostile input: no DTD loading, no external entities, secure processing (which bounds entity expansion:
 * billion laughs stops after 100,000 expansions). Nothing it parses can make it open a file or a connection.
 */
final class SecureXml {
    static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    // Named, not looked up: the JDK's parser would split text differently and move "text not allowed" errors
    private static final SAXParserFactory FACTORY = newFactory();

    private SecureXml() {}

    static XMLReader newReader() {
        try {
            XMLReader reader = FACTORY.newSAXParser().getXMLReader();
            reader.setEntityResolver(RefusingEntityResolver.INSTANCE);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser does not support secure processing", e);
        }
    }

    private static SAXParserFactory newFactory() {
        try {
            SAXParserFactory f = new org.apache.xerces.jaxp.SAXParserFactoryImpl();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser does not support secure processing", e);
        }
    }

    /** Second line of defence: should the parser ever ask for an external entity, it gets an error, not a file. */
    enum RefusingEntityResolver implements org.xml.sax.EntityResolver {
        INSTANCE;

        @Override
        public org.xml.sax.InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new SAXException("external entity or DTD " + systemId + " refused: teikit does not load them");
        }
    }
}
