package org.teikit.convert.family.bulletin;

import nu.xom.Element;
import org.teikit.convert.Fit;
import org.teikit.convert.conventions.Explanation;
import org.teikit.convert.SourceFamily;
import org.teikit.convert.TeiBuilder;
import org.teikit.convert.apparatus.BreakMarkers;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.apparatus.NoteSource;
import org.teikit.convert.speech.NameFinder;
import org.teikit.convert.speech.PersonRegistry;
import org.teikit.source.Block;
import org.teikit.source.SourceDocument;
import org.teikit.tei.Tei;
import org.teikit.tei.TeiDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section of the Cold War International History Project Bulletin: a front part (title, subtitle,
 * contributors, the editor's introduction and signature), numbered records of conversation, a heading
 * for the commentaries and the commentaries with their endnotes, and possibly a sidebar article whose
 * columns the OCR interleaved with the records (reassembled by {@link BulletinLayout}), with the
 * telegrams and statement it prints.
 */
public final class BulletinSection implements SourceFamily {
    public static final String NAME = "bulletin";
    private static final Pattern BULLETIN = Pattern.compile("Cold War International History Project Bulletin|CWIHP Bulletin");
    private static final Pattern SIGNATURE = Pattern.compile("^[-–—]\\s*(\\p{Lu}[\\p{L}.' ]+?),\\s*(.+)$");
    /** The introduction's credit line for the translations ({@code Translations … were performed … by Danny Rozas}). */
    private static final Pattern TRANSLATORS = Pattern.compile("(?i)^translations?\\b.{0,80}\\bby\\b");
    private static final Pattern CONTRIBUTORS = Pattern.compile("(?i)^with\\b.{0,40}\\bby\\b");

    private final PersonRegistry registry;

    public BulletinSection() {
        this(PersonRegistry.standard());
    }

    public BulletinSection(PersonRegistry registry) {
        this.registry = registry;
    }

    @Override public String name() { return NAME; }

    @Override
    public Fit fit(SourceDocument document) {
        int conversations = 0;
        boolean bulletin = false;
        for (Block b : document.blocks()) {
            String t = b.plain().strip();
            if (ConversationWriter.HEADING.matcher(t).matches()) conversations++;
            if (!bulletin && BULLETIN.matcher(t).find()) bulletin = true;
        }
        if (bulletin && conversations > 0) {
            return new Fit(0.9, "CWIHP Bulletin named, " + conversations + " numbered records");
        }
        return new Fit(bulletin ? 0.3 : 0, bulletin ? "no numbered records" : "no CWIHP Bulletin");
    }

    @Override
    public TeiDocument convert(SourceDocument document, Explanation explain) {
        List<Block> blocks = document.blocks();
        TeiBuilder tei = new TeiBuilder(document.source(), NAME);
        BulletinText text = new BulletinText(new InlineEncoder(NoteSource.UNAVAILABLE), tei.people(), new NameFinder(registry));
        BulletinLayout.Arrangement layout = BulletinLayout.arrange(blocks);
        List<BulletinLayout.Item> main = layout.main();

        int firstRecord = indexOf(main, 0, it -> it.isBlock() && ConversationWriter.HEADING.matcher(it.text()).matches());
        front(main.subList(0, firstRecord < 0 ? main.size() : firstRecord), tei, text);

        ConversationWriter conversations = new ConversationWriter(text, registry);
        int i = firstRecord < 0 ? main.size() : firstRecord;
        while (i < main.size() && i >= 0) {
            BulletinLayout.Item it = main.get(i);
            if (it.isBlock() && ConversationWriter.HEADING.matcher(it.text()).matches()) {
                int end = i + 1;
                while (end < main.size() && !endsRecord(main.get(end))) end++;
                tei.body().appendChild(conversations.write(main.subList(i, end)));
                i = end;
            } else if (it.isBlock() && it.block().isBreak()) {
                i++;
            } else {
                i = rest(main, i, tei, text, layout.sidebar());
            }
        }
        BreakMarkers.resolve(tei.body());
        BreakMarkers.resolve(tei.front());
        return tei.build();
    }

    private static boolean endsRecord(BulletinLayout.Item it) {
        return it.isBlock() && (it.block().isBreak() || ConversationWriter.HEADING.matcher(it.text()).matches())
                || it.kind() == BulletinLayout.Kind.SIDEBAR_HERE;
    }

    /** Title, subtitle, contributors, and the editor's introduction with its signature. */
    private void front(List<BulletinLayout.Item> items, TeiBuilder tei, BulletinText text) {
        if (items.isEmpty()) return;
        Element docTitle = Tei.el("docTitle");
        Element titlePage = Tei.add(Tei.el("titlePage"), docTitle);
        Element intro = Tei.el("div", Tei.at("type", "introduction"));
        String title = "", subtitle = null, editor = null;
        Element closer = null;
        for (int k = 0; k < items.size(); k++) {
            BulletinLayout.Item it = items.get(k);
            if (!it.isBlock()) {
                Element into = closer != null || intro.getChildCount() > 0 ? intro : titlePage;
                for (Element f : BulletinText.furniture(it)) into.appendChild(f);
                continue;
            }
            Block b = it.block();
            String t = it.text();
            if (b.isBreak()) continue;
            if (k == 0) {
                title = t;
                docTitle.appendChild(Tei.add(text.element("titlePart", b), (Object) null));
                Tei.attr((Element) docTitle.getChild(docTitle.getChildCount() - 1), "type", "main");
            } else if (k == 1 && BulletinLayout.headingLike(b)) {
                subtitle = t;
                Element sub = text.element("titlePart", b);
                Tei.attr(sub, "type", "sub");
                BulletinText.dates(sub);
                docTitle.appendChild(sub);
            } else if (intro.getChildCount() == 0 && CONTRIBUTORS.matcher(t).find()) {
                Element byline = text.element("byline", b);
                for (String id : text.tagger.tag(byline)) text.people.role(id, "author");
                titlePage.appendChild(byline);
            } else if (SIGNATURE.matcher(t).matches() && t.length() < 120) {
                Matcher m = SIGNATURE.matcher(t);
                m.matches();
                editor = m.group(1).strip();
                Element signed = text.element("signed", b);
                for (String id : text.tagger.tag(signed)) text.people.role(id, "editor");
                closer = Tei.add(Tei.el("closer"), signed);
                intro.appendChild(closer);
            } else {
                Element p = text.element("p", b);
                if (TRANSLATORS.matcher(t).find()) {
                    for (String id : text.tagger.tag(p)) text.people.role(id, "translator");
                }
                intro.appendChild(p);
            }
        }
        tei.front().appendChild(titlePage);
        if (intro.getChildCount() > 0) tei.front().appendChild(intro);

        tei.title(Tei.text("title", title, Tei.at("type", "main")));
        if (subtitle != null) tei.titleStmt(Tei.text("title", subtitle, Tei.at("type", "sub")));
        Element bibl = Tei.add(Tei.el("bibl"), Tei.text("title", title, Tei.at("level", "a")));
        String intro0 = intro.getValue();
        Matcher journal = BULLETIN.matcher(intro0);
        if (journal.find()) {
            bibl.appendChild(Tei.text("title", "Cold War International History Project Bulletin", Tei.at("level", "j")));
        }
        if (editor != null) {
            tei.titleStmt(Tei.text("editor", editor));
            bibl.appendChild(Tei.text("editor", editor));
        }
        bibl.appendChild(Tei.text("publisher", "Cold War International History Project (CWIHP)", Tei.at("cert", "medium"), Tei.at("resp", "#teikit")));
        tei.sourceDesc().appendChild(bibl);
    }

    /**
     * What follows the records: the commentaries (under their own heading), the sidebar article where
     * it resumes, and any next article the section runs into. Returns the index after what it wrote.
     */
    private int rest(List<BulletinLayout.Item> main, int i, TeiBuilder tei, BulletinText text, List<BulletinLayout.Item> sidebar) {
        BulletinLayout.Item it = main.get(i);
        if (it.kind() == BulletinLayout.Kind.SIDEBAR_HERE) {
            tei.body().appendChild(new SidebarWriter(text, tei::correspDesc).write(sidebar));
            return i + 1;
        }
        if (it.isBlock() && BulletinLayout.isCapsHeading(it.text()) && !bylineFollows(main, i)) {
            Element div = Tei.el("div", Tei.at("type", "article"));
            div.appendChild(text.element("head", it.block()));
            int k = i + 1;
            for (; k < main.size() && main.get(k).isBlock() && !main.get(k).block().isBreak()
                    && !BulletinLayout.isCapsHeading(main.get(k).text()); k++) {
                div.appendChild(text.element("p", main.get(k).block()));
            }
            tei.body().appendChild(div);
            return k;
        }
        // a heading over several commentaries ("COMMENTARIES"), or commentaries directly
        Element container = tei.body();
        if (it.isBlock() && sectionHeading(it.text())) {
            Element section = Tei.el("div", Tei.at("type", "section"));
            section.appendChild(text.element("head", it.block()));
            tei.body().appendChild(section);
            container = section;
            i++;
        }
        CommentaryWriter commentaries = new CommentaryWriter(text, registry);
        while (i < main.size()) {
            int byline = indexOf(main, i, x -> x.isBlock() && BulletinLayout.BYLINE.matcher(x.text()).matches());
            if (byline < 0) break;
            int start = titleStart(main, byline);
            if (start > i) break;
            int next = indexOf(main, byline + 1, x -> x.isBlock() && BulletinLayout.BYLINE.matcher(x.text()).matches());
            int end = next < 0 ? main.size() : titleStart(main, next);
            // searched up to the next commentary only: searching to the end made the loop quadratic
            int stop = indexOf(main, byline + 1, end, x -> x.kind() == BulletinLayout.Kind.SIDEBAR_HERE
                    || x.isBlock() && BulletinLayout.isCapsHeading(x.text()) && x.text().length() > 25);
            if (stop >= 0) end = stop;
            List<Block> titles = new ArrayList<>();
            for (int k = start; k < byline; k++) if (!main.get(k).block().isBreak()) titles.add(main.get(k).block());
            List<BulletinLayout.Item> body = new ArrayList<>(main.subList(byline + 1, end));
            while (!body.isEmpty() && body.get(body.size() - 1).isBlock() && body.get(body.size() - 1).block().isBreak()) {
                body.remove(body.size() - 1);                  // the asterisks before the next commentary
            }
            container.appendChild(commentaries.write(titles, main.get(byline).block(), body));
            i = end;
        }
        if (i < main.size() && main.get(i).isBlock() && container == tei.body() && main.get(i) == it) {
            tei.body().appendChild(text.element("p", it.block()));        // nothing known: keep the words
            return i + 1;
        }
        return i;
    }

    /** A short heading in capitals over several pieces ({@code COMMENTARIES}). */
    private static boolean sectionHeading(String t) {
        return BulletinLayout.inCapitals(t) && t.split("\\s+").length <= 3;
    }

    private static boolean bylineFollows(List<BulletinLayout.Item> main, int i) {
        for (int k = i + 1; k < main.size() && k <= i + 2; k++) {
            if (main.get(k).isBlock() && BulletinLayout.BYLINE.matcher(main.get(k).text()).matches()) return true;
        }
        return false;
    }

    /** The first of the (at most two) title blocks right before a byline. */
    private static int titleStart(List<BulletinLayout.Item> main, int byline) {
        int start = byline;
        while (start > 0 && byline - start < 2 && main.get(start - 1).isBlock()
                && BulletinLayout.headingLike(main.get(start - 1).block()) && !sectionHeading(main.get(start - 1).text())) start--;
        return start;
    }

    private static int indexOf(List<BulletinLayout.Item> items, int from, java.util.function.Predicate<BulletinLayout.Item> p) {
        return indexOf(items, from, items.size(), p);
    }

    /** The first item in {@code from}..{@code to} (exclusive) that satisfies {@code p}, or -1. */
    private static int indexOf(List<BulletinLayout.Item> items, int from, int to, java.util.function.Predicate<BulletinLayout.Item> p) {
        for (int k = from; k < to; k++) if (p.test(items.get(k))) return k;
        return -1;
    }
}
