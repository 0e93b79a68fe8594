package org.teikit.lsp;

import java.util.List;
import org.eclipse.lsp4j.Location;

/** From a pointer ({@code who="#x"}, {@code ref}, {@code corresp}, {@code target}) to the element with that xml:id. */
final class Definitions {
    private Definitions() {}

    static List<Location> at(OpenDocument doc, int offset, IdIndex ids) {
        if (doc.text() == null) return List.of();
        Markup.Token tag = doc.tree().startTagAt(offset);
        if (tag == null) return List.of();
        for (Markup.Attribute a : tag.attributes()) {
            if (a.valueStart() < 0 || offset < a.valueStart() || offset > a.valueEnd()) continue;
            // the whitespace-separated pointer under the cursor
            String v = a.value();
            int at = offset - a.valueStart();
            int from = at, to = at;
            while (from > 0 && !Character.isWhitespace(v.charAt(from - 1))) from--;
            while (to < v.length() && !Character.isWhitespace(v.charAt(to))) to++;
            String pointer = v.substring(from, to);
            int hash = pointer.indexOf('#');
            if (hash < 0) return List.of();
            return ids.find(pointer.substring(hash + 1))
                    .map(t -> List.of(new Location(t.uri(), t.lines().range(t.offset(), t.end()))))
                    .orElse(List.of());
        }
        return List.of();
    }
}
