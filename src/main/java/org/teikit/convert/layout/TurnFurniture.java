package org.teikit.convert.layout;

import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Page furniture a writer put into the turn still open when it came: if nothing of that turn followed,
 * the page turned between two turns, and the breaks and furniture belong between them, not to the
 * speech before. Furniture with more of the turn after it stays in the {@code sp}, where it marks the
 * page turn within the speech.
 */
public final class TurnFurniture {
    private static final Set<String> FURNITURE = Set.of("pb", "cb", "fw");

    private TurnFurniture() {}

    /** Moves the furniture that closes each {@code sp} of the division to just after it. */
    public static void liftTrailing(Element div) {
        for (int i = 0; i < div.getChildCount(); i++) {
            if (!(div.getChild(i) instanceof Element sp) || !sp.getLocalName().equals("sp")) continue;
            List<Node> trailing = new ArrayList<>();
            for (int k = sp.getChildCount() - 1; k >= 0; k--) {
                Node c = sp.getChild(k);
                if (c instanceof Text t && t.getValue().isBlank()) continue;
                if (!(c instanceof Element e) || !FURNITURE.contains(e.getLocalName())) break;
                trailing.add(0, c);
            }
            if (trailing.size() == elementCount(sp)) continue;   // a turn of furniture only: nothing to lift it from
            for (Node n : trailing) {
                n.detach();
                div.insertChild(n, ++i);
            }
        }
    }

    private static int elementCount(Element e) {
        return e.getChildElements().size();
    }
}
