package org.teikit.convert.speech;

import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Text;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Marks the known people named in encoded text as {@code <persName ref="#id">}, records each surface
 * form in the document's {@link People}, and reports who was named (for participant lists, signatures,
 * "Recorded by" lines). Text already inside names, notes or editorial readings is left alone.
 */
public final class NameTagger {
    private static final Set<String> SKIP = Set.of("persName", "note", "speaker", "reg", "expan", "supplied", "fw", "stamp", "bibl", "desc");

    private final NameFinder names;
    private final People people;

    public NameTagger(NameFinder names, People people) {
        this.names = names;
        this.people = people;
    }

    /** Tags names inside {@code e}; returns the ids named, in order. */
    public Set<String> tag(Element e) {
        Set<String> ids = new LinkedHashSet<>();
        List<Text> texts = new ArrayList<>();
        collect(e, texts);
        for (Text t : texts) split(t, ids);
        return ids;
    }

    private static void collect(Element e, List<Text> out) {
        for (int i = 0; i < e.getChildCount(); i++) {
            Node n = e.getChild(i);
            if (n instanceof Text t) out.add(t);
            else if (n instanceof Element c && !SKIP.contains(c.getLocalName())) collect(c, out);
        }
    }

    private void split(Text t, Set<String> ids) {
        String v = t.getValue();
        Element parent = (Element) t.getParent();
        int index = parent.indexOf(t);
        List<Node> parts = new ArrayList<>();
        int pos = 0, i = 0;
        while (i < v.length()) {
            boolean wordStart = (i == 0 || !Character.isLetterOrDigit(v.charAt(i - 1)) && v.charAt(i - 1) != '.')
                    && Character.isLetter(v.charAt(i));
            Optional<NameFinder.Match> m = wordStart ? names.at(v, i) : Optional.empty();
            if (m.isPresent()) {
                if (i > pos) parts.add(new Text(v.substring(pos, i)));
                String surface = m.get().surface();
                String id = people.use(surface);
                ids.add(id);
                parts.add(Tei.text("persName", surface, Tei.at("ref", "#" + id)));
                pos = i = m.get().end();
            } else {
                i++;
            }
        }
        if (parts.isEmpty()) return;
        if (pos < v.length()) parts.add(new Text(v.substring(pos)));
        parent.removeChild(index);
        for (int k = 0; k < parts.size(); k++) parent.insertChild(parts.get(k), index + k);
    }
}
