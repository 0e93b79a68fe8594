package org.teikit.convert.dates;

import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Text;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Marks the dates in already-encoded text as {@code <date when="…">}, the value always from
 * {@link DateParser}. Notes and existing dates are left alone, so a note's date never becomes the
 * date of the passage it annotates.
 */
public final class DateMarker {
    private static final Set<String> SKIP = Set.of("note", "date", "docDate", "idno", "fw", "stamp");

    private DateMarker() {}

    /** Wraps every date in {@code e}'s text; returns their ISO values in document order. */
    public static List<String> markAll(Element e) {
        List<String> found = new ArrayList<>();
        mark(e, found, Integer.MAX_VALUE);
        return found;
    }

    /** Wraps the first date in {@code e}'s text, if any. */
    public static Optional<String> markFirst(Element e) {
        List<String> found = new ArrayList<>();
        mark(e, found, 1);
        return found.stream().findFirst();
    }

    private static void mark(Element e, List<String> found, int limit) {
        for (int i = 0; i < e.getChildCount() && found.size() < limit; i++) {
            Node c = e.getChild(i);
            if (c instanceof Element ce) {
                if (!SKIP.contains(ce.getLocalName())) mark(ce, found, limit);
            } else if (c instanceof Text t) {
                int added = split(e, i, t, found, limit);
                i += added;
            }
        }
    }

    /** Replaces one text node by text and date nodes; returns how many nodes were added. */
    private static int split(Element parent, int index, Text t, List<String> found, int limit) {
        String v = t.getValue();
        List<IsoDate> dates = DateParser.find(v);
        if (dates.isEmpty()) return 0;
        List<Node> parts = new ArrayList<>();
        int pos = 0;
        for (IsoDate d : dates) {
            if (found.size() >= limit) break;
            if (d.start() > pos) parts.add(new Text(v.substring(pos, d.start())));
            parts.add(Tei.text("date", v.substring(d.start(), d.end()), Tei.at("when", d.iso())));
            found.add(d.iso());
            pos = d.end();
        }
        if (pos < v.length()) parts.add(new Text(v.substring(pos)));
        parent.removeChild(index);
        for (int k = 0; k < parts.size(); k++) parent.insertChild(parts.get(k), index + k);
        return parts.size() - 1;
    }
}
