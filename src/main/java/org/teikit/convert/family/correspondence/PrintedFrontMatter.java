package org.teikit.convert.family.correspondence;

import org.teikit.convert.layout.Paragraphs;
import org.teikit.convert.layout.BlockWriter;
import org.teikit.convert.layout.Divisions;
import nu.xom.Element;
import org.teikit.convert.TeiBuilder;
import org.teikit.convert.apparatus.Footnotes;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The front matter of a printed correspondence: title pages, commission, contents, foreword, publisher's note. */
final class PrintedFrontMatter {
    private static final Pattern LEADERS = Pattern.compile("\\s*(.+?)\\s*((?:\\.\\s*){3,})\\s*(\\d+)");
    private static final Pattern IMPRINT = Pattern.compile("(?i)(publishing house|publishers?|\\bpress\\b|verlag|printing office)");
    private static final Pattern PLACE_YEAR = Pattern.compile("^(\\p{Lu}[\\p{L} .•-]*?)\\s+(1[5-9]\\d\\d|20\\d\\d)$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(edited|translated|compiled|selected|with an? (introduction|foreword|preface)|introduction|by)\\b");
    private static final Pattern SECTION = Pattern.compile("(?i)^(contents|foreword|preface|introduction|publisher'?s note|editor'?s note|from the publishers?)$");
    private static final java.util.Set<String> TITLE_PAGE_PARTS = java.util.Set.of("docTitle", "titlePart", "byline",
            "docImprint", "docDate", "docAuthor", "docEdition", "epigraph", "imprimatur", "argument", "graphic");
    private static final Pattern STARS = Pattern.compile("^\\s*(\\*\\s*){3}$");

    private final List<Block> blocks;
    private final int end;
    private final TeiBuilder tei;
    private final Footnotes notes;
    private final InlineEncoder inline;
    private final List<Element> titlePages = new ArrayList<>();
    private Element commissionHead;

    PrintedFrontMatter(List<Block> blocks, int end, TeiBuilder tei) {
        this.blocks = blocks;
        this.end = end;
        this.tei = tei;
        List<Footnotes.Definition> defs = new ArrayList<>();
        for (int i = 0; i < end; i++) Footnotes.definition(blocks.get(i), i).ifPresent(defs::add);
        this.notes = Footnotes.of(defs, "foot");
        this.inline = new InlineEncoder(notes);
    }

    void write() {
        int i = 0;
        while (i < end) {
            String type = sectionType(blocks.get(i));
            int next = i + 1;
            while (next < end && !startsSection(blocks.get(next), type)) next++;
            switch (type) {
                case "contents" -> contents(i, next);
                case "commission" -> commission(i, next);
                case "titlePage" -> titlePage(i, next);
                default -> prose(type, i, next);
            }
            i = next;
        }
        header();
    }

    /** The kind of front section a block opens: a named heading, the commission, or else a title page. */
    private static String sectionType(Block b) {
        String p = b.plain().strip();
        if (b.kind() == Block.Kind.HEADING && SECTION.matcher(p).matches()) {
            String l = p.toLowerCase(Locale.ROOT);
            if (l.startsWith("contents")) return "contents";
            if (l.contains("publisher")) return "publishersNote";
            if (l.startsWith("introduction")) return "introduction";
            return "foreword";
        }
        if (b.kind() == Block.Kind.PARAGRAPH && p.matches("(?s)^COMMISSION\\b.*")) return "commission";
        return "titlePage";
    }

    /**
     * Whether a block opens a new front section: a named heading or the commission always does; an
     * unnamed first-level heading starts a new title page; any heading ends the commission.
     */
    private static boolean startsSection(Block b, String current) {
        if (!sectionType(b).equals("titlePage")) return true;
        boolean heading = b.kind() == Block.Kind.HEADING;
        return heading && (b.level() == 1 || current.equals("commission"));
    }

    private void titlePage(int from, int to) {
        Element page = Tei.el("titlePage");
        Element docTitle = null;
        for (int i = from; i < to; i++) {
            Block b = blocks.get(i);
            String p = b.plain().strip();
            if (definition(i, page)) continue;
            if (b.isBreak()) { page.appendChild(Tei.el("milestone", Tei.at("unit", "section"))); docTitle = null; continue; }
            if (p.isEmpty()) continue;
            if (BYLINE.matcher(p).lookingAt()) {
                page.appendChild(inline.element("byline", b.inlines()));
                docTitle = null;
            } else if (IMPRINT.matcher(p).find() || PLACE_YEAR.matcher(p).matches()) {
                page.appendChild(imprint(b));
                docTitle = null;
            } else {
                if (docTitle == null) {
                    docTitle = Tei.el("docTitle");
                    page.appendChild(docTitle);
                }
                Element part = inline.element("titlePart", b.inlines());
                Tei.attr(part, "type", docTitle.getChildCount() == 0 ? "main" : (p.matches("(?i)^volume\\b.*") ? "volume" : "sub"));
                docTitle.appendChild(part);
            }
        }
        boolean hasPart = false;
        for (int k = 0; k < page.getChildCount(); k++) {
            if (page.getChild(k) instanceof Element e && TITLE_PAGE_PARTS.contains(e.getLocalName())) hasPart = true;
        }
        if (!hasPart) {                      // only rules or notes: no title page, keep them in front
            while (page.getChildCount() > 0) {
                var c = page.getChild(0);
                c.detach();
                tei.front().appendChild(c);
            }
            return;
        }
        tei.front().appendChild(page);
        titlePages.add(page);
    }

    /** Sets the note cursor; a definition block is placed (if no reference took it) and skipped. */
    private boolean definition(int i, Element into) {
        notes.at(i);
        if (!notes.isDefinitionBlock(i)) return false;
        notes.placeUnused(i, into::appendChild);
        return true;
    }

    private Element imprint(Block b) {
        String p = b.plain().strip();
        Matcher m = PLACE_YEAR.matcher(p);
        if (m.matches() && b.inlines().size() == 1) {
            return Tei.add(Tei.el("docImprint"), Tei.text("pubPlace", m.group(1)), " ",
                    Tei.text("docDate", m.group(2), Tei.at("when", m.group(2))));
        }
        if (b.inlines().size() == 1 && b.inlines().get(0) instanceof Inline.Text) {
            return Tei.add(Tei.el("docImprint"), inline.element("publisher", b.inlines()));
        }
        return inline.element("docImprint", b.inlines());
    }

    private void commission(int from, int to) {
        Element div = Tei.el("div", Tei.at("type", "commission"));
        commissionHead = inline.element("head", blocks.get(from).inlines());
        div.appendChild(commissionHead);
        for (int i = from + 1; i < to; i++) {
            Block b = blocks.get(i);
            if (definition(i, div)) continue;
            if (b.isBreak()) div.appendChild(Tei.el("milestone", Tei.at("unit", "section")));
            else if (!b.plain().isBlank()) div.appendChild(inline.element("p", b.inlines()));
        }
        if (div.getChildCount() == 1) div.appendChild(Tei.el("p"));
        tei.front().appendChild(div);
    }

    private void contents(int from, int to) {
        Element div = Tei.el("div", Tei.at("type", "contents"));
        div.appendChild(inline.element("head", blocks.get(from).inlines()));
        Element list = Tei.el("list");
        for (int i = from + 1; i < to; i++) {
            Block b = blocks.get(i);
            if (b.isBreak() || definition(i, div)) continue;
            String text = b.plain();
            Matcher m = LEADERS.matcher(text);
            int pos = 0;
            boolean any = false;
            while (m.find() && m.start() == pos) {
                list.appendChild(Tei.text("item", m.group().strip().replaceAll("[\\t ]+", " "), Tei.at("n", m.group(3))));
                pos = m.end();
                any = true;
            }
            if (!any || !text.substring(pos).isBlank()) {
                if (any) list.appendChild(Tei.text("item", text.substring(pos).strip()));
                else if (!text.isBlank()) list.appendChild(inline.element("item", b.inlines()));
            }
        }
        if (list.getChildCount() > 0) div.appendChild(list);
        for (int i = from + 1; i < to; i++) if (blocks.get(i).isBreak()) div.appendChild(Tei.el("milestone", Tei.at("unit", "section")));
        if (div.getChildCount() == 1) div.appendChild(Tei.el("p"));
        tei.front().appendChild(div);
    }

    /**
     * A prose section: paragraphs with footnotes placed at their references; a page foot (a rule
     * followed by note definitions) becomes {@code pb}, and a paragraph it cut is rejoined.
     */
    private void prose(String type, int from, int to) {
        Element div = Tei.el("div", Tei.at("type", type));
        div.appendChild(inline.element("head", blocks.get(from).inlines()));
        BlockWriter w = new BlockWriter(div, inline, null, "section");
        Element lastP = null;
        boolean pageEnd = false;
        for (int i = from + 1; i < to; i++) {
            Block b = blocks.get(i);
            notes.at(i);
            if (notes.isDefinitionBlock(i)) {
                pageEnd = true;
                notes.placeUnused(i, w::add);
                continue;
            }
            if (b.isBreak()) {
                boolean defsFollow = i + 1 < to && notes.isDefinitionBlock(i + 1);
                if (!defsFollow) w.add(Tei.el("milestone", Tei.at("unit", "section")));
                pageEnd |= defsFollow;
                continue;
            }
            String p = b.plain().strip();
            if (p.isEmpty()) continue;
            if (STARS.matcher(p).matches()) {
                w.add(Tei.el("milestone", Tei.at("unit", "section")));
                lastP = null;
                continue;
            }
            if (pageEnd && lastP != null && b.kind() == Block.Kind.PARAGRAPH && Paragraphs.continues(lastP, p)) {
                if (!lastP.getValue().endsWith(" ")) lastP.appendChild(" ");
                lastP.appendChild(Tei.el("pb"));
                inline.encode(b.inlines(), lastP);
            } else {
                if (pageEnd) w.add(Tei.el("pb"));
                w.write(b, i);
                Element c = w.current();
                lastP = b.kind() == Block.Kind.PARAGRAPH ? (Element) c.getChild(c.getChildCount() - 1) : null;
            }
            pageEnd = false;
        }
        if (pageEnd) w.add(Tei.el("pb"));
        Divisions.ensureText(div);
        tei.front().appendChild(div);
    }

    /** Header: the edition's title (its last title page, the one before the commission and contents), imprint. */
    private void header() {
        if (titlePages.isEmpty()) return;
        Element page = titlePages.get(titlePages.size() - 1);
        Element bibl = Tei.el("bibl");
        StringBuilder title = new StringBuilder();
        String volume = null;
        for (Element part : Tei.descendants(page, "titlePart")) {
            String v = Paragraphs.words(part);
            if ("volume".equals(part.getAttributeValue("type"))) volume = v.replaceFirst("(?i)^volume\\s+", "");
            else title.append(title.length() > 0 ? " " : "").append(v);
        }
        if (title.length() > 0) {
            tei.title(title.toString());
            bibl.appendChild(Tei.text("title", title.toString(), Tei.at("level", "m")));
        }
        if (commissionHead != null) {
            bibl.appendChild(Tei.add(Tei.el("editor"), Tei.text("orgName", Paragraphs.words(commissionHead))));
        }
        for (Element imp : Tei.descendants(page, "docImprint")) {
            for (Element e : Tei.descendants(imp, "publisher")) bibl.appendChild(Tei.text("publisher", e.getValue().strip()));
            for (Element e : Tei.descendants(imp, "pubPlace")) bibl.appendChild(Tei.text("pubPlace", e.getValue().strip()));
            for (Element e : Tei.descendants(imp, "docDate")) bibl.appendChild(Tei.text("date", e.getValue().strip(), Tei.at("when", e.getAttributeValue("when"))));
        }
        if (volume != null) bibl.appendChild(Tei.text("biblScope", volume, Tei.at("unit", "volume")));
        tei.sourceDesc().appendChild(bibl);
    }
}
