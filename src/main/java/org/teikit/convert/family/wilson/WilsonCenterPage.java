package org.teikit.convert.family.wilson;

import nu.xom.Element;
import org.teikit.convert.layout.AsciiWords;
import org.teikit.convert.layout.BlockWriter;
import org.teikit.convert.layout.Correspondence;
import org.teikit.convert.layout.InlineLists;
import org.teikit.convert.Fit;
import org.teikit.convert.SourceFamily;
import org.teikit.convert.TeiBuilder;
import org.teikit.convert.conventions.Explanation;
import org.teikit.convert.conventions.letters.MessageKind;
import org.teikit.convert.apparatus.Footnotes;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.apparatus.NoteSource;
import org.teikit.convert.dates.DateParser;
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
 * {@code bibl}, summary, language, funder, correspondents). {@link WilsonCitation} reads the citation,
 * {@link WilsonTranscript} writes the transcript.
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
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\bfrom\\s+(.+?)\\s+to\\s+(.+)$");
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
    public TeiDocument convert(SourceDocument document, Explanation explain) {
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
            Element note = Tei.el("note", Tei.at("type", "source"), Tei.at("place", "foot"), Tei.at("n", d.n()));
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
            Element div = Tei.el("div", Tei.at("type", "section"));
            div.appendChild(inline.element("head", blocks.get(idx.get(0)).inlines()));
            BlockWriter w = new BlockWriter(div, inline, null, "section");
            for (int k = 1; k < idx.size(); k++) w.write(blocks.get(idx.get(k)), idx.get(k));
            if (div.getChildCount() == 1) div.appendChild(Tei.el("p"));
            tei.front().appendChild(div);
            header(s.getKey(), idx.subList(1, idx.size()).stream().map(blocks::get).toList(), tei, copies);
        }
        List<Integer> citation = section(sections, "citation");
        if (citation != null) tei.sourceDesc().appendChild(WilsonCitation.bibl(citation.stream().skip(1).map(blocks::get).toList()));

        // body: the transcript
        Correspondence corresp = new Correspondence("transcript");
        Element div = Tei.el("div", Tei.at("type", "transcript"), Tei.at("xml:id", "transcript"));
        tei.body().appendChild(div);
        String head = WilsonTranscript.write(blocks, transcriptStart, div, inline, notes, pageCopies, tei, corresp);
        boolean addressed = !corresp.senders().isEmpty() && !corresp.addressees().isEmpty();
        if (title != null && corresp.senders().isEmpty()) {
            Matcher m = FROM_TO.matcher(title);
            if (m.find()) {
                Correspondence.parties(m.group(1), tei.people(), "sender").forEach(corresp::sender);
                if (corresp.addressees().isEmpty()) Correspondence.parties(m.group(2), tei.people(), "addressee").forEach(corresp::addressee);
            }
        }
        MessageKind kind = MessageKind.of(head, title, addressed, "transcript");
        div.getAttribute("type").setValue(kind.type());             // in place: the attribute order stays
        if (transcriptStart < blocks.size()) {
            explain.decided(blocks.get(transcriptStart).line(), "letters", "the transcript is typed " + kind.type() + ": " + kind.reason());
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

}
