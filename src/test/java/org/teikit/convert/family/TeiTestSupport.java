package org.teikit.convert.family;

import org.teikit.convert.family.bulletin.BulletinSection;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Nodes;
import nu.xom.Text;
import nu.xom.XPathContext;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceException;
import org.teikit.source.SourceText;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reading converted TEI in tests: XPath with the tei prefix, turns as "who first words". */
public final class TeiTestSupport {
    public static final XPathContext TEI = new XPathContext("tei", Tei.NS);
    private static final Set<String> NOT_READING = Set.of("speaker", "note", "reg", "expan", "supplied", "fw", "desc");

    private TeiTestSupport() {}

    public static Document convert(String name, String source) throws SourceException {
        return new BulletinSection().convert(SourceDocument.parse(SourceText.of(name, source)), new org.teikit.convert.conventions.Explanation()).document();
    }

    public static List<Element> elements(Node context, String xpath) {
        Nodes nodes = context.query(xpath, TEI);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) out.add((Element) nodes.get(i));
        return out;
    }

    /** The reading text: without labels, notes, editorial additions and furniture. */
    public static String reading(Element e) {
        StringBuilder sb = new StringBuilder();
        reading(e, sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static void reading(Element e, StringBuilder sb) {
        for (int i = 0; i < e.getChildCount(); i++) {
            Node n = e.getChild(i);
            if (n instanceof Text t) sb.append(t.getValue());
            else if (n instanceof Element c && !NOT_READING.contains(c.getLocalName())) {
                if (c.getLocalName().equals("p")) sb.append(' ');
                reading(c, sb);
            }
        }
    }

    /** Each turn of a division as {@code who} and the first {@code words} words it says. */
    public static String turns(Element div, int words) {
        List<String> out = new ArrayList<>();
        for (Element sp : elements(div, "tei:sp")) {
            String[] tokens = reading(sp).split(" ");
            StringBuilder sb = new StringBuilder(sp.getAttributeValue("who").substring(1));
            for (int k = 0; k < Math.min(words, tokens.length); k++) sb.append(' ').append(tokens[k]);
            out.add(sb.toString());
        }
        return String.join(";", out);
    }
}
