package org.teikit.tei;

import nu.xom.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TeiTest {

    @Test
    void descendantsAreFoundInDocumentOrderAtAnyDepthInAnyNamespaceButNotTheRootItself() {
        Element root = Tei.el("del");
        Element p = Tei.add(Tei.el("p"), Tei.text("del", "a"), Tei.add(Tei.el("hi"), Tei.text("del", "b")));
        Element foreign = new Element("x:del", "urn:example");
        foreign.appendChild("c");
        Tei.add(root, p, foreign, Tei.text("del", "d"));

        List<Element> found = Tei.descendants(root, "del");

        assertEquals(List.of("a", "b", "c", "d"), found.stream().map(Element::getValue).toList());
        assertEquals(List.of(), Tei.descendants(Tei.text("del", "only text"), "del"));
    }

    @Test
    void attributesArePairsAndOneWithoutANameIsRefused() {
        // a name without its value no longer compiles (Tei.el takes Attr pairs); a pair without a name is refused
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Tei.el("sp", Tei.at("who", "#a"), Tei.at(null, "2")));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("without a name"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertEquals("#a", Tei.el("sp", Tei.at("who", "#a")).getAttributeValue("who"));
    }

    @Test
    void aNullValueLeavesItsAttributeOutAndTheOthersIn() {
        nu.xom.Element sp = Tei.el("sp", Tei.at("who", null), Tei.at("n", "2"));
        org.junit.jupiter.api.Assertions.assertNull(sp.getAttribute("who"));
        org.junit.jupiter.api.Assertions.assertEquals("2", sp.getAttributeValue("n"));
    }

    @Test
    void onlyNodesAndStringsBecomeChildrenNeverAnObjectsToString() {
        nu.xom.Element p = Tei.add(Tei.el("p"), "a ", Tei.text("hi", "b", Tei.at("rend", "italic")), java.util.List.of(" c"), null);
        org.junit.jupiter.api.Assertions.assertEquals("a b c", p.getValue());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Tei.add(Tei.el("p"), 42));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Tei.add(Tei.el("p"), new StringBuilder("built")));
    }
}
