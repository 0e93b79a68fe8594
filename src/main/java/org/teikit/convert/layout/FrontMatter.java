package org.teikit.convert.layout;

import nu.xom.Element;
import nu.xom.Node;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A collection's introduction as front matter: in a body of two or more letters, what precedes the first of
 * them (the editor's introduction, a note on the text) is not a letter but the collection's front, as the
 * TEI Guidelines print an edition of correspondence. The title heading that opens it goes with it, as the
 * title page, so the reading order stays the source's.
 */
public final class FrontMatter {
    private static final Set<String> LETTERS = Set.of("letter", "telegram", "memorandum");

    private FrontMatter() {}

    /**
     * Moves everything before the body's first letter into {@code front}, when the body holds two or more
     * letters and something other than headings precedes the first. Returns how many elements moved (0: none).
     */
    public static int introduction(Element body, Element front) {
        List<Element> letters = new ArrayList<>();
        collectLetters(body, letters);
        if (letters.size() < 2) return 0;
        List<Node> before = new ArrayList<>();
        if (!precede(body, letters.get(0), before)) return 0;
        int last = -1;
        for (int i = 0; i < before.size(); i++) if (!isHead(before.get(i))) last = i;
        if (last < 0) return 0;                                   // only headings precede: nothing to move
        List<Node> moved = before.subList(0, last + 1);
        for (int i = 0; i < moved.size(); i++) {                  // a heading between two parts: no clean cut
            if (isHead(moved.get(i)) && i > 0 && !isHead(moved.get(i - 1))) return 0;
        }
        Element titlePage = null;
        Element loose = null;
        int count = 0;
        for (Node n : moved) {
            n.detach();
            count++;
            if (isHead(n)) {
                if (titlePage == null) {
                    titlePage = Tei.el("titlePage");
                    front.insertChild(titlePage, 0);
                    titlePage.appendChild(Tei.el("docTitle"));
                }
                Element part = Tei.el("titlePart");
                moveChildren((Element) n, part);
                titlePage.getFirstChildElement("docTitle", Tei.NS).appendChild(part);
            } else if (n instanceof Element e && e.getLocalName().equals("div")) {
                if ("section".equals(e.getAttributeValue("type"))) Tei.attr(e, "type", "introduction");
                front.appendChild(e);
                loose = null;
            } else {
                if (loose == null) {
                    loose = Tei.el("div", Tei.at("type", "introduction"));
                    front.appendChild(loose);
                }
                loose.appendChild(n);
            }
        }
        return count;
    }

    private static void collectLetters(Element e, List<Element> out) {
        for (Element c : e.getChildElements()) {
            if (c.getLocalName().equals("div") && LETTERS.contains(c.getAttributeValue("type"))) out.add(c);
            else collectLetters(c, out);
        }
    }

    /**
     * The nodes before {@code target}, highest first: for each container on the path from {@code root} down
     * to it, its children before the one that leads there. False when the path leaves the divisions (a letter
     * inside a paragraph or a note is no place to cut).
     */
    private static boolean precede(Element root, Element target, List<Node> out) {
        List<Element> path = new ArrayList<>();
        for (Node n = target; n != root; n = n.getParent()) {
            if (!(n instanceof Element e) || !e.getLocalName().equals("div")) return false;
            path.add(0, e);
        }
        Element container = root;
        for (Element step : path) {
            for (int i = 0; i < container.indexOf(step); i++) {
                Node c = container.getChild(i);
                if (c instanceof Element) out.add(c);
                else if (!c.getValue().isBlank()) return false;    // loose text: the tree is not ours to cut
            }
            container = step;
        }
        return true;
    }

    private static boolean isHead(Node n) {
        return n instanceof Element e && e.getLocalName().equals("head");
    }

    private static void moveChildren(Element from, Element to) {
        while (from.getChildCount() > 0) {
            Node c = from.getChild(0);
            c.detach();
            to.appendChild(c);
        }
    }
}
