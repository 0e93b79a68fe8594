package org.teikit.convert.apparatus;

import nu.xom.Element;
import nu.xom.Node;
import nu.xom.ParentNode;
import nu.xom.Text;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;

/**
 * Page and column breaks inside rejoined text. Layout code works on plain inline text, so it marks a
 * break with a private-use character; {@link #resolve} turns the marks into {@code <cb/>} and
 * {@code <lb break="no"/>} once the TEI is built. The characters never reach the output.
 */
public final class BreakMarkers {
    /** A column or page break between two parts of a rejoined paragraph. */
    public static final String COLUMN = "\uE000";
    /** A break inside a hyphenated word ({@code artil-} ⏎ {@code lery}); the hyphen is dropped. */
    public static final String WORD = "\uE001";

    private BreakMarkers() {}

    public static void resolve(ParentNode root) {
        List<Text> texts = new ArrayList<>();
        collect(root, texts);
        for (Text t : texts) {
            String v = t.getValue();
            if (v.indexOf('\uE000') < 0 && v.indexOf('\uE001') < 0) continue;
            ParentNode parent = t.getParent();
            int index = parent.indexOf(t);
            List<Node> parts = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (char c : v.toCharArray()) {
                if (c == '\uE000' || c == '\uE001') {
                    if (run.length() > 0) parts.add(new Text(run.toString()));
                    run.setLength(0);
                    parts.add(c == '\uE000' ? Tei.el("cb") : Tei.el("lb", Tei.at("break", "no")));
                } else {
                    run.append(c);
                }
            }
            if (run.length() > 0) parts.add(new Text(run.toString()));
            parent.removeChild(index);
            for (int i = 0; i < parts.size(); i++) parent.insertChild(parts.get(i), index + i);
        }
    }

    private static void collect(ParentNode p, List<Text> out) {
        for (int i = 0; i < p.getChildCount(); i++) {
            Node n = p.getChild(i);
            if (n instanceof Text t) out.add(t);
            else if (n instanceof Element e) collect(e, out);
        }
    }
}
