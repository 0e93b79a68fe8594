package org.teikit.convert.family.memorandum;

import org.teikit.convert.layout.InlineLists;
import nu.xom.Element;
import org.teikit.convert.TeiBuilder;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.speech.NameMarker;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.source.InlineCut;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memorandum's participants ("Present:" and the lines under it) as a {@code listPerson type="present"}: one
 * {@code person} per entry holding its {@code persName} and {@code occupation} as printed, the name registered,
 * the office also recorded as the declared person's occupation (and role, for an interpreter or recorder).
 */
final class MemoParticipants {
    private MemoParticipants() {}

    private static final Pattern PARTICIPANT_START = Pattern.compile(
            "^(?:Mr\\.?|Mrs\\.?|Miss|Sir|Lord|Major|Marshal|General|Admiral|Colonel|Captain|Ambassador|Secretary|Comrade|Dr\\.?|The\\s)");
    private static final Pattern LEADING_SPACE = Pattern.compile("\\s+");
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(interpreter|translator|recorder|note-taker)\\b");

    static boolean isParticipantBlock(Block b) {
        String p = b.plain().strip();
        return b.kind() == Block.Kind.PARAGRAPH && PARTICIPANT_START.matcher(p).lookingAt() && InlineLists.atMostWords(p, 29);
    }

    /**
     * The participants: printed lines grouped into entries (a line that does not open with a title or
     * article continues the entry before it), each entry split into name and office at its comma.
     */
    static Element listPerson(List<Block> blocks, InlineEncoder inline, TeiBuilder tei) {
        Element list = Tei.el("listPerson", Tei.at("type", "present"));
        List<List<Inline>> entries = new ArrayList<>();
        List<Inline> label = null;
        for (Block b : blocks) {
            for (List<Inline> line : InlineLists.lines(b.inlines())) {
                List<Inline> l = line;
                if (label == null) {
                    // the label: "**Present:**" (bold) or "Present:" at the start of the first line
                    if (!l.isEmpty() && l.get(0) instanceof Inline.Styled s && MemorandumOfConversation.PRESENT.matcher(s.plain().strip()).matches()) {
                        label = List.of(l.get(0));
                        l = InlineLists.withoutLeading(l.subList(1, l.size()), LEADING_SPACE);
                    } else {
                        Matcher m = MemorandumOfConversation.PRESENT.matcher(Inline.plain(l));
                        if (m.lookingAt()) {
                            label = List.of(new Inline.Text(Inline.plain(l).substring(0, m.end())));
                            l = InlineLists.withoutLeading(l, Pattern.compile(Pattern.quote(Inline.plain(l).substring(0, m.end())) + "\\s*"));
                        }
                    }
                }
                String text = Inline.plain(l).strip();
                if (text.isEmpty()) continue;
                if (entries.isEmpty() || PARTICIPANT_START.matcher(text).lookingAt()) {
                    entries.add(new ArrayList<>(l));
                } else {
                    List<Inline> last = entries.get(entries.size() - 1);
                    last.add(new Inline.Text(" "));
                    last.addAll(l);
                }
            }
        }
        if (label != null) list.appendChild(inline.element("head", label));
        for (List<Inline> entry : entries) {
            String text = Inline.plain(entry).replaceAll("\\s+", " ").strip();
            String name = text, office = null;
            int comma = text.indexOf(", ");
            if (comma > 0) {
                String a = text.substring(0, comma), b = text.substring(comma + 2);
                if (a.matches("(?i)^the\\s.*") && !b.isBlank()) { office = a; name = b; } else { name = a; office = b; }
            }
            String id = tei.people().use(name);
            if (office != null) {
                tei.people().occupation(id, office.replaceFirst("^(?i)the\\s+", ""));
                Matcher role = ROLE.matcher(office);
                if (role.find()) tei.people().role(id, role.group(1).toLowerCase(Locale.ROOT));
            }
            list.appendChild(person(joined(entry), name, office, id, inline));
        }
        return list;
    }

    /**
     * One participant: the name as printed in {@code persName} and the office in {@code occupation}, in
     * the source's order (the comma between them is the list's layout). An office with markup of its
     * own cannot be an {@code occupation} (text only): that entry keeps its words in a {@code p}.
     */
    private static Element person(List<Inline> entry, String name, String office, String id, InlineEncoder inline) {
        Element person = Tei.el("person", Tei.at("corresp", "#" + id));
        String plain = Inline.plain(entry);
        int comma = plain.indexOf(", ");
        if (office != null && comma > 0) {
            boolean officeFirst = plain.startsWith(office);
            List<Inline> first = InlineLists.stripped(InlineCut.before(entry, comma)), second = InlineLists.stripped(InlineCut.from(entry, comma + 2));
            Element persName = inline.element("persName", officeFirst ? second : first);
            Element occupation = inline.element("occupation", officeFirst ? first : second);
            if (occupation.getChildElements().size() == 0 && persName.getValue().strip().equals(name)) {
                Tei.attr(persName, "ref", "#" + id);
                person.appendChild(officeFirst ? occupation : persName);
                person.appendChild(officeFirst ? persName : occupation);
                return person;
            }
        } else if (office == null) {
            Element persName = inline.element("persName", entry);
            if (persName.getValue().strip().equals(name)) {
                Tei.attr(persName, "ref", "#" + id);
                return Tei.add(person, persName);
            }
        }
        Element p = Tei.el("p");
        inline.encode(entry, p);
        NameMarker.mark(p, name, id);
        return Tei.add(person, p);
    }

    /** The entry's runs with whitespace runs collapsed, so a name split over two lines is one string. */
    private static List<Inline> joined(List<Inline> entry) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : entry) {
            if (i instanceof Inline.Text t) {
                String v = t.text().replaceAll("\\s+", " ");
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
                    out.set(out.size() - 1, new Inline.Text((prev.text() + v).replaceAll("\\s+", " ")));
                } else {
                    out.add(new Inline.Text(v));
                }
            } else {
                out.add(i);
            }
        }
        return InlineLists.stripped(out);
    }
}
