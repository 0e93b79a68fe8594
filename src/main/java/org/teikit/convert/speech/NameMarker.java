package org.teikit.convert.speech;

import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Text;
import org.teikit.tei.Tei;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks a name in already-encoded text as {@code <persName ref="#id">}: the first occurrence of the
 * surface form as a whole word, outside notes and existing names.
 */
public final class NameMarker {
    private static final Set<String> SKIP = Set.of("note", "persName", "date", "fw", "stamp", "speaker");

    private NameMarker() {}

    /** True when the surface form was found and marked. */
    public static boolean mark(Element e, String surface, String id) {
        return wrap(e, surface, Tei.el("persName", Tei.at("ref", "#" + id)));
    }

    /** Wraps the first whole-word occurrence of {@code surface} in {@code wrapper} (an empty element). */
    public static boolean wrap(Element e, String surface, Element wrapper) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface.strip()) + "(?![\\p{L}\\p{N}])");
        return wrap(e, p, wrapper);
    }

    private static boolean wrap(Element e, Pattern p, Element wrapper) {
        for (int i = 0; i < e.getChildCount(); i++) {
            Node c = e.getChild(i);
            if (c instanceof Element ce) {
                if (!SKIP.contains(ce.getLocalName()) && wrap(ce, p, wrapper)) return true;
            } else if (c instanceof Text t) {
                Matcher m = p.matcher(t.getValue());
                if (m.find()) {
                    String v = t.getValue();
                    e.removeChild(i);
                    int k = i;
                    if (m.start() > 0) e.insertChild(new Text(v.substring(0, m.start())), k++);
                    wrapper.appendChild(m.group());
                    e.insertChild(wrapper, k++);
                    if (m.end() < v.length()) e.insertChild(new Text(v.substring(m.end())), k);
                    return true;
                }
            }
        }
        return false;
    }
}
