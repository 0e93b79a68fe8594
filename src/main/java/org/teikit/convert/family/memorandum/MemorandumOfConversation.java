package org.teikit.convert.family.memorandum;

import org.teikit.convert.layout.Paragraphs;
import org.teikit.convert.conventions.Explanation;
import org.teikit.convert.layout.AsciiWords;
import org.teikit.convert.layout.BlockWriter;
import org.teikit.convert.layout.Divisions;
import org.teikit.convert.layout.InlineLists;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Text;
import org.teikit.convert.Fit;
import org.teikit.convert.SourceFamily;
import org.teikit.convert.TeiBuilder;
import org.teikit.convert.apparatus.Footnotes;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.dates.DateMarker;
import org.teikit.convert.dates.DateParser;
import org.teikit.convert.speech.PersonRegistry;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.source.SourceDocument;
import org.teikit.tei.Tei;
import org.teikit.tei.TeiDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memorandum of conversation as an archive scan transcribes it: archival stamps and file markings,
 * the memo's own title and date among them, {@code Present:} (the participants with their offices),
 * {@code Subject:}, then narrative paragraphs with marginal initials and page breaks. Stamps become
 * {@code stamp}, gathered in an {@code opener} ({@link StampGroup}), the participants {@code listPerson type="present"} ({@link MemoParticipants}; and {@code particDesc}), the
 * repository and collection {@code msDesc/msIdentifier}, classification and declassification
 * {@code msDesc/history}; direct quotations are {@code said} (speaker named before the speech verb) or
 * {@code q}. The memo stays narrative: no {@code sp}.
 */
public final class MemorandumOfConversation implements SourceFamily {
    public static final String NAME = "memorandum";
    static final Pattern PRESENT = Pattern.compile("^(?:Present|Participants|Persons present|Also present)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT = Pattern.compile("^(?:Subject|Re|Topic)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_LABEL = Pattern.compile("^Date\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*-?\\s*\\d{1,3}\\s*-?\\s*$");
    private static final Pattern INITIALS = Pattern.compile("^(?:\\p{Lu}\\.\\s?){1,4}(?:\\p{Lu}\\.?)?(?:\\s*\\[unclear\\])?$");
    private static final Pattern CLASSIFICATION = Pattern.compile("(?i)\\b(top secret|secret|confidential|restricted)\\b");
    private static final Pattern DECLASSIFICATION = Pattern.compile("(?i)(declassif|class'n|classify|\\bEO \\d|E\\.O\\. \\d|concurrence|ACDC|authority\\s+NN)");
    private static final Pattern SPEECH_VERB = Pattern.compile(
            "((?:(?:Marshal|Mr\\.?|Mrs\\.?|Sir|General|President|Ambassador|Comrade|Secretary|Generalissimo)\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)"
                    + "\\s+(?:stated|said|remarked|replied|answered|declared|added|asked|inquired|observed|exclaimed|continued|noted|commented)(?:\\s+that)?,?\\s*$");
    private static final Pattern CONVERSATION_TITLE = Pattern.compile("(?i)\\b(memorandum of conversation|\\*\\*conversation\\.\\*\\*|^conversation\\.?$)", Pattern.MULTILINE);
    /** The word every conversation title holds (matched as the title is), and how far a title reaches around it. */
    private static final String CONVERSATION_WORD = "conversation";
    private static final int TITLE_BEFORE_WORD = "memorandum of ".length(), TITLE_AFTER_WORD = "conversation.**".length();
    private static final Pattern ARCHIVE_STAMP = Pattern.compile("(?i).*(Manuscript Division|Container \\d+|Reproduced from the Collections).*");
    private static final Pattern DIVISION = Pattern.compile("(\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)* Division),\\s*(Library of Congress|\\p{Lu}[\\p{L} ]*(?:Library|Archives?))");
    private static final Pattern CONTAINER = Pattern.compile("\\b(Container|Box|Folder)\\s+(\\d+)");
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”]{1,500})[\"”]");

    @Override public String name() { return NAME; }

    @Override
    public Fit fit(SourceDocument document) {
        List<String> signals = new ArrayList<>();
        int present = 0, subject = 0, stamps = 0;
        for (Block b : document.blocks()) {
            String p = b.plain().strip();
            if (PRESENT.matcher(p).lookingAt()) present++;
            if (SUBJECT.matcher(p).lookingAt()) subject++;
            for (String line : p.split("\n")) {
                if (InlineLists.atMostWords(line, 12) && (DECLASSIFICATION.matcher(line).find()
                        || ARCHIVE_STAMP.matcher(line).matches())) stamps++;
            }
        }
        double score = 0;
        if (present > 0) { signals.add("a 'Present:' list of participants"); score += 0.3; }
        if (subject > 0) { signals.add("a 'Subject:' line"); score += 0.3; }
        String text = document.source().text();
        if (titledConversation(text)) {
            signals.add("titled a conversation");
            score += 0.2;
        }
        if (stamps > 0) { signals.add(stamps + " archival stamp or declassification lines"); score += 0.2; }
        if (present > 1 || subject > 1) {           // several conversations: a collection, not one memorandum
            signals.add((Math.max(present, subject)) + " participant lists (a collection of records)");
            score /= 2;
        }
        return new Fit(Math.min(1, score), signals.isEmpty() ? "no memorandum signals" : String.join("; ", signals));
    }

    /**
     * Whether the text has a title naming a conversation anywhere. The title pattern runs only around each
     * occurrence of its word, with the text around visible to its anchors and word boundaries: run over
     * the whole text it cost a tenth of the time spent choosing a family for a long source.
     */
    static boolean titledConversation(String text) {
        Matcher title = CONVERSATION_TITLE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = AsciiWords.indexOf(text, CONVERSATION_WORD, 0); at >= 0; at = AsciiWords.indexOf(text, CONVERSATION_WORD, at + 1)) {
            title.region(Math.max(0, at - TITLE_BEFORE_WORD), Math.min(text.length(), at + TITLE_AFTER_WORD));
            if (title.find()) return true;
        }
        return false;
    }

    @Override
    public TeiDocument convert(SourceDocument document, Explanation explain) {
        List<Block> blocks = document.blocks();
        TeiBuilder tei = new TeiBuilder(document.source(), NAME);
        List<Footnotes.Definition> defs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) Footnotes.definition(blocks.get(i), i).ifPresent(defs::add);
        Footnotes notes = Footnotes.of(defs, "foot");
        InlineEncoder inline = new InlineEncoder(notes);
        Element div = Tei.el("div", Tei.at("type", "memorandum"), Tei.at("xml:id", "memorandum"));
        tei.body().appendChild(div);
        Header header = new Header();

        int present = indexOf(blocks, PRESENT, 0);
        int subject = indexOf(blocks, SUBJECT, 0);
        int marked = present < 0 ? subject : subject < 0 ? present : Math.min(present, subject);
        int first = marked >= 0 ? marked : firstNarrative(blocks);
        for (int i = 0; i < first; i++) {
            notes.at(i);
            if (notes.isDefinitionBlock(i)) placeUnused(notes, i, div);
            else preamble(blocks.get(i), div, inline, header);
        }

        // the participants and the subject open the memo's text, in whichever order the source has them
        BlockWriter writer = new BlockWriter(div, inline, null, "section");
        Element section = div;
        int pos = first;
        for (int mark : java.util.stream.IntStream.of(present, subject).filter(m -> m >= first).sorted().toArray()) {
            narrative(blocks, pos, mark, writer, inline, notes, tei);
            if (mark == present) {
                int end = present + 1;
                while (end < blocks.size() && end != subject && MemoParticipants.isParticipantBlock(blocks.get(end))) end++;
                for (int i = present; i < end; i++) notes.at(i);
                Element list = MemoParticipants.listPerson(blocks.subList(present, end), inline, tei);
                if (list.getFirstChildElement("person", Tei.NS) != null) writer.add(list);
                else for (int i = present; i < end; i++) writer.write(blocks.get(i), i);   // a label without a list
                pos = end;
            } else {
                section = Tei.el("div", Tei.at("type", "section"));
                writer.add(section);
                Element head = inline.element("head", blocks.get(subject).inlines());
                Tei.attr(head, "type", "subject");
                section.appendChild(head);
                header.subject = SUBJECT.matcher(blocks.get(subject).plain().replaceAll("\\s+", " ").strip()).replaceFirst("").strip();
                writer = new BlockWriter(section, inline, null, "section");
                pos = subject + 1;
            }
        }
        narrative(blocks, pos, blocks.size(), writer, inline, notes, tei);
        Divisions.ensureText(section);

        header.write(tei, document.source().baseName());
        return tei.build();
    }

    private static int indexOf(List<Block> blocks, Pattern p, int from) {
        for (int i = from; i < blocks.size(); i++) if (p.matcher(blocks.get(i).plain().strip()).lookingAt()) return i;
        return -1;
    }

    private static int firstNarrative(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Block.Kind.PARAGRAPH && !InlineLists.atMostWords(blocks.get(i).plain(), 25)) return i;
        }
        return 0;
    }

    /** What the header collects while the text is written. */
    private static final class Header {
        String title, subject, when, whenText, repository, institution, collection, container;
        final List<Element> classification = new ArrayList<>();
        final List<Element> declassification = new ArrayList<>();

        void stampLine(String text, Element stamp) {
            Matcher inst = DIVISION.matcher(text);
            if (inst.find()) { repository = inst.group(1).strip(); institution = inst.group(2).strip(); }
            else if (institution == null && text.contains("Library of Congress")) institution = "Library of Congress";
            Matcher cont = CONTAINER.matcher(text);
            if (cont.find() && container == null) container = cont.group();
            for (String seg : text.split(",\\s*")) {
                if (collection == null && seg.strip().matches(".*\\b(Papers|Collection|Records)$")) collection = seg.strip();
            }
            if (!Tei.descendants(stamp, "del").isEmpty() || CLASSIFICATION.matcher(text).find() && !DECLASSIFICATION.matcher(text).find()) {
                if (CLASSIFICATION.matcher(text).find()) classification.add(copy(stamp));
            } else if (DECLASSIFICATION.matcher(text).find()) {
                declassification.add(copy(stamp));
            }
        }

        private static Element copy(Element fw) {
            Element p = Tei.el("p");
            for (int i = 0; i < fw.getChildCount(); i++) p.appendChild(fw.getChild(i).copy());
            return p;
        }

        void write(TeiBuilder tei, String fallback) {
            String t = title == null ? "Memorandum of conversation" : title.replaceAll("[.:]+$", "");
            if (whenText != null) t += ", " + whenText.replaceAll("[.,]+$", "");
            if (subject != null) t += ": " + subject.replaceAll("[.]+$", "");
            tei.title(t);
            Element msDesc = Tei.el("msDesc");
            Element id = Tei.el("msIdentifier");
            if (institution != null) id.appendChild(Tei.text("institution", institution));
            id.appendChild(Tei.text("repository", repository != null ? repository : institution != null ? institution : "unknown"));
            if (collection != null) id.appendChild(Tei.text("collection", collection));
            if (container != null) id.appendChild(Tei.text("idno", container, Tei.at("type", "container")));
            msDesc.appendChild(id);
            Element history = Tei.el("history");
            if (when != null) history.appendChild(Tei.add(Tei.el("origin"), Tei.text("origDate", whenText.replaceAll("[.,]+$", ""), Tei.at("when", when))));
            if (!classification.isEmpty()) history.appendChild(Tei.add(Tei.el("provenance", Tei.at("type", "classification")), classification));
            if (!declassification.isEmpty()) history.appendChild(Tei.add(Tei.el("provenance", Tei.at("type", "declassification")), declassification));
            if (history.getChildCount() > 0) msDesc.appendChild(history);
            tei.sourceDesc().appendChild(msDesc);
        }
    }

    /**
     * A block before the participants: file markings and stamps, the page number, and — in bold or as a
     * heading — the memo's own title and date, which are the document's words, not furniture.
     */
    private static void preamble(Block b, Element div, InlineEncoder inline, Header header) {
        String plain = b.plain().strip();
        if (plain.isEmpty() || b.isBreak()) return;
        if (b.kind() == Block.Kind.HEADING) {
            div.appendChild(inline.element("head", b.inlines()));
            if (header.title == null) header.title = plain;
            return;
        }
        if (PAGE_NUMBER.matcher(plain).matches()) {
            Element fw = inline.element("fw", b.inlines());
            Tei.attr(fw, "type", "pageNum");
            StampGroup.addFurniture(div, fw);
            return;
        }
        Matcher dateLabel = DATE_LABEL.matcher(plain);
        if (dateLabel.lookingAt() && DateParser.parse(plain.substring(dateLabel.end())).isPresent()) {
            Element d = inline.element("dateline", b.inlines());
            dated(d, plain.substring(dateLabel.end()), header);
            div.appendChild(d);
            return;
        }
        for (List<Inline> line : InlineLists.lines(b.inlines())) {
            List<Inline> stamp = new ArrayList<>();
            for (Inline i : line) {
                if (i instanceof Inline.Styled s && s.style() == Inline.Style.BOLD) {
                    stamp(stamp, div, inline, header);
                    stamp.clear();
                    String text = s.plain().strip();
                    Optional<String> when = DateParser.parse(text);
                    if (when.isPresent()) {
                        Element d = inline.element("dateline", List.of(i));
                        dated(d, text, header);
                        div.appendChild(d);
                    } else {
                        div.appendChild(inline.element("head", List.of(i)));
                        if (header.title == null) header.title = text;
                    }
                } else {
                    stamp.add(i);
                }
            }
            stamp(stamp, div, inline, header);
        }
    }

    private static void dated(Element dateline, String text, Header header) {
        DateMarker.markFirst(dateline);
        if (header.when == null) {
            header.when = DateParser.parse(text).orElse(null);
            header.whenText = text.strip();
        }
    }

    private static void stamp(List<Inline> runs, Element div, InlineEncoder inline, Header header) {
        String text = Inline.plain(runs).replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) return;
        Element stamp = Tei.el("stamp");
        inline.encode(InlineLists.stripped(runs), stamp);   // without the spaces that separated them from bold runs
        for (Element bibl : Tei.descendants(stamp, "bibl")) {
            bibl.setLocalName("seg");        // a [Source: …] among the stamps: stamp holds phrases only, so the source is a seg
        }
        Optional<String> stampDate = DateParser.parse(text);
        if (stampDate.isPresent() && stamp.getChildCount() == 1 && stamp.getChild(0) instanceof Text t) {
            stamp.removeChild(t);
            stamp.appendChild(Tei.text("date", t.getValue(), Tei.at("when", stampDate.get())));   // a date stamp: "44 09-23"
        } else {
            DateMarker.markAll(stamp);
        }
        StampGroup.addStamp(div, stamp);
        header.stampLine(text, stamp);
    }

    /**
     * Narrative paragraphs. Marginal initials become annotation notes; a paragraph cut by a page break
     * (no closing punctuation, the next starts in lower case) is rejoined with {@code pb} at the break.
     */
    private static void narrative(List<Block> blocks, int from, int to, BlockWriter writer, InlineEncoder inline,
                                  Footnotes notes, TeiBuilder tei) {
        Element lastP = null;
        List<Element> margin = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Block b = blocks.get(i);
            notes.at(i);
            if (notes.isDefinitionBlock(i)) {
                notes.placeUnused(i, writer::add);
                continue;
            }
            String plain = b.plain().strip();
            if (plain.isEmpty() && !b.isBreak()) continue;
            if (b.kind() == Block.Kind.PARAGRAPH && isMarginal(b)) {
                for (List<Inline> line : InlineLists.lines(b.inlines())) {
                    if (Inline.plain(line).isBlank()) continue;
                    Element note = Tei.el("note", Tei.at("type", "annotation"), Tei.at("place", "margin"));
                    inline.encode(InlineLists.stripped(line), note);
                    margin.add(note);
                }
                continue;
            }
            if (b.kind() == Block.Kind.PARAGRAPH && PAGE_NUMBER.matcher(plain).matches()) {
                Element fw = inline.element("fw", b.inlines());
                Tei.attr(fw, "type", "pageNum");
                margin.add(fw);
                continue;
            }
            boolean continues = lastP != null && b.kind() == Block.Kind.PARAGRAPH && !margin.isEmpty()
                    && Paragraphs.continues(lastP, plain);
            if (continues) {
                if (!lastP.getValue().endsWith(" ")) lastP.appendChild(" ");
                for (Element m : margin) lastP.appendChild(m);
                lastP.appendChild(Tei.el("pb"));
                inline.encode(b.inlines(), lastP);
                speech(lastP, tei);
            } else {
                for (Element m : margin) writer.add(m);
                if (!margin.isEmpty()) writer.add(Tei.el("pb"));
                if (b.kind() == Block.Kind.PARAGRAPH) {
                    lastP = inline.element("p", b.inlines());
                    speech(lastP, tei);
                    writer.add(lastP);
                } else {
                    writer.write(b, i);
                    lastP = null;
                }
            }
            margin.clear();
        }
        for (Element m : margin) writer.add(m);
    }

    /** A note definition no reference before it claimed stays where it stands (a later reference finds it otherwise). */
    private static void placeUnused(Footnotes notes, int index, Element into) {
        notes.placeUnused(index, into::appendChild);
    }

    private static boolean isMarginal(Block b) {
        for (List<Inline> line : InlineLists.lines(b.inlines())) {
            String l = Inline.plain(line).strip();
            if (!l.isEmpty() && !INITIALS.matcher(l).matches()) return false;
        }
        return true;
    }

    /**
     * Direct quotations in a narrative paragraph: {@code said who} when a known person is named just
     * before a speech verb ({@code Marshal Stalin stated "…"}), otherwise {@code q}. Quote marks stay
     * in the text around the element.
     */
    /** A known person, or a participant of this memo, named as a speaker. */
    private static Optional<String> speaker(String surface, TeiBuilder tei) {
        PersonRegistry registry = PersonRegistry.standard();
        boolean known = registry.find(surface).isPresent() || tei.people().ids().contains(registry.resolve(surface).id());
        return known ? Optional.of(tei.people().use(surface)) : Optional.empty();
    }

    static void speech(Element p, TeiBuilder tei) {
        for (int i = 0; i < p.getChildCount(); i++) {
            Node c = p.getChild(i);
            if (!(c instanceof Text t)) continue;
            String v = t.getValue();
            Matcher q = QUOTE.matcher(v);
            if (!q.find()) continue;
            String before = v.substring(0, q.start());
            Matcher sp = SPEECH_VERB.matcher(before);
            Optional<String> who = Optional.empty();
            if (sp.find()) who = speaker(sp.group(1), tei);
            List<Node> parts = new ArrayList<>();
            if (who.isPresent()) {
                if (sp.start(1) > 0) parts.add(new Text(before.substring(0, sp.start(1))));
                parts.add(Tei.text("persName", sp.group(1), Tei.at("ref", "#" + who.get())));
                parts.add(new Text(before.substring(sp.end(1)) + v.charAt(q.start())));
                parts.add(Tei.text("said", q.group(1), Tei.at("who", "#" + who.get())));
            } else {
                parts.add(new Text(before + v.charAt(q.start())));
                parts.add(Tei.text("q", q.group(1)));
            }
            String after = v.substring(q.end() - 1);
            parts.add(new Text(after));
            p.removeChild(i);
            for (int k = 0; k < parts.size(); k++) p.insertChild(parts.get(k), i + k);
            i += parts.size() - 2;            // continue with the text after the quotation
        }
    }
}
