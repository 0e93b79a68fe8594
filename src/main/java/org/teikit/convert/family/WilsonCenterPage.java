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
import org.teikit.convert.speech.NameMarker;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.source.SourceDocument;
import org.teikit.tei.Tei;
import org.teikit.tei.TeiDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document page of the Wilson Center Digital Archive: date and title, then labelled sections
 * (Citation, Summary, Credits, Original Language, Contents — as headings or as plain label
 * paragraphs), then the transcript and its notes. The page's sections go to {@code front}, the
 * transcript to {@code body/div type="transcript"}; the header holds copies (citation as a structured
 * {@code bibl}, summary, language, funder, correspondents).
 */
public final class WilsonCenterPage implements SourceFamily {
    public static final String NAME = "wilson-center";
    private static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[\\p{L} &/'’-]{1,40}):$");
    private static final List<String> KNOWN_LABELS = List.of("citation", "summary", "credits", "original language",
            "contents", "author", "authors", "associated people & organizations", "associated places",
            "subjects discussed", "related documents", "record id", "translation", "original archive");
    private static final Pattern TRANSCRIPT_LINE = Pattern.compile("^(Transcript|Translation|Original)\\s+-\\s+\\p{L}+.*$");
    private static final Pattern ARCHIVE_URL = Pattern.compile("(?i)https?://[^\\s>]*(wilson-?center|digitalarchive)[^\\s>]*");
    private static final Pattern ORIG_NOTE = Pattern.compile("^\\s*\\[Orig(?:inal)?\\.? note\\]\\s*");
    private static final Pattern PAGE_BEFORE_NOTE = Pattern.compile("^(\\d{1,4})\\s*(?=\\[Orig(?:inal)?\\.? note\\])");
    private static final Pattern DOC_NUMBER = Pattern.compile("^No\\.\\s*[\\w.,/-]+.*$");
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\bfrom\\s+(.+?)\\s+to\\s+(.+)$");
    private static final Pattern FOR_FROM = Pattern.compile("(?i)\\bfor\\s+(.+?)\\s+from\\s+(.+)$");
    private static final Pattern X_TO_Y = Pattern.compile("^(.+?)\\s+to\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED_TITLE = Pattern.compile("^[\"“](.+?)[\"”],?\\s*(.*)$");
    private static final Pattern CITED_PAGE = Pattern.compile(",\\s*(?:pp?\\.\\s*)?(\\d+(?:[-–]\\d+)?)\\.?\\s*$");
    private static final Pattern IMPRINT = Pattern.compile("\\(([^():]+):\\s*([^()]+?),\\s*(\\d{4})\\)");
    private static final Pattern EDITORS = Pattern.compile(",?\\s*\\beds?\\.\\s+(.+)$");
    private static final Pattern VOLUME = Pattern.compile(",?\\s*\\bVol(?:ume|\\.)\\s+([IVXLC]+|\\d+)\\b");
    private static final Pattern TRANSLATOR = Pattern.compile("(?i)^(translated|translation|trans\\.)\\s+by\\s+(.+)$");
    private static final Map<String, String> LANGUAGES = Map.of("english", "en", "russian", "ru", "chinese", "zh",
            "german", "de", "french", "fr", "korean", "ko", "japanese", "ja", "polish", "pl", "hungarian", "hu",
            "czech", "cs");

    @Override public String name() { return NAME; }

    @Override
    public Fit fit(SourceDocument document) {
        List<String> signals = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Block b : document.blocks()) label(b).ifPresent(l -> labels.add(l));
        if (labels.stream().anyMatch(l -> l.equalsIgnoreCase("citation"))) signals.add("a 'Citation:' section");
        if (labels.stream().anyMatch(l -> l.equalsIgnoreCase("summary"))) signals.add("a 'Summary:' section");
        if (labels.stream().anyMatch(l -> l.equalsIgnoreCase("original language") || l.equalsIgnoreCase("contents"))) {
            signals.add("'Original Language:'/'Contents:' sections");
        }
        String text = document.source().text();
        if (text.contains("Wilson Center Digital Archive")) signals.add("the citation names the Wilson Center Digital Archive");
        if (hasArchiveUrl(text)) signals.add("an archive document URL");
        if (document.blocks().stream().anyMatch(b -> TRANSCRIPT_LINE.matcher(b.plain().strip()).matches())) {
            signals.add("a 'Transcript - <language>' line");
        }
        double score = Math.min(1.0, signals.size() / 5.0);
        return new Fit(score, signals.isEmpty() ? "no archive-page signals" : String.join("; ", signals));
    }

    /**
     * Whether the text holds an archive document URL anywhere. Every match starts with "http": the pattern
     * is tried only there, not at every position of the text (a twentieth of a long source's conversion).
     */
    static boolean hasArchiveUrl(String text) {
        Matcher url = ARCHIVE_URL.matcher(text);
        for (int at = AsciiWords.indexOf(text, "http", 0); at >= 0; at = AsciiWords.indexOf(text, "http", at + 1)) {
            if (url.region(at, text.length()).lookingAt()) return true;
        }
        return false;
    }

    /** The section label a block is, if it is one ({@code #### **Citation:**} or a paragraph {@code Citation:}). */
    static Optional<String> label(Block b) {
        if (b.kind() != Block.Kind.HEADING && b.kind() != Block.Kind.PARAGRAPH) return Optional.empty();
        Matcher m = LABEL.matcher(b.plain().strip());
        if (!m.matches()) return Optional.empty();
        String l = m.group(1).strip();
        boolean known = KNOWN_LABELS.contains(l.toLowerCase(Locale.ROOT));
        return known || b.kind() == Block.Kind.HEADING ? Optional.of(l) : Optional.empty();
    }

    @Override
    public TeiDocument convert(SourceDocument document) {
        List<Block> blocks = document.blocks();
        TeiBuilder tei = new TeiBuilder(document.source(), NAME);
        InlineEncoder copies = new InlineEncoder(NoteSource.UNAVAILABLE);

        // the page: preamble (date, title), then labelled sections up to the transcript
        int first = 0;
        while (first < blocks.size() && label(blocks.get(first)).isEmpty()) first++;
        List<Map.Entry<String, List<Integer>>> sections = new ArrayList<>();
        int transcriptStart = blocks.size();
        String current = null;
        for (int i = first; i < blocks.size(); i++) {
            Optional<String> l = label(blocks.get(i));
            if (l.isPresent() && (current == null || !"contents".equalsIgnoreCase(current))) {
                current = l.get();
                sections.add(Map.entry(current, new ArrayList<>(List.of(i))));
                continue;
            }
            if (current == null) continue;
            sections.get(sections.size() - 1).getValue().add(i);
            if ("contents".equalsIgnoreCase(current) && TRANSCRIPT_LINE.matcher(blocks.get(i).plain().strip()).matches()) {
                transcriptStart = i + 1;
                break;
            }
        }
        if (first == blocks.size()) {                            // no page furniture at all: all transcript
            transcriptStart = 0;
            first = 0;
        }

        // notes of the transcript: definitions, and copies of them carrying a page number
        List<Footnotes.Definition> defs = new ArrayList<>();
        Map<Integer, String> pageCopies = new LinkedHashMap<>();
        for (int i = transcriptStart; i < blocks.size(); i++) Footnotes.definition(blocks.get(i), i).ifPresent(defs::add);
        for (int i = transcriptStart; i < blocks.size(); i++) {
            final int index = i;
            Matcher m = PAGE_BEFORE_NOTE.matcher(blocks.get(i).plain());
            if (m.find() && defs.stream().noneMatch(d -> d.block() == index)) {
                String body = normalise(ORIG_NOTE.matcher(blocks.get(i).plain().substring(m.end())).replaceFirst(""));
                if (defs.stream().anyMatch(d -> normalise(noteText(d)).equals(body))) pageCopies.put(i, m.group(1));
            }
        }
        Footnotes notes = new Footnotes(defs, "foot", d -> {
            Element note = Tei.el("note", "type", "source", "place", "foot", "n", d.n());
            new InlineEncoder(NoteSource.UNAVAILABLE).encode(InlineLists.withoutLeading(d.content(), ORIG_NOTE), note);
            return note;
        });
        InlineEncoder inline = new InlineEncoder(notes);

        // front: title page and the labelled sections
        Element titlePage = Tei.el("titlePage");
        String pageDate = null;
        String title = null;
        Element docTitle = null;
        for (int i = 0; i < first && i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isBreak() || b.plain().isBlank()) continue;
            Optional<String> when = DateParser.parse(b.plain());
            if (when.isPresent() && pageDate == null) {
                pageDate = when.get();
                Element docDate = inline.element("docDate", b.inlines());
                Tei.attr(docDate, "when", pageDate);
                titlePage.appendChild(docDate);
            } else {
                if (docTitle == null) {
                    docTitle = Tei.el("docTitle");
                    titlePage.appendChild(docTitle);
                }
                docTitle.appendChild(inline.element("titlePart", b.inlines()));
                if (title == null) title = b.plain().replaceAll("\\s+", " ").strip();
            }
        }
        if (titlePage.getChildCount() > 0) {
            if (docTitle == null) titlePage.appendChild(Tei.add(Tei.el("docTitle"), Tei.el("titlePart")));
            tei.front().appendChild(titlePage);
        }
        if (title != null) tei.title(title);

        for (Map.Entry<String, List<Integer>> s : sections) {
            List<Integer> idx = s.getValue();
            Element div = Tei.el("div", "type", "section");
            div.appendChild(inline.element("head", blocks.get(idx.get(0)).inlines()));
            BlockWriter w = new BlockWriter(div, inline, null, "section");
            for (int k = 1; k < idx.size(); k++) w.write(blocks.get(idx.get(k)), idx.get(k));
            if (div.getChildCount() == 1) div.appendChild(Tei.el("p"));
            tei.front().appendChild(div);
            header(s.getKey(), idx.subList(1, idx.size()).stream().map(blocks::get).toList(), tei, copies);
        }
        List<Integer> citation = section(sections, "citation");
        if (citation != null) tei.sourceDesc().appendChild(citation(citation.stream().skip(1).map(blocks::get).toList()));

        // body: the transcript
        Correspondence corresp = new Correspondence("transcript");
        Element div = Tei.el("div", "type", "transcript", "xml:id", "transcript");
        tei.body().appendChild(div);
        transcript(blocks, transcriptStart, div, inline, notes, pageCopies, tei, corresp);
        if (title != null && corresp.senders().isEmpty()) {
            Matcher m = FROM_TO.matcher(title);
            if (m.find()) {
                Correspondence.parties(m.group(1), tei.people(), "sender").forEach(corresp::sender);
                if (corresp.addressees().isEmpty()) Correspondence.parties(m.group(2), tei.people(), "addressee").forEach(corresp::addressee);
            }
        }
        corresp.completeYear(pageDate);
        corresp.sentInferred(pageDate);
        if (!corresp.senders().isEmpty() || !corresp.addressees().isEmpty()) tei.correspDesc(corresp.toTei());
        return tei.build();
    }

    /** The first section with this label, or null. */
    private static List<Integer> section(List<Map.Entry<String, List<Integer>>> sections, String label) {
        for (var e : sections) if (e.getKey().equalsIgnoreCase(label)) return e.getValue();
        return null;
    }

    private static String noteText(Footnotes.Definition d) {
        return ORIG_NOTE.matcher(Inline.plain(d.content())).replaceFirst("");
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Header copies of a labelled section. */
    private static void header(String label, List<Block> content, TeiBuilder tei, InlineEncoder copies) {
        String l = label.toLowerCase(Locale.ROOT);
        List<Block> paras = content.stream().filter(b -> !b.isBreak() && !b.plain().isBlank()).toList();
        if (paras.isEmpty()) return;
        switch (l) {
            case "summary" -> {
                for (Block b : paras) tei.summary(copies.element("p", b.inlines()));
            }
            case "original language" -> {
                String name = paras.get(0).plain().strip();
                String ident = LANGUAGES.getOrDefault(name.toLowerCase(Locale.ROOT).split("[\\s,;]+")[0], "und");
                tei.language(ident, name);
            }
            case "credits" -> {
                String credit = paras.get(0).plain().strip();
                String funder = credit.replaceFirst("(?i)^.*?\\b(?:support|funding|grant)\\s+(?:from|by)\\s+(?:the\\s+)?", "");
                tei.titleStmt(Tei.text("funder", funder.replaceAll("[.]$", "").strip()));
            }
            default -> { }
        }
    }

    /**
     * The citation as a structured {@code bibl}:
     * {@code "Title", date, Archive, Series…, Volume VI, eds. A, B (Place: Publisher, 1967), 97.} plus the URL.
     */
    static Element citation(List<Block> content) {
        Element bibl = Tei.el("bibl");
        String text = "";
        String url = null;
        for (Block b : content) {
            for (Inline i : b.inlines()) {
                if (i instanceof Inline.Styled s && s.style() == Inline.Style.LINK) url = s.plain().strip();
                else text += i.plain();
            }
            text += " ";
        }
        text = text.replaceAll("\\s+", " ").strip();
        Matcher m = QUOTED_TITLE.matcher(text);
        String rest = text;
        if (m.matches()) {
            bibl.appendChild(Tei.text("title", m.group(1), "level", "a"));
            rest = m.group(2);
        }
        var dates = org.teikit.convert.dates.DateParser.find(rest);
        if (!dates.isEmpty() && dates.get(0).start() == 0) {
            bibl.appendChild(Tei.text("date", rest.substring(0, dates.get(0).end()), "when", dates.get(0).iso()));
            rest = rest.substring(dates.get(0).end()).replaceFirst("^[,\\s]+", "");
        }
        String page = null, volume = null, place = null, publisher = null, year = null;
        List<String> editors = new ArrayList<>();
        Matcher pg = CITED_PAGE.matcher(rest);
        if (pg.find()) { page = pg.group(1); rest = rest.substring(0, pg.start()); }
        Matcher imp = IMPRINT.matcher(rest);
        if (imp.find()) {
            place = imp.group(1).strip(); publisher = imp.group(2).strip(); year = imp.group(3);
            rest = (rest.substring(0, imp.start()) + rest.substring(imp.end())).strip();
        }
        Matcher ed = EDITORS.matcher(rest);
        if (ed.find()) {
            for (String e : ed.group(1).split(",\\s*")) if (!e.isBlank()) editors.add(e.strip());
            rest = rest.substring(0, ed.start());
        }
        Matcher vol = VOLUME.matcher(rest);
        if (vol.find()) { volume = vol.group(1); rest = rest.substring(0, vol.start()) + rest.substring(vol.end()); }
        rest = rest.replaceAll("[.,\\s]+$", "").strip();
        List<String> monograph = new ArrayList<>();
        for (String seg : rest.split(",\\s*(?![^()]*\\))")) {
            String sg = seg.strip();
            if (sg.isEmpty()) continue;
            Matcher tr = TRANSLATOR.matcher(sg);
            if (tr.matches()) {
                bibl.appendChild(Tei.add(Tei.el("respStmt"), Tei.text("resp", tr.group(1) + " by"), Tei.text("name", tr.group(2))));
                continue;
            }
            if (sg.matches("(?i).*digital archive.*")) bibl.appendChild(Tei.text("distributor", sg));
            else if (!sg.contains(":") && sg.matches("(?i).*\\b(papers|collection|records|fonds)$")) bibl.appendChild(Tei.text("title", sg, "level", "s"));
            else if (sg.matches("(?i).*\\b(library|archives?|museum|institute|university)\\b.*")) bibl.appendChild(Tei.text("orgName", sg, "type", "repository"));
            else monograph.add(sg);
        }
        if (!monograph.isEmpty()) bibl.appendChild(Tei.text("title", String.join(", ", monograph), "level", "m"));
        if (volume != null) bibl.appendChild(Tei.text("biblScope", volume, "unit", "volume"));
        for (String e : editors) bibl.appendChild(Tei.text("editor", e));
        if (place != null) bibl.appendChild(Tei.text("pubPlace", place));
        if (publisher != null) bibl.appendChild(Tei.text("publisher", publisher));
        if (year != null) bibl.appendChild(Tei.text("date", year, "when", year));
        if (page != null) bibl.appendChild(Tei.text("biblScope", page, "unit", "page"));
        if (url != null) {
            bibl.appendChild(Tei.text("idno", url, "type", "URI"));
            bibl.appendChild(Tei.text("ref", url, "target", url));
        }
        return bibl;
    }

    /** The transcript: head, opener (number, dateline, salute), paragraphs, closer, notes and page numbers. */
    private static void transcript(List<Block> blocks, int start, Element div, InlineEncoder inline, Footnotes notes,
                                   Map<Integer, String> pageCopies, TeiBuilder tei, Correspondence corresp) {
        int end = blocks.size();
        // trailing apparatus: notes, page-numbered copies, separators
        while (end > start) {
            Block b = blocks.get(end - 1);
            if (b.isBreak() || notes.isDefinitionBlock(end - 1) || pageCopies.containsKey(end - 1) || b.plain().isBlank()) end--;
            else break;
        }
        // closer: signature and closing formula at the end
        int closerStart = end;
        while (closerStart > start) {
            String p = blocks.get(closerStart - 1).plain();
            if (LetterParts.isSignature(p) || LetterParts.isClosingSalute(p) || (closerStart == end && LetterParts.dateline(p).isPresent())) closerStart--;
            else break;
        }
        Element opener = null;
        int i = start;
        int bodyBlocks = 0;
        for (int k = start; k < closerStart; k++) {
            String p = blocks.get(k).plain().strip();
            if (!(k == start && isHead(blocks.get(k))) && !LetterParts.isSalute(p) && LetterParts.dateline(p).isEmpty()
                    && !DOC_NUMBER.matcher(p).matches()) bodyBlocks++;
        }
        if (bodyBlocks == 0) closerStart = end;                 // nothing to close: the short text is the text
        if (i < closerStart && isHead(blocks.get(i))) {
            notes.at(i);
            Element head = inline.element("head", blocks.get(i).inlines());
            div.appendChild(head);
            parties(InlineLists.plainText(blocks.get(i).inlines()), head, tei, corresp);
            i++;
        }
        for (; i < closerStart; i++) {
            Block b = blocks.get(i);
            String p = b.plain().strip();
            notes.at(i);
            boolean openerPart = DOC_NUMBER.matcher(p).matches() && InlineLists.atMostWords(p, 5)
                    || LetterParts.dateline(p).isPresent() || LetterParts.isSalute(p);
            if (!openerPart || b.kind() != Block.Kind.PARAGRAPH) break;
            if (opener == null) {
                opener = Tei.el("opener");
                div.appendChild(opener);
            }
            opener.appendChild(openerPart(b, inline, corresp));
        }
        BlockWriter writer = new BlockWriter(div, inline, notes, "section");
        for (; i < closerStart; i++) writer.write(blocks.get(i), i);
        if (closerStart < end) {
            Element closer = Tei.el("closer");
            for (int k = closerStart; k < end; k++) {
                Block b = blocks.get(k);
                notes.at(k);
                String p = b.plain();
                if (LetterParts.isClosingSalute(p)) closer.appendChild(inline.element("salute", b.inlines()));
                else if (LetterParts.isSignature(p)) {
                    Element signed = inline.element("signed", b.inlines());
                    closer.appendChild(signed);
                    tei.people().known(p.strip()).ifPresent(id -> {
                        NameMarker.mark(signed, p.strip(), id);
                        tei.people().use(p.strip());
                    });
                } else closer.appendChild(dateline(b, inline, corresp));
            }
            div.appendChild(closer);
        }
        // what follows the text: separators, notes not placed at a reference, page numbers of note copies
        for (int k = end; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (pageCopies.containsKey(k)) {
                div.appendChild(Tei.el("pb", "n", pageCopies.get(k)));
            } else {
                writer.write(b, k);
            }
        }
        writer.finish();
        Divisions.ensureText(div);
    }

    private static boolean isHead(Block b) {
        if (b.kind() == Block.Kind.HEADING) return true;
        String p = b.plain().strip();
        if (p.isEmpty() || !InlineLists.atMostWords(p, 40) || LetterParts.dateline(p).isPresent()) return false;
        long letters = p.chars().filter(Character::isLetter).count();
        long upper = p.chars().filter(Character::isUpperCase).count();
        boolean capitals = letters > 0 && upper >= letters * 0.8;
        boolean addressed = X_TO_Y.matcher(p).matches() && !p.endsWith(".");
        return capitals || addressed;
    }

    /** Sender and addressee from a heading ({@code X (Harriman) to President Roosevelt}, {@code … FOR X FROM Y.}). */
    private static void parties(String head, Element headEl, TeiBuilder tei, Correspondence corresp) {
        String h = head.replaceAll("\\s+", " ").strip();
        Matcher forFrom = FOR_FROM.matcher(h);
        Matcher xToY = X_TO_Y.matcher(h);
        List<Correspondence.Party> from, to;
        if (forFrom.find()) {
            to = Correspondence.parties(forFrom.group(1), tei.people(), "addressee");
            from = Correspondence.parties(forFrom.group(2), tei.people(), "sender");
        } else if (xToY.matches()) {
            from = Correspondence.parties(xToY.group(1), tei.people(), "sender");
            to = Correspondence.parties(xToY.group(2), tei.people(), "addressee");
        } else {
            return;
        }
        from.forEach(corresp::sender);
        to.forEach(corresp::addressee);
        for (var p : from) markParty(headEl, h, p);
        for (var p : to) markParty(headEl, h, p);
    }

    private static void markParty(Element e, String text, Correspondence.Party p) {
        if (p.id().isEmpty()) return;
        for (String w : text.split("[\\s(),.]+")) {
            if (w.length() > 2 && Character.isUpperCase(w.charAt(0))
                    && org.teikit.convert.speech.PersonRegistry.standard().find(w).map(x -> x.id()).equals(p.id())) {
                NameMarker.mark(e, w, p.id().get());
                return;
            }
        }
    }

    private static Element openerPart(Block b, InlineEncoder inline, Correspondence corresp) {
        String p = b.plain().strip();
        if (LetterParts.isSalute(p)) return inline.element("salute", b.inlines());
        if (LetterParts.dateline(p).isPresent()) return dateline(b, inline, corresp);
        return inline.element("idno", b.inlines());
    }

    /** A dateline with its date marked and its place (editorial brackets and all) as {@code placeName}. */
    static Element dateline(Block b, InlineEncoder inline, Correspondence corresp) {
        Element d = inline.element("dateline", b.inlines());
        LetterParts.Dateline parts = LetterParts.dateline(b.plain()).orElseThrow();
        DateMarker.markFirst(d);
        wrapPlace(d, parts.placeName());
        if (corresp != null) {
            corresp.sent(parts.when());
            corresp.place(parts.placeName());
        }
        return d;
    }

    /** Wraps the dateline's place (plain text or an editorial {@code supplied}) in {@code placeName}. */
    static void wrapPlace(Element dateline, String place) {
        if (place.isEmpty()) return;
        for (int i = 0; i < dateline.getChildCount(); i++) {
            if (dateline.getChild(i) instanceof Element e && e.getLocalName().equals("supplied")
                    && e.getValue().replaceAll("[,\\s]", "").equals(place.replaceAll("[,\\s]", ""))) {
                Element pn = Tei.el("placeName");
                dateline.replaceChild(e, pn);
                pn.appendChild(e);
                return;
            }
        }
        NameMarker.wrap(dateline, place, Tei.el("placeName"));
    }
}
