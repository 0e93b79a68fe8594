package org.teikit.convert.family.bulletin;

import nu.xom.Element;
import nu.xom.Node;
import org.teikit.convert.dates.DateParser;
import org.teikit.source.Block;
import org.teikit.tei.Tei;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sidebar article of a bulletin section as {@code div type="article"}: its title and byline, the
 * introduction (reassembled from the columns the OCR interleaved), then the documents it prints —
 * telegrams and letters headed {@code Sender to Addressee, date} as {@code div type="telegram"} (opener,
 * body, signature as {@code closer/signed}, source), with a {@code correspDesc} each, and an official
 * statement as {@code div type="statement"}.
 */
final class SidebarWriter {
    static final Pattern LETTER_HEAD = Pattern.compile("^(\\p{Lu}[\\p{L} .'\\-]{1,60}?) to (\\p{Lu}[\\p{L} .'\\-]{1,60}?),\\s+(.+)$");
    private static final Pattern SALUTE = Pattern.compile("^(?:To\\s+)?(?:Comrade|Dear|Mr\\.?)\\s+[^.,]{2,60}[.,]$");
    private static final Pattern SOURCE = Pattern.compile("^\\[Source:");

    private final BulletinText text;
    private final Consumer<Element> correspondence;

    SidebarWriter(BulletinText text, Consumer<Element> correspondence) {
        this.text = text;
        this.correspondence = correspondence;
    }

    Element write(List<BulletinLayout.Item> items) {
        Element article = Tei.el("div", Tei.at("type", "article"));
        Element container = article;
        Element letter = null;
        Element closer = null;
        for (int i = 0; i < items.size(); i++) {
            BulletinLayout.Item it = items.get(i);
            if (!it.isBlock()) {
                for (Element f : BulletinText.furniture(it)) container.appendChild(f);
                continue;
            }
            Block b = it.block();
            String t = it.text();
            if (b.isBreak()) {
                continue;                                 // the asterisks between documents: the divisions say it
            }
            if (i == 0) {
                article.appendChild(text.element("head", b));
                continue;
            }
            if (i == 1 && BulletinLayout.BYLINE.matcher(t).matches()) {
                article.appendChild(byline(t));
                continue;
            }
            Matcher lh = LETTER_HEAD.matcher(t);
            if (BulletinLayout.headingLike(b) && lh.matches() && DateParser.find(lh.group(3)).size() == 1) {
                letter = letter(b, lh);
                article.appendChild(letter);
                container = letter;
                closer = null;
                continue;
            }
            if (BulletinLayout.headingLike(b) && t.toLowerCase().contains("statement")) {
                Element statement = Tei.el("div", Tei.at("type", "statement"));
                Element head = text.element("head", b);
                BulletinText.dates(head);
                statement.appendChild(head);
                article.appendChild(statement);
                container = statement;
                letter = null;
                closer = null;
                continue;
            }
            if (SOURCE.matcher(t).find()) {
                Element holder = text.element("p", b);
                BulletinText.placeCitation(holder, container, closer);
                continue;
            }
            if (letter != null && container == letter && SALUTE.matcher(t).matches() && onlyHead(letter)) {
                Element salute = text.element("salute", b);
                text.tagger.tag(salute);
                letter.appendChild(Tei.add(Tei.el("opener"), salute));
                continue;
            }
            if (letter != null && container == letter && signature(t)) {
                Element signed = text.element("signed", b);
                text.people.use(t);
                for (String id : text.tagger.tag(signed)) text.people.role(id, "sender");
                closer = Tei.add(Tei.el("closer"), signed);
                letter.appendChild(closer);
                continue;
            }
            if (b.kind() == Block.Kind.LIST_ITEM) {
                container.appendChild(item(container, b));
                continue;
            }
            container.appendChild(text.element("p", b));
        }
        return article;
    }

    private Element byline(String t) {
        Element by = Tei.el("byline");
        Matcher m = Pattern.compile("^(.*?\\b[Bb]y\\s+)(.+)$").matcher(t);
        if (!m.matches()) return Tei.add(by, t);
        String id = text.people.use(m.group(2));
        text.people.role(id, "author");
        return Tei.add(by, m.group(1), Tei.add(Tei.el("docAuthor"), Tei.text("persName", m.group(2), Tei.at("ref", "#" + id))));
    }

    private Element letter(Block b, Matcher lh) {
        String sender = lh.group(1).strip(), addressee = lh.group(2).strip();
        String when = DateParser.find(lh.group(3)).get(0).iso();
        String from = text.people.use(sender), to = text.people.use(addressee);
        text.people.role(from, "sender");
        text.people.role(to, "addressee");
        String id = "telegram-" + when + "-" + from;
        Element div = Tei.el("div", Tei.at("type", "telegram"), Tei.at("xml:id", id));
        Element head = text.element("head", b);
        BulletinText.dates(head);
        text.tagger.tag(head);
        div.appendChild(head);
        correspondence.accept(Tei.add(Tei.el("correspDesc", Tei.at("corresp", "#" + id)),
                Tei.add(Tei.el("correspAction", Tei.at("type", "sent")), Tei.text("persName", sender, Tei.at("ref", "#" + from)), Tei.el("date", Tei.at("when", when))),
                Tei.add(Tei.el("correspAction", Tei.at("type", "received")), Tei.text("persName", addressee, Tei.at("ref", "#" + to)))));
        return div;
    }

    /** A signature line: a known person's name alone, perhaps with its editorial gloss ({@code Filippov [Stalin]}). */
    private boolean signature(String t) {
        String bare = t.replaceAll("\\s*\\[[^\\]]*\\]", "").strip();
        Optional<org.teikit.convert.speech.NameFinder.Match> m = text.names.at(bare, 0);
        return m.isPresent() && m.get().end() == bare.length();
    }

    private static boolean onlyHead(Element letter) {
        return letter.getChildElements().size() == 1;
    }

    private Element item(Element container, Block b) {
        int n = container.getChildCount();
        if (n > 0 && container.getChild(n - 1) instanceof Element last && last.getLocalName().equals("list")) {
            last.appendChild(itemOf(b));
            last.detach();
            return last;
        }
        return Tei.add(Tei.el("list"), itemOf(b));
    }

    private Element itemOf(Block b) {
        Element item = text.inline.element("item", b.inlines());
        Tei.attr(item, "n", b.marker());
        return item;
    }
}
