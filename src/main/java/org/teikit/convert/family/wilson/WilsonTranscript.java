package org.teikit.convert.family.wilson;

import org.teikit.convert.layout.BlockWriter;
import org.teikit.convert.layout.Divisions;
import org.teikit.convert.layout.InlineLists;
import org.teikit.convert.layout.Correspondence;
import org.teikit.convert.conventions.letters.LetterParts;
import nu.xom.Element;
import org.teikit.convert.TeiBuilder;
import org.teikit.convert.apparatus.Footnotes;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.dates.DateMarker;
import org.teikit.convert.speech.NameMarker;
import org.teikit.source.Block;
import org.teikit.tei.Tei;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Wilson Center page's transcript: head, opener (number, dateline, salute), paragraphs, closer, notes and page numbers. */
final class WilsonTranscript {
    private WilsonTranscript() {}

    private static final Pattern DOC_NUMBER = Pattern.compile("^No\\.\\s*[\\w.,/-]+.*$");
    private static final Pattern FOR_FROM = Pattern.compile("(?i)\\bfor\\s+(.+?)\\s+from\\s+(.+)$");
    private static final Pattern X_TO_Y = Pattern.compile("^(.+?)\\s+to\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    /**
     * Writes the transcript, blocks {@code start} to the end less the trailing apparatus, into {@code div};
     * returns its heading's text, or null when it has none.
     */
    static String write(List<Block> blocks, int start, Element div, InlineEncoder inline, Footnotes notes,
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
        String headText = null;
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
            headText = InlineLists.plainText(blocks.get(i).inlines());
            parties(headText, head, tei, corresp);
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
                div.appendChild(Tei.el("pb", Tei.at("n", pageCopies.get(k))));
            } else {
                writer.write(b, k);
            }
        }
        writer.finish();
        Divisions.ensureText(div);
        return headText;
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
        LetterParts.wrapPlace(d, parts.placeName());
        if (corresp != null) {
            corresp.sent(parts.when());
            corresp.place(parts.placeName());
        }
        return d;
    }
}
