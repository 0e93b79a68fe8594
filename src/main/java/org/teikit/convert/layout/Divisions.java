package org.teikit.convert.layout;

import nu.xom.Element;
import org.teikit.tei.Tei;

import java.util.Set;

/** Keeps divisions valid when the source gives a document only a heading, opener or closer. */
public final class Divisions {
    /** Children that frame a division's text but are not text (TEI's divTop, divBottom and global classes). */
    private static final Set<String> FRAME = Set.of("head", "opener", "closer", "dateline", "byline", "docAuthor",
            "docDate", "salute", "signed", "argument", "epigraph", "fw", "pb", "cb", "lb", "milestone", "note",
            "postscript", "trailer", "gap", "anchor");
    private static final Set<String> BOTTOM = Set.of("closer", "postscript", "trailer", "signed", "dateline", "salute");

    private Divisions() {}

    /** Adds an empty {@code p} (no words) where the text would be, if the division has none. */
    public static void ensureText(Element div) {
        var children = div.getChildElements();
        int insertAt = div.getChildCount();
        boolean seenText = false;
        for (int i = 0; i < children.size(); i++) {
            Element c = children.get(i);
            if (!FRAME.contains(c.getLocalName())) { seenText = true; break; }
        }
        if (seenText) return;
        for (int i = 0; i < div.getChildCount(); i++) {
            if (div.getChild(i) instanceof Element e && BOTTOM.contains(e.getLocalName()) && precededByContent(div, i)) {
                insertAt = i;
                break;
            }
        }
        div.insertChild(Tei.el("p"), insertAt);
    }

    /** A bottom element counts as bottom only after the top (head/opener) part. */
    private static boolean precededByContent(Element div, int index) {
        for (int i = 0; i < index; i++) {
            if (div.getChild(i) instanceof Element e && Set.of("head", "opener", "byline", "argument", "epigraph", "docDate", "docAuthor").contains(e.getLocalName())) return true;
        }
        return div.getChild(index) instanceof Element e && e.getLocalName().equals("closer");
    }
}
