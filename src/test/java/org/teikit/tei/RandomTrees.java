package org.teikit.tei;

import nu.xom.Comment;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.ProcessingInstruction;

import java.util.Random;

/** Random TEI-shaped documents with awkward characters, attributes, empty elements, comments and instructions. */
final class RandomTrees {
    private static final String[] PIECES = {"a", " ", "  ", "\n", "\r", "\r\n", "\t", "\"", "'", "&", "<", ">", "]]>", "é", "—",
            "𝔄", "\uE000", "&amp;", ""};
    private static final String[] ATTRIBUTES = {"type", "n", "xml:id", "rend", "xml:lang", "when", "a", "Z", "xml:base", "xml:space"};

    private RandomTrees() {}

    static Document document(Random r) {
        Element root = Tei.el("TEI", Tei.at("xml:lang", "en"));
        fill(root, r, 0);
        Document doc = new Document(root);
        if (r.nextBoolean()) doc.insertChild(new ProcessingInstruction("xml-model", "href=\"x.rnc\""), 0);
        if (r.nextBoolean()) doc.insertChild(new Comment(" before "), 0);
        if (r.nextBoolean()) doc.appendChild(new ProcessingInstruction("after", r.nextBoolean() ? "" : "data"));
        if (r.nextBoolean()) doc.appendChild(new Comment(" after "));
        return doc;
    }

    private static void fill(Element e, Random r, int depth) {
        for (int k = r.nextInt(4); k > 0; k--) {
            String name = ATTRIBUTES[r.nextInt(ATTRIBUTES.length)];
            Tei.attr(e, name, name.equals("xml:space") ? (r.nextBoolean() ? "preserve" : "default") : text(r));
        }
        for (int k = depth < 4 ? r.nextInt(5) : 0; k > 0; k--) {
            switch (r.nextInt(6)) {
                case 0, 1 -> e.appendChild(text(r));
                case 2 -> e.appendChild(new Comment("c" + k + (r.nextBoolean() ? "\n" : "")));
                case 3 -> e.appendChild(new ProcessingInstruction("pi", text(r).replace("?>", "").replace("\r", "").strip()));
                case 4 -> e.appendChild(new nu.xom.Text(""));
                default -> {
                    Element c = Tei.el(r.nextBoolean() ? "p" : "lb");
                    fill(c, r, depth + 1);
                    e.appendChild(c);
                }
            }
        }
    }

    static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(6); k > 0; k--) sb.append(PIECES[r.nextInt(PIECES.length)]);
        return sb.toString();
    }
}
