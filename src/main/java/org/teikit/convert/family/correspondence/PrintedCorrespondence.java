package org.teikit.convert.family.correspondence;

import org.teikit.convert.layout.InlineLists;
import org.teikit.convert.conventions.Explanation;
import org.teikit.convert.conventions.letters.LetterParts;
import org.teikit.convert.Fit;
import org.teikit.convert.SourceFamily;
import org.teikit.convert.TeiBuilder;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.apparatus.NoteSource;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.source.SourceDocument;
import org.teikit.tei.Tei;
import org.teikit.tei.TeiDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed edition of correspondence: title pages, commission, contents, foreword (with footnotes
 * per page), publisher's note in {@code front}; then the messages, each a {@code div type="letter"}
 * with its number, despatch/receipt dateline, address heading (an asterisk marks an editors' title),
 * salutation, body, closing formula, signatures, and the place and date printed under the text.
 * Every message gets a {@code correspDesc}. Note references whose text is not in the excerpt (the
 * volume's endnotes) become {@code note type="unavailable"}. This class finds where the messages begin and
 * says how the family is recognised; {@link PrintedFrontMatter} and {@link PrintedLetters} write the two parts.
 */
public final class PrintedCorrespondence implements SourceFamily {
    public static final String NAME = "correspondence";
    static final Pattern NUMBER = Pattern.compile("^No\\.\\s*(\\d{1,4})\\.?$");
    static final Pattern ADDRESS = Pattern.compile("^(.+?)\\s+(?:TO|to)\\s+(.+?)\\*?$");
    private static final Pattern DOC_TYPE = Pattern.compile("^(?:AIDE-M[EÉ]MOIRE|MEMORANDUM|TELEGRAM|MESSAGE|STATEMENT|NOTE|PERSONAL MESSAGE)\\b.*$");
    static final Pattern DESPATCH = Pattern.compile("(?i)^(sent|received|despatched|dispatched|delivered)\\s+on\\b");

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
        // Headings and salutations are every letter's, read by the shared conventions: only this edition's own
        // apparatus (its "No. 1" numbering, its despatch and receipt datelines) makes a document this family's.
        if (numbers < 2 || despatch == 0) {
            return new Fit(0, "not both 'No. 1' numbering and 'Sent on'/'Received on' datelines");
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
    public TeiDocument convert(SourceDocument document, Explanation explain) {
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

        PrintedFrontMatter front = new PrintedFrontMatter(blocks, bodyStart, tei);
        front.write();

        InlineEncoder inline = new InlineEncoder(NoteSource.UNAVAILABLE);
        for (int i = bodyStart; i < firstLetter; i++) {
            Block b = blocks.get(i);
            if (b.isBreak()) tei.body().appendChild(Tei.el("milestone", Tei.at("unit", "section")));
            else if (!b.plain().isBlank()) tei.body().appendChild(inline.element("head", b.inlines()));
        }
        new PrintedLetters(blocks, firstLetter, tei, inline).write();
        return tei.build();
    }
}
