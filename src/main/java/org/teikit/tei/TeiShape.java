package org.teikit.tei;

import nu.xom.Attribute;
import nu.xom.Comment;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.ProcessingInstruction;
import nu.xom.Text;

/**
 * Whether a document has the shape teikit builds: processing instructions and comments around one root,
 * every element in the TEI namespace without a prefix and declaring nothing else, attributes unqualified
 * or in {@code xml:}, text that is plain text (no CDATA section). For these, {@link CanonicalDigest} and
 * {@link TeiSerializer} write XOM's output straight from the tree; anything else goes to XOM.
 */
final class TeiShape {
    private TeiShape() {}

    static boolean isAsBuilt(Document doc) {
        for (int i = 0; i < doc.getChildCount(); i++) {
            Node n = doc.getChild(i);
            if (n instanceof Element e ? !isAsBuilt(e) : !(n instanceof ProcessingInstruction || n instanceof Comment)) return false;
        }
        return true;
    }

    private static boolean isAsBuilt(Element e) {
        if (!Tei.NS.equals(e.getNamespaceURI()) || !e.getNamespacePrefix().isEmpty() || e.getNamespaceDeclarationCount() != 1) {
            return false;
        }
        for (int i = 0; i < e.getAttributeCount(); i++) {
            String ns = e.getAttribute(i).getNamespaceURI();
            if (!(ns.isEmpty() || ns.equals(Tei.XML_NS))) return false;
        }
        for (int i = 0; i < e.getChildCount(); i++) {
            Node n = e.getChild(i);
            boolean fits = n instanceof Element c ? isAsBuilt(c)
                    : n.getClass() == Text.class || n instanceof Comment || n instanceof ProcessingInstruction;
            if (!fits) return false;
        }
        return true;
    }

    /** XOM types an attribute as the DTD (or {@code xml:id}, an ID) says; only CDATA values are kept as they are. */
    static boolean isTokenized(Attribute a) {
        return !(a.getType() == Attribute.Type.UNDECLARED || a.getType() == Attribute.Type.CDATA);
    }
}
