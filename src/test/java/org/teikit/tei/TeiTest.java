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
}
