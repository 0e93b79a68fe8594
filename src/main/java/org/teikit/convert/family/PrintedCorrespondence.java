package org.teikit.convert.family;

import nu.xom.Element;
import org.teikit.convert.Fit;
import org.teikit.convert.SourceFamily;
import org.teikit.convert.TeiBuilder;
import org.teikit.convert.apparatus.Footnotes;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.apparatus.NoteSource;
import org.teikit.convert.dates.DateMarker;
import org.teikit.convert.dates.DateParser;
import org.teikit.convert.dates.IsoDate;
import org.teikit.convert.speech.NameMarker;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.source.SourceDocument;
import org.teikit.tei.Tei;
import org.teikit.tei.TeiDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed edition of correspondence: title pages, commission, contents, foreword (with footnotes
 * per page), publisher's note in {@code front}; then the messages, each a {@code div type="letter"}
 * with its number, despatch/receipt dateline, address heading (an asterisk marks an editors' title),
 * salutation, body, closing formula, signatures, and the place and date printed under the text.
 * Every message gets a {@code correspDesc}. Note references whose text is not in the excerpt (the
 * volume's endnotes) become {@code note type="unavailable"}.
 */
public final class PrintedCorrespondence implements SourceFamily {
    public static final String NAME = "correspondence";
    private static final Pattern NUMBER = Pattern.compile("^No\\.\\s*(\\d{1,4})\\.?$");
    private static final Pattern ADDRESS = Pattern.compile("^(.+?)\\s+(?:TO|to)\\s+(.+?)\\*?$");
    private static final Pattern DOC_TYPE = Pattern.compile("^(?:AIDE-M[EÉ]MOIRE|MEMORANDUM|TELEGRAM|MESSAGE|STATEMENT|NOTE|PERSONAL MESSAGE)\\b.*$");
    private static final Pattern DESPATCH = Pattern.compile("(?i)^(sent|received|despatched|dispatched|delivered)\\s+on\\b");
    private static final Pattern HANDED = Pattern.compile("(?i)handed\\s+to\\s+(.+?)\\s+by\\s+(?:the\\s+[^,]+,\\s*)?(.+?),?\\s+on\\s");
    private static final Pattern LEADERS = Pattern.compile("\\s*(.+?)\\s*((?:\\.\\s*){3,})\\s*(\\d+)");
    private static final Pattern IMPRINT = Pattern.compile("(?i)(publishing house|publishers?|\\bpress\\b|verlag|printing office)");
    private static final Pattern PLACE_YEAR = Pattern.compile("^(\\p{Lu}[\\p{L} .•-]*?)\\s+(1[5-9]\\d\\d|20\\d\\d)$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(edited|translated|compiled|selected|with an? (introduction|foreword|preface)|introduction|by)\\b");
    private static final Pattern SECTION = Pattern.compile("(?i)^(contents|foreword|preface|introduction|publisher'?s note|editor'?s note|from the publishers?)$");
    private static final java.util.Set<String> TITLE_PAGE_PARTS = java.util.Set.of("docTitle", "titlePart", "byline",
            "docImprint", "docDate", "docAuthor", "docEdition", "epigraph", "imprimatur", "argument", "graphic");
    private static final Pattern STARS = Pattern.compile("^\\s*(\\*\\s*){3}$");

    @Override public String name() { return NAME; }

    @Override
    public Fit fit(SourceDocument document) {
        int numbers = 0, despatch = 0, addresses = 0, formulas = 0;
        for (Block b : document.blocks()) {
            String p = b.plain().strip();
            if (NUMBER.matcher(p).matches()) numbers++;
            if (DESPATCH.matcher(p).lookingAt() && LetterParts.dateline(p).isPresent()) despatch++;
            if (isAddress(b)) addresses++;
            if (LetterParts.isSalute(p) || LetterParts.isClosingSalute(p)) formulas++;
        }
        List<String> signals = new ArrayList<>();
        if (numbers >= 2) signals.add(numbers + " numbered documents ('No. 1')");
        if (despatch >= 1) signals.add(despatch + " 'Sent on'/'Received on' datelines");
        if (addresses >= 2) signals.add(addresses + " address headings ('X TO Y')");
        if (formulas >= 1) signals.add(formulas + " salutations or closing formulas");
        return new Fit(signals.size() * 0.25, signals.isEmpty() ? "no printed-letter signals" : String.join("; ", signals));
    }

    static boolean isAddress(Block b) {
        if (b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.HEADING || b.plain().length() > 200) return false;
        String p = InlineLists.plainText(b.inlines()).strip();
        if (!InlineLists.atMostWords(p, 14) || p.endsWith(".") || p.endsWith(",")) return false;
        Matcher m = ADDRESS.matcher(p);
        if (!m.matches()) return false;
        boolean capitals = p.replace(" to ", " TO ").equals(p.toUpperCase(Locale.ROOT).replace(" to ", " TO "))
                && p.contains(" TO ");
        boolean styled = b.kind() == Block.Kind.HEADING || (!b.inlines().isEmpty() && b.inlines().get(0) instanceof Inline.Styled);
        return capitals || styled;
    }

    static boolean isDocType(Block b) {
        String p = b.plain().strip();
        return b.kind() == Block.Kind.PARAGRAPH && DOC_TYPE.matcher(p).matches() && p.equals(p.toUpperCase(Locale.ROOT)) && InlineLists.atMostWords(p, 4);
    }

    private static boolean startsLetter(Block b) {
        return NUMBER.matcher(b.plain().strip()).matches() || isAddress(b) || isDocType(b);
    }

    @Override
    public TeiDocument convert(SourceDocument document) {
        List<Block> blocks = document.blocks();
        TeiBuilder tei = new TeiBuilder(document.source(), NAME);
        int firstLetter = 0;
        while (firstLetter < blocks.size() && !startsLetter(blocks.get(firstLetter))) firstLetter++;
        int bodyStart = firstLetter;
        for (int i = firstLetter - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING && b.level() == 1) { bodyStart = i; break; }
            if (!(b.isBreak() || b.kind() == Block.Kind.PARAGRAPH && InlineLists.atMostWords(b.plain(), 3) && b.plain().equals(b.plain().toUpperCase(Locale.ROOT)))) break;
        }
        if (firstLetter == blocks.size()) bodyStart = blocks.size();

        Front front = new Front(blocks, bodyStart, tei);
        front.write();

        InlineEncoder inline = new InlineEncoder(NoteSource.UNAVAILABLE);
        for (int i = bodyStart; i < firstLetter; i++) {
            Block b = blocks.get(i);
            if (b.isBreak()) tei.body().appendChild(Tei.el("milestone", "unit", "section"));
            else if (!b.plain().isBlank()) tei.body().appendChild(inline.element("head", b.inlines()));
        }
        new Letters(blocks, firstLetter, tei, inline).write();
        return tei.build();
    }

    /** The front matter: title pages, commission, contents, foreword, publisher's note. */
    private static final class Front {
        private final List<Block> blocks;
        private final int end;
        private final TeiBuilder tei;
        private final Footnotes notes;
        private final InlineEncoder inline;
        private final List<Element> titlePages = new ArrayList<>();
        private Element commissionHead;

        Front(List<Block> blocks, int end, TeiBuilder tei) {
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
                if (b.isBreak()) { page.appendChild(Tei.el("milestone", "unit", "section")); docTitle = null; continue; }
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
            for (Footnotes.Definition d : notes.unused()) if (d.block() == i) into.appendChild(notes.encodeUnused(d));
            return true;
        }

        private Element imprint(Block b) {
            String p = b.plain().strip();
            Matcher m = PLACE_YEAR.matcher(p);
            if (m.matches() && b.inlines().size() == 1) {
                return Tei.add(Tei.el("docImprint"), Tei.text("pubPlace", m.group(1)), " ",
                        Tei.text("docDate", m.group(2), "when", m.group(2)));
            }
            if (b.inlines().size() == 1 && b.inlines().get(0) instanceof Inline.Text) {
                return Tei.add(Tei.el("docImprint"), inline.element("publisher", b.inlines()));
            }
            return inline.element("docImprint", b.inlines());
        }

        private void commission(int from, int to) {
            Element div = Tei.el("div", "type", "commission");
            commissionHead = inline.element("head", blocks.get(from).inlines());
            div.appendChild(commissionHead);
            for (int i = from + 1; i < to; i++) {
                Block b = blocks.get(i);
                if (definition(i, div)) continue;
                if (b.isBreak()) div.appendChild(Tei.el("milestone", "unit", "section"));
                else if (!b.plain().isBlank()) div.appendChild(inline.element("p", b.inlines()));
            }
            if (div.getChildCount() == 1) div.appendChild(Tei.el("p"));
            tei.front().appendChild(div);
        }

        private void contents(int from, int to) {
            Element div = Tei.el("div", "type", "contents");
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
                    list.appendChild(Tei.text("item", m.group().strip().replaceAll("[\\t ]+", " "), "n", m.group(3)));
                    pos = m.end();
                    any = true;
                }
                if (!any || !text.substring(pos).isBlank()) {
                    if (any) list.appendChild(Tei.text("item", text.substring(pos).strip()));
                    else if (!text.isBlank()) list.appendChild(inline.element("item", b.inlines()));
                }
            }
            if (list.getChildCount() > 0) div.appendChild(list);
            for (int i = from + 1; i < to; i++) if (blocks.get(i).isBreak()) div.appendChild(Tei.el("milestone", "unit", "section"));
            if (div.getChildCount() == 1) div.appendChild(Tei.el("p"));
            tei.front().appendChild(div);
        }

        /**
         * A prose section: paragraphs with footnotes placed at their references; a page foot (a rule
         * followed by note definitions) becomes {@code pb}, and a paragraph it cut is rejoined.
         */
        private void prose(String type, int from, int to) {
            Element div = Tei.el("div", "type", type);
            div.appendChild(inline.element("head", blocks.get(from).inlines()));
            BlockWriter w = new BlockWriter(div, inline, null, "section");
            Element lastP = null;
            boolean pageEnd = false;
            for (int i = from + 1; i < to; i++) {
                Block b = blocks.get(i);
                notes.at(i);
                if (notes.isDefinitionBlock(i)) {
                    pageEnd = true;
                    for (Footnotes.Definition d : notes.unused()) if (d.block() == i) w.add(notes.encodeUnused(d));
                    continue;
                }
                if (b.isBreak()) {
                    boolean defsFollow = i + 1 < to && notes.isDefinitionBlock(i + 1);
                    if (!defsFollow) w.add(Tei.el("milestone", "unit", "section"));
                    pageEnd |= defsFollow;
                    continue;
                }
                String p = b.plain().strip();
                if (p.isEmpty()) continue;
                if (STARS.matcher(p).matches()) {
                    w.add(Tei.el("milestone", "unit", "section"));
                    lastP = null;
                    continue;
                }
                if (pageEnd && lastP != null && b.kind() == Block.Kind.PARAGRAPH && continues(lastP, p)) {
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
                String v = words(part);
                if ("volume".equals(part.getAttributeValue("type"))) volume = v.replaceFirst("(?i)^volume\\s+", "");
                else title.append(title.length() > 0 ? " " : "").append(v);
            }
            if (title.length() > 0) {
                tei.title(title.toString());
                bibl.appendChild(Tei.text("title", title.toString(), "level", "m"));
            }
            if (commissionHead != null) {
                bibl.appendChild(Tei.add(Tei.el("editor"), Tei.text("orgName", words(commissionHead))));
            }
            for (Element imp : Tei.descendants(page, "docImprint")) {
                for (Element e : Tei.descendants(imp, "publisher")) bibl.appendChild(Tei.text("publisher", e.getValue().strip()));
                for (Element e : Tei.descendants(imp, "pubPlace")) bibl.appendChild(Tei.text("pubPlace", e.getValue().strip()));
                for (Element e : Tei.descendants(imp, "docDate")) bibl.appendChild(Tei.text("date", e.getValue().strip(), "when", e.getAttributeValue("when")));
            }
            if (volume != null) bibl.appendChild(Tei.text("biblScope", volume, "unit", "volume"));
            tei.sourceDesc().appendChild(bibl);
        }
    }

    /** The element's words as one line: line breaks are spaces, notes left out. */
    static String words(Element e) {
        StringBuilder sb = new StringBuilder();
        words(e, sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static void words(Element e, StringBuilder sb) {
        for (int i = 0; i < e.getChildCount(); i++) {
            var c = e.getChild(i);
            if (c instanceof nu.xom.Text t) sb.append(t.getValue());
            else if (c instanceof Element ce && ce.getLocalName().equals("lb")) sb.append(' ');
            else if (c instanceof Element ce && !ce.getLocalName().equals("note")) words(ce, sb);
        }
    }

    /** True when {@code next} continues the paragraph {@code p} across a page break. */
    static boolean continues(Element p, String next) {
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                && !p.getValue().strip().matches("(?s).*[.!?:;\"”)]$");
    }

    /** The messages. */
    private static final class Letters {
        private final List<Block> blocks;
        private final int start;
        private final TeiBuilder tei;
        private final InlineEncoder inline;
        private int lastNumber = 0;
        private char unnumbered = 'a';

        // the letter being written
        private Element div, opener, closer, lastP, postscript;
        private BlockWriter writer;
        private boolean hasBody, hasTitle, closed;
        private Correspondence corresp;
        private String signedWhen, despatchWhen, headWhen;

        Letters(List<Block> blocks, int start, TeiBuilder tei, InlineEncoder inline) {
            this.blocks = blocks;
            this.start = start;
            this.tei = tei;
            this.inline = inline;
        }

        void write() {
            Element rule = null;                  // the last thematic break, dropped again if it was a page foot
            for (int i = start; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                String p = LetterParts.clean(b.plain());
                if (b.isBreak()) {
                    rule = Tei.el("milestone", "unit", "section");
                    if (div != null && !closed) writer.add(rule); else tei.body().appendChild(rule);
                    continue;
                }
                if (p.isEmpty()) continue;
                Element ruleBefore = rule;
                rule = null;
                Matcher number = NUMBER.matcher(p);
                if (number.matches()) {             // the editors' ordinal: "No. 1"
                    begin(number.group(1));
                    Element head = inline.element("head", b.inlines());
                    Tei.attr(head, "type", "number");
                    div.appendChild(head);
                    continue;
                }
                boolean address = isAddress(b), docType = isDocType(b);
                if ((address || docType) && (div == null || hasBody || closed || (address && hasTitle))) begin(null);
                if (div == null || closed && !LetterParts.isPostscript(p)) begin(null);
                if (address || docType) { title(b, address); continue; }
                Optional<LetterParts.Dateline> dl = LetterParts.dateline(p);
                if (!hasBody && closer == null) {
                    if (dl.isPresent()) { openerDateline(b, dl.get()); continue; }
                    if (LetterParts.isSalute(p)) { opener().appendChild(inline.element("salute", b.inlines())); continue; }
                    if (isSuppliedTitle(b)) { suppliedDescription(b); continue; }
                }
                if (LetterParts.isPostscript(p) && (closer != null || hasBody)) {
                    if (postscript == null) { postscript = Tei.el("postscript"); div.appendChild(postscript); }
                    postscript.appendChild(inline.element("p", b.inlines()));
                    continue;
                }
                if (hasBody && dl.isPresent()) {
                    closer().appendChild(dateline(b, dl.get()));
                    signedWhen = dl.get().when();
                    corresp.place(dl.get().placeName());
                    closed = true;
                    continue;
                }
                if (hasBody && LetterParts.isClosingSalute(p)) { closer().appendChild(inline.element("salute", b.inlines())); continue; }
                if (hasBody && LetterParts.isSignature(b.plain())) { signatures(b); continue; }
                // body text
                if (postscript != null) {          // the postscript goes on until the next letter
                    if (b.kind() == Block.Kind.HEADING) postscript.appendChild(inline.element("p", b.inlines()));
                    else new BlockWriter(postscript, inline, null, "section").write(b, i);
                    continue;
                }
                if (closer != null) reopen();     // text after what looked like the closing: it was text
                if (lastP != null && b.kind() == Block.Kind.PARAGRAPH && continues(lastP, p)) {
                    if (ruleBefore != null) ruleBefore.detach();
                    if (!lastP.getValue().endsWith(" ")) lastP.appendChild(" ");
                    lastP.appendChild(Tei.el("pb"));
                    inline.encode(b.inlines(), lastP);
                } else {
                    writer.write(b, i);
                    Element c = writer.current();
                    Element last = (Element) c.getChild(c.getChildCount() - 1);
                    lastP = last.getLocalName().equals("p") ? last : null;
                }
                hasBody = true;
            }
            finish();
        }

        private void begin(String n) {
            finish();
            String id;
            if (n != null) {
                lastNumber = Integer.parseInt(n);
                unnumbered = 'a';
                id = "letter-" + n;
            } else {
                id = "letter-" + lastNumber + unnumbered++;
            }
            div = Tei.el("div", "type", "letter");
            if (n != null) Tei.attr(div, "n", n);
            Tei.attr(div, "xml:id", id);
            tei.body().appendChild(div);
            writer = new BlockWriter(div, inline, null, "section");
            corresp = new Correspondence(id);
            opener = closer = lastP = postscript = null;
            hasBody = hasTitle = closed = false;
            signedWhen = despatchWhen = headWhen = null;
        }

        private void finish() {
            if (div == null) return;
            Divisions.ensureText(div);
            corresp.sent(signedWhen);
            corresp.sent(despatchWhen);
            corresp.sent(headWhen);
            if (!corresp.isEmpty()) tei.correspDesc(corresp.toTei());
            div = null;
        }

        /** Turns the closer's parts back into paragraphs, in place: text follows them, so they did not close the letter. */
        private void reopen() {
            closer.detach();                   // the last thing written, so the paragraphs go where it was
            while (closer.getChildCount() > 0) {
                var c = closer.getChild(0);
                c.detach();
                if (c instanceof Element e) {
                    e.setLocalName("p");
                    writer.add(e);
                }
            }
            closer = null;
            lastP = null;
        }

        private Element opener() {
            if (opener == null || div.getChild(div.getChildCount() - 1) != opener) {
                opener = Tei.el("opener");
                div.appendChild(opener);
            }
            return opener;
        }

        private Element closer() {
            if (closer == null) {
                closer = Tei.el("closer");
                div.appendChild(closer);
            }
            return closer;
        }

        private void title(Block b, boolean address) {
            boolean supplied = InlineLists.endsWith(b.inlines(), '*');
            Element head = inline.element("head", supplied ? InlineLists.withoutTrailing(b.inlines(), '*') : b.inlines());
            if (supplied) Tei.attr(head, "type", "supplied");
            div.appendChild(head);
            hasTitle = true;
            if (!address) return;
            Matcher m = ADDRESS.matcher(InlineLists.plainText(b.inlines()).strip());
            if (!m.matches()) return;
            mark(head, m.group(1), Correspondence.parties(m.group(1), tei.people(), "sender"), true);
            mark(head, m.group(2).replaceAll("\\*$", ""), Correspondence.parties(m.group(2), tei.people(), "addressee"), false);
        }

        private void mark(Element head, String side, List<Correspondence.Party> parties, boolean senders) {
            String[] surfaces = side.replaceAll("\\*$", "").strip().split("\\s+(?:and|AND|&)\\s+");
            for (int k = 0; k < parties.size(); k++) {
                Correspondence.Party p = parties.get(k);
                if (senders) corresp.sender(p); else corresp.addressee(p);
                if (p.id().isPresent() && k < surfaces.length) NameMarker.mark(head, surfaces[k].strip(), p.id().get());
            }
        }

        private void openerDateline(Block b, LetterParts.Dateline dl) {
            Element d = dateline(b, dl);
            opener().appendChild(d);
            String p = b.plain().strip();
            Matcher verb = DESPATCH.matcher(p);
            if (verb.lookingAt() && verb.group(1).equalsIgnoreCase("received")) corresp.received(dl.when());
            else if (verb.lookingAt()) despatchWhen = dl.when();
            else {
                signedWhen = dl.when();
                corresp.place(dl.placeName());
            }
        }

        private Element dateline(Block b, LetterParts.Dateline dl) {
            Element d = inline.element("dateline", b.inlines());
            DateMarker.markFirst(d);
            WilsonCenterPage.wrapPlace(d, dl.placeName());
            return d;
        }

        /** An italic description with a date before the text, e.g. {@code Handed to … on November 2, 1941*}. */
        private boolean isSuppliedTitle(Block b) {
            String p = InlineLists.plainText(b.inlines()).strip();
            boolean italic = !b.inlines().isEmpty() && b.inlines().get(0) instanceof Inline.Styled s && s.style() == Inline.Style.ITALIC;
            return (italic || p.endsWith("*")) && InlineLists.atMostWords(p, 30) && DateParser.find(p).size() == 1;
        }

        private void suppliedDescription(Block b) {
            boolean supplied = InlineLists.endsWith(b.inlines(), '*');
            Element head = inline.element("head", supplied ? InlineLists.withoutTrailing(b.inlines(), '*') : b.inlines());
            if (supplied) Tei.attr(head, "type", "supplied");
            List<IsoDate> dates = DateParser.find(b.plain());
            DateMarker.markFirst(head);
            if (!dates.isEmpty()) headWhen = dates.get(0).iso();
            Matcher m = HANDED.matcher(b.plain().replaceAll("\\s+", " "));
            if (m.find()) {
                mark(head, m.group(2), Correspondence.parties(m.group(2), tei.people(), "sender"), true);
                mark(head, m.group(1), Correspondence.parties(m.group(1), tei.people(), "addressee"), false);
            }
            div.appendChild(head);
            hasTitle = true;
        }

        /** One {@code signed} per printed line; the signers are the senders when the heading named none. */
        private void signatures(Block b) {
            boolean noSenders = corresp.senders().isEmpty();
            for (List<Inline> line : InlineLists.lines(b.inlines())) {
                String name = Inline.plain(line).strip();
                if (name.isEmpty()) continue;
                Element signed = inline.element("signed", line);
                closer().appendChild(signed);
                Optional<String> known = tei.people().known(name);
                if (known.isPresent()) {
                    tei.people().use(name);
                    NameMarker.mark(signed, name, known.get());
                    if (noSenders) corresp.sender(new Correspondence.Party(
                            org.teikit.convert.speech.PersonRegistry.standard().byId(known.get()).get().name(), known));
                }
            }
        }
    }
}
