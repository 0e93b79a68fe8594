package org.teikit.convert.family.memorandum;

import nu.xom.Element;
import nu.xom.Node;
import org.teikit.tei.Tei;

/**
 * Where a memorandum's archive stamps stand. TEI's {@code stamp} is phrase-level, and the stamps share
 * the top of the page with the memo's title and date, before any paragraph, so a run of them (with the
 * page number printed among them) is one {@code opener}, the preliminary group of the division; each
 * stamp is a printed line of its own, so an {@code lb} parts it from what came before and no consumer
 * runs two stamps together. The memo's own title ({@code head}) and date ({@code dateline}) end a run.
 */
final class StampGroup {
    private StampGroup() {}

    /** Adds a stamp to the run the division ends with, opening one if needed. */
    static void addStamp(Element div, Element stamp) {
        Element group = open(div);
        if (group == null) {
            group = Tei.el("opener");
            div.appendChild(group);
        }
        line(group, stamp);
    }

    /** Furniture printed among the stamps (a page number) joins their run; elsewhere it stands in the division. */
    static void addFurniture(Element div, Element fw) {
        Element group = open(div);
        if (group != null) line(group, fw);
        else div.appendChild(fw);
    }

    private static void line(Element group, Element e) {
        if (group.getChildCount() > 0) group.appendChild(Tei.el("lb"));
        group.appendChild(e);
    }

    private static Element open(Element div) {
        for (int k = div.getChildCount() - 1; k >= 0; k--) {
            Node c = div.getChild(k);
            if (c instanceof Element e) return e.getLocalName().equals("opener") ? e : null;
        }
        return null;
    }
}
