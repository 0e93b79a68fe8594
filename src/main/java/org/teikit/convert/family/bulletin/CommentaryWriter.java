package org.teikit.convert.family.bulletin;

import org.teikit.source.InlineCut;
import nu.xom.Element;
import org.teikit.convert.apparatus.Footnotes;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.speech.PersonRegistry;
import org.teikit.convert.speech.SpeakerLabel;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A historian's commentary as {@code div type="commentary"}: title, byline with the author, paragraphs,
 * dialogue quoted from the records as {@code quote} (never turns), and the numbered endnote list at its
 * end placed at the references ({@code ⁴}, or a bare number after a closing quotation mark, {@code ."5}).
 * Notes two OCR lines ran together ({@code … 114. 7. See …}) are told apart by their numbers.
 */
final class CommentaryWriter {
    /** A bare note number right after the punctuation that ends a quotation. */
    /** A numbered paragraph of a document the historian quotes after announcing it: {@code (1) [I] arrived …}. */
    private static final Pattern NUMBERED_EXCERPT = Pattern.compile("^\\(\\d{1,2}\\)\\s");
    private static final Pattern BARE_REFERENCE = Pattern.compile("(?<=[.,;:!?][\"”’])(\\d{1,2})(?=\\s|$)");

    private final BulletinText shared;
    private final PersonRegistry registry;

    CommentaryWriter(BulletinText shared, PersonRegistry registry) {
        this.shared = shared;
        this.registry = registry;
    }

    /**
     * @param titles the title blocks
     * @param byline the byline block
     * @param body   the items after the byline
     */
    Element write(List<Block> titles, Block byline, List<BulletinLayout.Item> body) {
        Element div = Tei.el("div", Tei.at("type", "commentary"));
        int end = body.size();
        while (end > 0 && body.get(end - 1).isBlock() && body.get(end - 1).block().kind() == Block.Kind.LIST_ITEM
                && body.get(end - 1).block().marker().matches("\\d{1,3}[.)]")) end--;
        List<Footnotes.Definition> defs = definitions(body.subList(end, body.size()), body.size());
        Set<String> numbers = new HashSet<>();
        for (Footnotes.Definition d : defs) numbers.add(d.n());
        Footnotes notes = Footnotes.of(defs, "end");
        InlineEncoder inline = new InlineEncoder(notes);

        for (Block t : titles) div.appendChild(shared.inline.element("head", t.inlines()));
        Element by = Tei.el("byline");
        String bl = byline.plain().strip();
        Matcher m = Pattern.compile("^(.*?\\b[Bb]y\\s+)(.+)$").matcher(bl);
        if (m.matches()) {
            by.appendChild(m.group(1));
            String id = shared.people.use(m.group(2));
            shared.people.role(id, "author");
            by.appendChild(Tei.add(Tei.el("docAuthor"), Tei.text("persName", m.group(2), Tei.at("ref", "#" + id))));
        } else {
            by.appendChild(bl);
        }
        div.appendChild(by);

        Element quote = null;
        boolean announced = false;            // the paragraph before ended "… reads as follows:"
        for (int i = 0; i < end; i++) {
            BulletinLayout.Item it = body.get(i);
            notes.at(i);
            if (!it.isBlock()) {
                for (Element f : BulletinText.furniture(it)) div.appendChild(f);
                quote = null;
                continue;
            }
            Block b = it.block();
            if (b.isBreak()) {
                div.appendChild(Tei.el("milestone", Tei.at("unit", "section")));
                quote = null;
                continue;
            }
            List<Inline> content = references(BulletinText.inlinesOf(b), numbers);
            boolean numberedExcerpt = NUMBERED_EXCERPT.matcher(it.text()).find() && (announced || quote != null);
            announced = it.text().endsWith(":");
            if (quotedTurn(b) || numberedExcerpt) {
                if (quote == null) {
                    quote = Tei.el("quote");
                    div.appendChild(quote);
                }
                quote.appendChild(inline.element("p", content));
                continue;
            }
            quote = null;
            Element p = inline.element("p", content);
            if (b.kind() == Block.Kind.QUOTE) p = Tei.add(Tei.el("quote"), p);
            div.appendChild(p);
        }
        notes.placeUnused(-1, div::appendChild);
        return div;
    }

    /** A paragraph of dialogue copied from a record ({@code <u>Mao Zedong</u>: …}): quoted, not spoken here. */
    private boolean quotedTurn(Block b) {
        return SpeakerLabel.at(b.inlines(), n -> false).map(l -> registry.find(l.label()).isPresent()).orElse(false);
    }

    /** Bare note numbers that follow a quotation become superscript references, when such a note exists. */
    private static List<Inline> references(List<Inline> in, Set<String> numbers) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            if (!(i instanceof Inline.Text t)) { out.add(i); continue; }
            Matcher m = BARE_REFERENCE.matcher(t.text());
            int pos = 0;
            while (m.find()) {
                if (!numbers.contains(m.group(1))) continue;
                out.add(new Inline.Text(t.text().substring(pos, m.start())));
                out.add(new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(new Inline.Text(m.group(1)))));
                pos = m.end();
            }
            out.add(new Inline.Text(t.text().substring(pos)));
        }
        return out;
    }

    /** The endnote list; an item holding the next number's note too ({@code … 114. 7. See …}) is split. */
    private static List<Footnotes.Definition> definitions(List<BulletinLayout.Item> items, int firstIndex) {
        List<Footnotes.Definition> out = new ArrayList<>();
        int index = firstIndex - items.size();
        for (BulletinLayout.Item it : items) {
            Block b = it.block();
            String n = b.marker().replaceAll("\\D", "");
            List<Inline> rest = b.inlines();
            while (true) {
                int next = Integer.parseInt(n) + 1;
                String plain = Inline.plain(rest);
                Matcher m = Pattern.compile("(?<=\\.)\\s+(" + next + ")\\.\\s+(?=\\p{Lu})").matcher(plain);
                if (!m.find()) break;
                out.add(new Footnotes.Definition(n, index, InlineCut.before(rest, m.start())));
                rest = InlineCut.from(rest, m.end());
                n = String.valueOf(next);
            }
            out.add(new Footnotes.Definition(n, index, rest));
            index++;
        }
        return out;
    }
}
