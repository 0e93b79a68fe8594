package org.teikit.convert.family.correspondence;

import org.teikit.convert.layout.Paragraphs;
import org.teikit.convert.layout.BlockWriter;
import org.teikit.convert.layout.UniqueIds;
import org.teikit.convert.layout.Correspondence;
import org.teikit.convert.layout.Divisions;
import org.teikit.convert.layout.InlineLists;
import org.teikit.convert.conventions.letters.LetterParts;
import nu.xom.Element;
import org.teikit.convert.TeiBuilder;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.dates.DateMarker;
import org.teikit.convert.dates.DateParser;
import org.teikit.convert.dates.IsoDate;
import org.teikit.convert.speech.NameMarker;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.tei.Tei;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The messages of a printed correspondence, each a {@code div type="letter"} with its {@code correspDesc}. */
final class PrintedLetters {
    private static final Pattern HANDED = Pattern.compile("(?i)handed\\s+to\\s+(.+?)\\s+by\\s+(?:the\\s+[^,]+,\\s*)?(.+?),?\\s+on\\s");

    private final List<Block> blocks;
    private final int start;
    private final TeiBuilder tei;
    private final InlineEncoder inline;
    private int lastNumber = 0;
    private char unnumbered = 'a';
    private final UniqueIds ids = new UniqueIds();

    // the letter being written
    private Element div, opener, closer, lastP, postscript;
    private BlockWriter writer;
    private boolean hasBody, hasTitle, closed;
    private Correspondence corresp;
    private String signedWhen, despatchWhen, headWhen;

    PrintedLetters(List<Block> blocks, int start, TeiBuilder tei, InlineEncoder inline) {
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
                rule = Tei.el("milestone", Tei.at("unit", "section"));
                if (div != null && !closed) writer.add(rule); else tei.body().appendChild(rule);
                continue;
            }
            if (p.isEmpty()) continue;
            Element ruleBefore = rule;
            rule = null;
            Matcher number = PrintedCorrespondence.NUMBER.matcher(p);
            if (number.matches()) {             // the editors' ordinal: "No. 1"
                begin(number.group(1));
                Element head = inline.element("head", b.inlines());
                Tei.attr(head, "type", "number");
                div.appendChild(head);
                continue;
            }
            boolean address = PrintedCorrespondence.isAddress(b), docType = PrintedCorrespondence.isDocType(b);
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
            if (lastP != null && b.kind() == Block.Kind.PARAGRAPH && Paragraphs.continues(lastP, p)) {
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
        id = ids.take(id);
        div = Tei.el("div", Tei.at("type", "letter"));
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
        Matcher m = PrintedCorrespondence.ADDRESS.matcher(InlineLists.plainText(b.inlines()).strip());
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
        Matcher verb = PrintedCorrespondence.DESPATCH.matcher(p);
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
        LetterParts.wrapPlace(d, dl.placeName());
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
