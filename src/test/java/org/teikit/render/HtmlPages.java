package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The HTML views read as HTML (jsoup's HTML5 parser): elements found by id and CSS selector, compared node by node. */
final class HtmlPages {
    private HtmlPages() {}

    static Document read(Path page) throws IOException {
        Document d = Jsoup.parse(page.toFile(), "UTF-8");
        d.outputSettings().prettyPrint(false);
        return d;
    }

    /** The element with this id, which must exist. */
    static Element byId(Element scope, String id) {
        Element e = scope.getElementById(id);
        assertNotNull(e, "element #" + id);
        return e;
    }

    /** The first element the selector finds (the scope itself included), which must exist. */
    static Element first(Element scope, String css) {
        Element e = scope.selectFirst(css);
        assertNotNull(e, "no " + css + " in " + where(scope));
        return e;
    }

    /** Asserts that some element matching the selector has exactly this text, spaces included. */
    static Element withText(Element scope, String css, String text) {
        for (Element e : scope.select(css)) if (e.wholeText().equals(text)) return e;
        throw new AssertionError("no " + css + " with the text \"" + text + "\" in " + where(scope) + ": "
                + scope.select(css).eachText());
    }

    /** The text that follows an element, up to the next element (spaces included). */
    static String textAfter(Element e) {
        return e.nextSibling() instanceof TextNode t ? t.getWholeText() : "";
    }

    /**
     * Asserts that some element under {@code scope} has, among its children and in a row, the nodes of the HTML
     * fragment (elements compared whole, as jsoup serialises them; texts exactly). A text at the start of the
     * fragment may end a longer text, one at its end may begin one: a quotation mark is part of its sentence.
     */
    static void assertInARow(Element scope, String fragment) {
        Document parsed = Jsoup.parseBodyFragment(fragment);
        parsed.outputSettings().prettyPrint(false);
        List<Node> expected = parsed.body().childNodes();
        for (Element e : scope.getAllElements()) {
            List<Node> children = e.childNodes();
            for (int i = 0; i + expected.size() <= children.size(); i++) {
                if (inARow(children, i, expected)) return;
            }
        }
        throw new AssertionError("no element of " + where(scope) + " has the nodes " + fragment);
    }

    private static boolean inARow(List<Node> children, int from, List<Node> expected) {
        for (int j = 0; j < expected.size(); j++) {
            Node want = expected.get(j), have = children.get(from + j);
            if (want instanceof TextNode w) {
                if (!(have instanceof TextNode h)) return false;
                String a = h.getWholeText(), b = w.getWholeText();
                boolean ok = j == 0 && expected.size() > 1 ? a.endsWith(b)
                        : j == expected.size() - 1 && expected.size() > 1 ? a.startsWith(b) : a.equals(b);
                if (!ok) return false;
            } else if (!(have instanceof Element) || !have.outerHtml().equals(want.outerHtml())) {
                return false;
            }
        }
        return true;
    }

    /** Asserts the text of an element's descendants that follows a label element, as in "Present: Stalin". */
    static void assertLabelled(Element scope, String css, String label, String textStart) {
        Element l = withText(scope, css, label);
        String after = textAfter(l);
        assertTrue(after.startsWith(textStart), label + " is followed by \"" + after + "\", not \"" + textStart + "…\"");
    }

    /** Position of an element in document order. */
    static int position(Element e) {
        return e.ownerDocument().getAllElements().indexOf(e);
    }

    private static String where(Element scope) {
        return scope instanceof Document d ? d.location() : scope.cssSelector();
    }

    static void assertOnlyText(Element e, String text) {
        assertEquals(text, e.wholeText(), e.cssSelector());
        assertEquals(0, e.childrenSize(), e.cssSelector() + " has only text");
    }
}
