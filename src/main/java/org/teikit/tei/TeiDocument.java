package org.teikit.tei;

import nu.xom.Document;
import nu.xom.Element;
import nu.xom.ProcessingInstruction;

import java.nio.charset.StandardCharsets;

/**
 * A TEI document as teikit writes it: the XOM tree (well-formed by construction) with the
 * {@code xml-model} processing instructions that tell editors and validators which schema applies.
 */
public final class TeiDocument {
    public static final String SCHEMA_RNC = "../schema/teikit.rnc";
    public static final String SCHEMA_SCH = "../schema/teikit.sch";

    private final Document document;

    public TeiDocument(Element root) {
        if (!"TEI".equals(root.getLocalName()) || !Tei.NS.equals(root.getNamespaceURI())) {
            throw new IllegalArgumentException("root must be tei:TEI, not " + root.getQualifiedName());
        }
        this.document = new Document(root);
        document.insertChild(new ProcessingInstruction("xml-model",
                "href=\"" + SCHEMA_RNC + "\" type=\"application/relax-ng-compact-syntax\" schematypens=\"http://relaxng.org/ns/structure/1.0\""), 0);
        document.insertChild(new ProcessingInstruction("xml-model",
                "href=\"" + SCHEMA_SCH + "\" type=\"application/xml\" schematypens=\"http://purl.oclc.org/dsdl/schematron\""), 1);
    }

    public Document document() { return document; }

    public Element root() { return document.getRootElement(); }

    /** UTF-8 serialisation, element-only content indented, mixed content untouched, LF line ends. */
    public byte[] toBytes() {
        return TeiSerializer.toBytes(document);
    }

    public String toXml() {
        return new String(toBytes(), StandardCharsets.UTF_8);
    }
}
