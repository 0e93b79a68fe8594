package org.teikit.convert;

import nu.xom.Element;
import nu.xom.Nodes;
import org.junit.jupiter.api.Test;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Turn ids go to exactly the turns the XPath {@code .//*[local-name()='sp'][not(@xml:id)]} selects, in its order. */
class TurnNumbersTest {
    @Test
    void everyTurnWithoutAnIdIsNumberedInDocumentOrder() {
        Random r = new Random(11);
        for (int n = 0; n < 200; n++) {
            Element text = randomTree(r, 0);
            Element copy = (Element) text.copy();
            Nodes expected = copy.query(".//*[local-name()='sp'][not(@xml:id)]");
            for (int i = 0; i < expected.size(); i++) Tei.attr((Element) expected.get(i), "xml:id", "sp-" + (i + 1));
            TeiBuilder.numberTurns(text);
            assertEquals(copy.toXML(), text.toXML());
        }
    }

    private static Element randomTree(Random r, int depth) {
        String[] names = {"sp", "div", "p", "sp", "speaker"};
        Element e = r.nextInt(8) == 0 ? new Element("sp", "urn:other") : Tei.el(names[r.nextInt(names.length)]);
        if (e.getLocalName().equals("sp") && r.nextInt(4) == 0) Tei.attr(e, "xml:id", "given-" + r.nextInt(100));
        if (r.nextInt(6) == 0) Tei.attr(e, "id", "not-xml-id");
        List<Element> children = new ArrayList<>();
        for (int k = depth < 4 ? r.nextInt(4) : 0; k > 0; k--) children.add(randomTree(r, depth + 1));
        for (Element c : children) {
            if (r.nextBoolean()) e.appendChild("text ");
            e.appendChild(c);
        }
        return e;
    }
}
