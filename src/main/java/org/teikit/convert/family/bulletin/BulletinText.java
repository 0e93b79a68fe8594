package org.teikit.convert.family.bulletin;

import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Text;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.dates.DateParser;
import org.teikit.convert.dates.IsoDate;
import org.teikit.convert.speech.NameFinder;
import org.teikit.convert.speech.NameTagger;
import org.teikit.convert.speech.People;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the writers of a bulletin section share: the inline encoder, the people, names and dates in text. */
final class BulletinText {
    private static final Pattern PLACE_BEFORE_DATE = Pattern.compile(",\\s+(\\p{Lu}\\p{L}+),\\s+$");

    final InlineEncoder inline;
    final People people;
    final NameFinder names;
    final NameTagger tagger;

    BulletinText(InlineEncoder inline, People people, NameFinder names) {
        this.inline = inline;
        this.people = people;
        this.names = names;
        this.tagger = new NameTagger(names, people);
    }

    Element element(String name, Block b) {
        return inline.element(name, inlinesOf(b));
    }

    /** A list item's content keeps its number as text when it is not laid out as a list. */
    static List<Inline> inlinesOf(Block b) {
        if (b.kind() != Block.Kind.LIST_ITEM || b.marker().isEmpty()) return b.inlines();
        List<Inline> out = new ArrayList<>();
        out.add(new Inline.Text(b.marker() + " "));
        out.addAll(b.inlines());
        return out;
    }

    /** Wraps each date in the element's own text as {@code <date when>} and a place just before it as {@code placeName}. */
    static void dates(Element e) {
        for (int i = 0; i < e.getChildCount(); i++) {
            if (!(e.getChild(i) instanceof Text t)) continue;
            String v = t.getValue();
            List<IsoDate> found = DateParser.find(v);
            if (found.isEmpty()) continue;
            List<Node> parts = new ArrayList<>();
            int pos = 0;
            for (IsoDate d : found) {
                String before = v.substring(pos, d.start());
                Matcher place = PLACE_BEFORE_DATE.matcher(before);
                if (place.find()) {
                    parts.add(new Text(before.substring(0, place.start(1))));
                    parts.add(Tei.text("placeName", place.group(1)));
                    parts.add(new Text(before.substring(place.end(1))));
                } else if (!before.isEmpty()) {
                    parts.add(new Text(before));
                }
                parts.add(Tei.text("date", v.substring(d.start(), d.end()), Tei.at("when", d.iso())));
                pos = d.end();
            }
            if (pos < v.length()) parts.add(new Text(v.substring(pos)));
            e.removeChild(i);
            for (int k = 0; k < parts.size(); k++) e.insertChild(parts.get(k), i + k);
            i += parts.size() - 1;
        }
    }

    /**
     * Puts an encoded {@code [Source: …]} citation into the division. TEI admits nothing but closing
     * material after a {@code closer}, so when the record's closing formulas came first the citation
     * goes just before them.
     */
    static void placeCitation(Element encoded, Element div, Element closer) {
        int at = closer != null && closer.getParent() == div ? div.indexOf(closer) : div.getChildCount();
        for (Node n : ConversationWriter.children(encoded)) {
            n.detach();
            if (n instanceof Text t && t.getValue().isBlank()) continue;
            div.insertChild(n, at++);
        }
    }

    static Element fw(String type, String text) {
        return Tei.text("fw", text, Tei.at("type", type));
    }

    /**
     * A piece of furniture as {@code fw}; one printed at the top of a page (a running head, a
     * {@code … continued from page N}) is itself the evidence of a page turn, so a {@code pb} precedes
     * it and no reader takes the head for words of the text around it.
     */
    static List<Element> furniture(BulletinLayout.Item it) {
        Element fw = fw(it.kind() == BulletinLayout.Kind.FW_CATCH ? "catch" : "header", it.text());
        return BulletinLayout.topOfPage(it) ? List.of(Tei.el("pb"), fw) : List.of(fw);
    }
}
