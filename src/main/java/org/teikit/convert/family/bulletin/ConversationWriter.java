package org.teikit.convert.family.bulletin;

import nu.xom.Element;
import nu.xom.Node;
import org.teikit.convert.dates.DateParser;
import org.teikit.source.InlineCut;
import org.teikit.convert.speech.NameFinder;
import org.teikit.convert.speech.Narration;
import org.teikit.convert.speech.PersonRegistry;
import org.teikit.convert.speech.TurnSegmenter;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.convert.layout.TurnFurniture;
import org.teikit.convert.layout.UniqueIds;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One record of conversation of a bulletin section as {@code div type="conversation"}: the heading
 * (with its date and place), the record's own title, date and participant lists, the turns, narration,
 * the closing formulas ({@code Recorded by …}, signatures) and the {@code [Source: …]} citation.
 */
final class ConversationWriter {
    static final Pattern HEADING = Pattern.compile("^([IVXL]+)[.:]\\s+(\\p{Lu}.{5,200})$");
    private static final Pattern PRESENT = Pattern.compile("(?i)^(?:also )?present\\b");
    private static final Pattern SIDE = Pattern.compile("(?i)^on the [\\p{L}\\- ]+ side\\b");
    private static final Pattern TRANSLATED = Pattern.compile("(?i)^(?:translated|interpreted) by\\b");
    private static final Pattern RECORDED = Pattern.compile("(?i)^(?:recorded|transcribed|minuted) by\\b");
    private static final Pattern SIGNATURE = Pattern.compile("(?i)\\[signature[^\\]]*\\]");
    private static final Pattern SOURCE = Pattern.compile("^\\[Source:");
    private static final Pattern CLASSIFICATION = Pattern.compile("(?i)^\\[classification[^\\]]*\\]$");

    private final BulletinText text;
    private final PersonRegistry registry;

    private final UniqueIds ids = new UniqueIds();

    ConversationWriter(BulletinText text, PersonRegistry registry) {
        this.text = text;
        this.registry = registry;
    }

    Element write(List<BulletinLayout.Item> items) {
        BulletinLayout.Item first = items.get(0);
        Matcher h = HEADING.matcher(first.text());
        Element div = Tei.el("div", Tei.at("type", "conversation"));
        if (h.matches()) {
            Tei.attr(div, "n", h.group(1));
            Tei.attr(div, "xml:id", ids.take("conversation-" + h.group(1)));
        }
        Element head = text.element("head", first.block());
        BulletinText.dates(head);
        text.tagger.tag(head);
        div.appendChild(head);

        Set<String> participants = participants(items);
        TurnSegmenter turns = new TurnSegmenter(registry, participants::contains);
        int i = 1;
        i = header(items, i, div);
        Element sp = null;
        Element closer = null;
        boolean recorders = false;
        for (; i < items.size(); i++) {
            BulletinLayout.Item it = items.get(i);
            if (!it.isBlock()) {
                Element into = sp != null ? sp : closer != null ? closer : div;
                for (Element f : BulletinText.furniture(it)) into.appendChild(f);
                continue;
            }
            Block b = it.block();
            String t = it.text();
            if (b.isBreak()) {
                div.appendChild(Tei.el("milestone", Tei.at("unit", "section")));
                sp = null;
                continue;
            }
            if (SOURCE.matcher(t).find()) {
                Element holder = Tei.el("p");
                text.inline.encode(b.inlines(), holder);
                BulletinText.placeCitation(holder, div, closer);
                sp = null;
                continue;
            }
            boolean recordedLine = RECORDED.matcher(t).find();
            if (recordedLine || SIGNATURE.matcher(t).find() && (closer != null || t.length() < 120)) {
                if (closer == null) {
                    closer = Tei.el("closer");
                    div.appendChild(closer);
                }
                recorders |= recordedLine;
                Element part = text.element(SIGNATURE.matcher(t).find() ? "signed" : "seg", b);
                Set<String> named = text.tagger.tag(part);
                if (recorders) for (String id : named) text.people.role(id, "recorder");
                if (part.getLocalName().equals("seg")) {
                    if (closer.getChildCount() > 0) closer.appendChild(" ");
                    for (Node n : children(part)) { n.detach(); closer.appendChild(n); }
                    closer.appendChild(" ");
                } else {
                    closer.appendChild(part);
                }
                sp = null;
                continue;
            }
            if (PRESENT.matcher(t).find() && Narration.is(t)) {
                Element p = text.element("p", b);
                for (String id : text.tagger.tag(p)) text.people.role(id, "participant");
                div.appendChild(p);
                turns.interrupt();
                sp = null;
                continue;
            }
            for (TurnSegmenter.Piece piece : turns.segment(BulletinText.inlinesOf(b))) {
                sp = piece(piece, sp, div);
            }
        }
        TurnFurniture.liftTrailing(div);
        return div;
    }

    /** Writes one piece; returns the turn still open for a continuation (null after narration). */
    private Element piece(TurnSegmenter.Piece piece, Element sp, Element div) {
        switch (piece.kind()) {
            case NARRATION -> {
                Element p = text.inline.element("p", piece.content());
                text.tagger.tag(p);
                div.appendChild(p);
                return null;
            }
            case LABELLED -> {
                text.people.use(piece.label());
                Element turn = Tei.el("sp", Tei.at("who", "#" + piece.who()));
                turn.appendChild(Tei.text("speaker", piece.label()));
                turn.appendChild(text.inline.element("p", InlineCut.stripLeading(piece.content())));
                div.appendChild(turn);
                return turn;
            }
            case THIRD_PERSON -> {
                var a = piece.attribution();
                text.people.use(a.surface());
                Element turn = Tei.el("sp", Tei.at("who", "#" + piece.who()));
                Element p = Tei.el("p");
                text.inline.encode(InlineCut.before(piece.content(), a.nameStart()), p);
                Element name = text.inline.element("persName", InlineCut.between(piece.content(), a.nameStart(), a.nameEnd()));
                Tei.attr(name, "ref", "#" + piece.who());
                p.appendChild(name);
                text.inline.encode(InlineCut.from(piece.content(), a.nameEnd()), p);
                turn.appendChild(p);
                div.appendChild(turn);
                return turn;
            }
            default -> {
                Element p = text.inline.element("p", piece.content());
                if (sp != null && sp.getParent() == div && sp == lastElement(div) && sp.getAttributeValue("who").equals("#" + piece.who())) {
                    sp.appendChild(p);
                    return sp;
                }
                Element turn = Tei.el("sp", Tei.at("who", "#" + piece.who()));
                turn.appendChild(p);
                div.appendChild(turn);
                return turn;
            }
        }
    }

    /** The record's own title, date, participant lists and translators; returns the index of the first turn. */
    private int header(List<BulletinLayout.Item> items, int i, Element div) {
        Element present = null;
        for (; i < items.size(); i++) {
            BulletinLayout.Item it = items.get(i);
            if (!it.isBlock()) {
                for (Element f : BulletinText.furniture(it)) div.appendChild(f);
                continue;
            }
            Block b = it.block();
            String t = it.text();
            if (CLASSIFICATION.matcher(t).matches()) {
                Element holder = text.element("p", b);
                for (Node n : children(holder)) { n.detach(); div.appendChild(n); }
            } else if (BulletinLayout.isCapsHeading(t.replaceAll("\\d{1,2} \\p{Lu}\\p{Ll}+ \\d{4}", "").replaceAll("\\bon\\b", "").strip())
                    && t.length() > 20) {
                Element sub = text.element("head", b);
                Tei.attr(sub, "type", "sub");
                BulletinText.dates(sub);
                text.tagger.tag(sub);
                div.appendChild(sub);
            } else if (DateParser.parse(t).isPresent()) {
                Element dateline = Tei.add(Tei.el("dateline"), Tei.text("date", t, Tei.at("when", DateParser.parse(t).get())));
                div.appendChild(dateline);
            } else if (PRESENT.matcher(t).find() && !t.toLowerCase(Locale.ROOT).contains("meeting")) {
                present = Tei.el("listPerson", Tei.at("type", "present"));
                Element head = text.element("head", b);
                addPersons(present, head, "participant");
                div.appendChild(present);
            } else if (present != null && (SIDE.matcher(t).find() || namesOnly(t))) {
                // the side ("On the Soviet side") is in the group's head, in the source's words
                Element side = Tei.el("listPerson");
                addPersons(side, text.element("head", b), "participant");
                present.appendChild(side);
            } else if (TRANSLATED.matcher(t).find()) {
                Element p = text.element("p", b);
                for (String id : text.tagger.tag(p)) text.people.role(id, "translator");
                div.appendChild(p);
            } else {
                break;
            }
        }
        return i;
    }

    /** The line's heading words as the list's head (none when the line is names only), then its persons. */
    private void addPersons(Element list, Element line, String role) {
        for (String id : text.tagger.tag(line)) text.people.role(id, role);
        ParticipantLine.Split split = ParticipantLine.split(line);
        if (!split.head().getValue().isBlank()) list.appendChild(split.head());
        for (Element person : split.persons()) list.appendChild(person);
    }

    /** A line that is nothing but a list of names ({@code Li Fuchun, Zhang Wentian, Su Yu, Shi Zhe}). */
    private boolean namesOnly(String t) {
        String[] parts = t.replaceAll("\\[[^\\]]*\\]", "").split(",|\\band\\b");
        int found = 0;
        for (String p : parts) {
            String s = p.strip().replaceAll("^(?:comrs?\\.|comrades?)\\s+", "").replaceAll("\\.$", "");
            if (s.isEmpty()) continue;
            if (text.names.at(s, 0).map(m -> m.end() == s.length()).orElse(false)) found++;
            else return false;
        }
        return found >= 2;
    }

    /** The people the record says took part: from its headings, participant lists and closing formulas. */
    private Set<String> participants(List<BulletinLayout.Item> items) {
        Set<String> ids = new LinkedHashSet<>();
        boolean headerZone = true;
        for (int k = 0; k < items.size(); k++) {
            BulletinLayout.Item it = items.get(k);
            if (!it.isBlock()) continue;
            String t = it.text();
            boolean listing = k == 0 || PRESENT.matcher(t).find() || TRANSLATED.matcher(t).find() || RECORDED.matcher(t).find()
                    || SIDE.matcher(t).find() || BulletinLayout.isCapsHeading(t) && t.length() > 20 || headerZone && namesOnly(t);
            // the header zone never reopens: past it, the (costly) date test on every paragraph is skipped
            if (headerZone && k > 0 && !listing && !CLASSIFICATION.matcher(t).matches() && DateParser.parse(t).isEmpty()) {
                headerZone = false;
            }
            if (listing) names(t, ids);
        }
        return ids;
    }

    private void names(String t, Set<String> ids) {
        for (int i = 0; i < t.length(); i++) {
            if (i > 0 && (Character.isLetterOrDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.')) continue;
            var m = text.names.at(t, i);
            if (m.isPresent()) {
                ids.add(m.get().id());
                i = m.get().end();
            }
        }
    }

    private static Element lastElement(Element div) {
        for (int k = div.getChildCount() - 1; k >= 0; k--) {
            if (div.getChild(k) instanceof Element e) return e;
        }
        return null;
    }

    static List<Node> children(Element e) {
        List<Node> out = new ArrayList<>();
        for (int k = 0; k < e.getChildCount(); k++) out.add(e.getChild(k));
        return out;
    }
}
