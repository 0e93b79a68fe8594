package org.teikit.convert.layout;

import nu.xom.Element;
import org.junit.jupiter.api.Test;
import org.teikit.tei.Tei;

import static org.teikit.testing.TeiAssert.assertSimilarIgnoringWhitespace;
import static org.teikit.testing.TeiAssert.tei;

class TurnFurnitureTest {
    private static Element sp(String who, Object... children) {
        return Tei.add(Tei.el("sp", Tei.at("who", who)), children);
    }

    @Test
    void furnitureClosingATurnStandsBetweenTheTurns() {
        Element div = Tei.add(Tei.el("div"),
                sp("#a", Tei.text("p", "One."), Tei.el("pb"), Tei.text("fw", "CHINESE", Tei.at("type", "header"))),
                sp("#b", Tei.text("p", "Two.")));
        TurnFurniture.liftTrailing(div);
        assertSimilarIgnoringWhitespace(tei("<div><sp who=\"#a\"><p>One.</p></sp><pb/><fw type=\"header\">CHINESE</fw>"
                + "<sp who=\"#b\"><p>Two.</p></sp></div>"), div.toXML());
    }

    @Test
    void furnitureWithMoreOfTheSpeechAfterItStaysInTheTurn() {
        String inside = tei("<div><sp who=\"#a\"><p>One.</p><pb/><fw type=\"header\">LEADERS</fw><p>On.</p></sp></div>");
        Element div = Tei.add(Tei.el("div"),
                sp("#a", Tei.text("p", "One."), Tei.el("pb"), Tei.text("fw", "LEADERS", Tei.at("type", "header")), Tei.text("p", "On.")));
        TurnFurniture.liftTrailing(div);
        assertSimilarIgnoringWhitespace(inside, div.toXML());
    }
}
