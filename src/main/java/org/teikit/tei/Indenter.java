package org.teikit.tei;

import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Text;

import java.util.Set;

/**
 * Indents only elements whose TEI content model has no text, so whitespace never enters mixed
 * content (a generic pretty-printer would add words' worth of spaces inside {@code <p>}).
 */
public final class Indenter {
    private static final Set<String> ELEMENT_ONLY = Set.of(
            "TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "sourceDesc", "encodingDesc",
            "appInfo", "application", "profileDesc", "particDesc", "listPerson", "person", "correspDesc",
            "correspAction", "abstract", "langUsage", "revisionDesc", "msDesc", "msIdentifier", "text", "front",
            "body", "back", "div", "sp", "list", "titlePage", "respStmt", "listBibl", "biblStruct", "monogr",
            "analytic", "opener", "closer", "docTitle", "lg", "castList", "history", "physDesc");

    private Indenter() {}

    public static void indent(Element root) {
        indent(root, 0);
    }

    private static void indent(Element e, int depth) {
        if (!ELEMENT_ONLY.contains(e.getLocalName()) || !Tei.NS.equals(e.getNamespaceURI()) || hasText(e)) return;
        int n = e.getChildCount();
        if (n == 0) return;
        String inner = "\n" + "  ".repeat(depth + 1);
        for (int i = n - 1; i >= 0; i--) {
            Node c = e.getChild(i);
            if (c instanceof Text) {
                e.removeChild(i);
                continue;
            }
            if (c instanceof Element ce) indent(ce, depth + 1);
            e.insertChild(new Text(inner), i);
        }
        e.appendChild(new Text("\n" + "  ".repeat(depth)));
    }

    private static boolean hasText(Element e) {
        for (int i = 0; i < e.getChildCount(); i++) {
            if (e.getChild(i) instanceof Text t && !t.getValue().isBlank()) return true;
        }
        return false;
    }
}
