package org.teikit.convert.apparatus;

import nu.xom.Element;
import org.teikit.tei.Tei;

/** Note elements of the kinds the encoding guide fixes. */
public final class Notes {
    private Notes() {}

    public static Element unavailable(String n, String place) {
        return Tei.el("note", Tei.at("type", "unavailable"), Tei.at("place", place), Tei.at("n", n));
    }

    public static Element typed(String type, String text) {
        return Tei.text("note", text, Tei.at("type", type));
    }
}
