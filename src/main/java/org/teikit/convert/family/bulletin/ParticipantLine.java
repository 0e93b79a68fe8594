package org.teikit.convert.family.bulletin;

import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Text;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed participants line ({@code On the Soviet side comrs. Molotov, Vyshinskii, and Kumykin.}),
 * its names already tagged, as what {@code listPerson} holds: a {@code head} with the words before the
 * first name, and one {@code person} per name holding its {@code persName} and the notes printed at it.
 * The commas and the closing full stop are the list's layout and give way to the {@code person}
 * elements; any other word of an entry ({@code and}) cannot stand bare in a {@code person}, so that
 * entry keeps its words in a {@code p}.
 */
final class ParticipantLine {
    /** Where one entry ends and the next begins: a comma or semicolon, or {@code and} between two names. */
    private static final Pattern SEPARATOR = Pattern.compile("[,;]|(?<=\\s|^)and(?=\\s|$)");
    /** What is left of an entry's text once the list's own layout is set aside. */
    private static final Pattern LAYOUT = Pattern.compile("^[\\s,;.:]*$");

    record Split(Element head, List<Element> persons) {}

    private ParticipantLine() {}

    /** Splits the tagged line; the line's element is left empty. */
    static Split split(Element line) {
        List<Node> nodes = new ArrayList<>();
        for (int k = 0; k < line.getChildCount(); k++) nodes.add(line.getChild(k));
        for (Node n : nodes) n.detach();
        List<Integer> names = new ArrayList<>();
        for (int k = 0; k < nodes.size(); k++) if (isName(nodes.get(k))) names.add(k);

        Element head = Tei.el("head");
        if (names.isEmpty()) {
            for (Node n : nodes) head.appendChild(n);
            return new Split(head, List.of());
        }
        List<List<Node>> entries = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) entries.add(new ArrayList<>());
        // before the first name: the heading, less the notes printed just before the name
        int first = names.get(0);
        int lead = first;
        while (lead > 0 && (nodes.get(lead - 1) instanceof Element e && e.getLocalName().equals("note")
                || nodes.get(lead - 1) instanceof Text t && t.getValue().isBlank())) lead--;
        for (int k = 0; k < lead; k++) head.appendChild(nodes.get(k));
        trimEnd(head);
        for (int k = lead; k <= first; k++) entries.get(0).add(nodes.get(k));
        // between two names: up to the separator, the earlier entry's; after it, the later one's
        for (int n = 0; n < names.size(); n++) {
            int from = names.get(n) + 1, to = n + 1 < names.size() ? names.get(n + 1) : nodes.size();
            boolean separated = n + 1 == names.size();
            for (int k = from; k < to; k++) {
                Node node = nodes.get(k);
                if (!separated && node instanceof Text t) {
                    Matcher m = SEPARATOR.matcher(t.getValue());
                    if (m.find()) {
                        separated = true;
                        entries.get(n).add(new Text(t.getValue().substring(0, m.start())));
                        // the separator itself: punctuation is layout, a word stays with the entry it opens
                        String rest = m.group().equals("and") ? t.getValue().substring(m.start()) : t.getValue().substring(m.end());
                        entries.get(n + 1).add(new Text(rest));
                        continue;
                    }
                }
                entries.get(separated && n + 1 < names.size() ? n + 1 : n).add(node);
            }
            if (n + 1 < names.size()) entries.get(n + 1).add(nodes.get(names.get(n + 1)));
        }
        List<Element> persons = new ArrayList<>();
        for (int n = 0; n < names.size(); n++) {
            persons.add(person(ref(nodes.get(names.get(n))), entries.get(n)));
        }
        return new Split(head, persons);
    }

    /** A name of the line: a {@code persName} with its pointer, or markup around one ({@code choice}, {@code hi}). */
    private static boolean isName(Node n) {
        return ref(n) != null;
    }

    private static String ref(Node n) {
        if (!(n instanceof Element e) || e.getLocalName().equals("note")) return null;
        if (e.getLocalName().equals("persName") && e.getAttribute("ref") != null) return e.getAttributeValue("ref");
        for (int k = 0; k < e.getChildCount(); k++) {
            String inner = ref(e.getChild(k));
            if (inner != null) return inner;
        }
        return null;
    }

    private static Element person(String ref, List<Node> entry) {
        Element person = Tei.el("person", Tei.at("corresp", ref));
        boolean plain = true;
        for (Node n : entry) {
            if (n instanceof Text t && !LAYOUT.matcher(t.getValue()).matches()) plain = false;
            if (n instanceof Element e && !e.getLocalName().equals("persName") && !e.getLocalName().equals("note")) plain = false;
        }
        if (plain) {
            for (Node n : entry) if (n instanceof Element) person.appendChild(n);
            return person;
        }
        Element p = Tei.el("p");
        for (Node n : entry) p.appendChild(n);
        trimStart(p);
        trimEnd(p);
        person.appendChild(p);
        return person;
    }

    /** Drops the whitespace and list punctuation that ended the heading or an entry. */
    private static void trimEnd(Element e) {
        while (e.getChildCount() > 0 && e.getChild(e.getChildCount() - 1) instanceof Text t) {
            String v = t.getValue().replaceFirst("[\\s,;]+$", "");
            if (!v.isEmpty()) { t.setValue(v); return; }
            e.removeChild(t);
        }
    }

    private static void trimStart(Element e) {
        while (e.getChildCount() > 0 && e.getChild(0) instanceof Text t) {
            String v = t.getValue().replaceFirst("^[\\s,;]+", "");
            if (!v.isEmpty()) { t.setValue(v); return; }
            e.removeChild(t);
        }
    }
}
