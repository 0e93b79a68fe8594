package org.teikit.convert.family.generic;

import org.teikit.convert.layout.BlockWriter;
import org.teikit.convert.layout.FrontMatter;
import org.teikit.convert.Fit;
import org.teikit.convert.SourceFamily;
import org.teikit.convert.TeiBuilder;
import org.teikit.convert.apparatus.Footnotes;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.conventions.Explanation;
import org.teikit.convert.conventions.letters.LetterLines;
import org.teikit.convert.conventions.letters.Letters;
import org.teikit.convert.conventions.notes.NotePlan;
import org.teikit.convert.conventions.speech.CueNumbers;
import org.teikit.convert.conventions.speech.Dialogue;
import org.teikit.convert.conventions.speech.RunInExchanges;
import org.teikit.source.Block;
import org.teikit.source.SourceDocument;
import org.teikit.tei.TeiDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Any transcription no specific family claims, encoded with the shared conventions alone: title, headed
 * divisions, paragraphs, lists, quotations; speech in whatever label style the document shows, with stage
 * directions, acts and scenes, verse and a cast list ({@link Dialogue}); notes placed at their references
 * ({@link NotePlan}); letters and telegrams with their parts and correspondence metadata ({@link Letters});
 * editorial brackets. The layout is {@link ConventionalLayout}'s.
 */
public final class GenericText implements SourceFamily {
    public static final String NAME = "generic";

    @Override public String name() { return NAME; }

    @Override
    public Fit fit(SourceDocument document) {
        return new Fit(0.1, "fits any transcription");
    }

    @Override
    public TeiDocument convert(SourceDocument document, Explanation explain) {
        // a letter transcribed a part a line, in one paragraph: its parts cut into blocks before they are looked for
        List<Block> blocks = RunInExchanges.split(CueNumbers.unlist(LetterLines.split(document.blocks(), explain), explain), explain);
        TeiBuilder tei = new TeiBuilder(document.source(), NAME);
        tei.title(titleOf(blocks, document.source().baseName()));

        List<Letters.Letter> letters = Letters.find(blocks, explain);
        Set<Integer> letterStarts = new HashSet<>();
        for (Letters.Letter l : letters) letterStarts.add(l.start());
        NotePlan plan = NotePlan.read(blocks, letterStarts::contains, i -> document.source().indented(blocks.get(i).line()),
                document.source().boundsNotes(), explain);
        Map<Integer, String> claimed = letterParts(letters);
        for (int i = 0; i < blocks.size(); i++) {
            if (plan.definitionStart(i) == 0 || plan.isContinuation(i)) claimed.putIfAbsent(i, "a note's definition");
        }
        Dialogue dialogue = Dialogue.read(blocks, explain, name -> tei.people().known(name), claimed::get);

        List<Footnotes.Definition> defs = new ArrayList<>();
        for (NotePlan.Definition d : plan.definitions()) defs.add(new Footnotes.Definition(d.n(), d.block(), d.content(), d.more()));
        Footnotes notes = Footnotes.of(defs, "foot").withFlattenedMarks(plan.flattenedMarks())
                .withAttestedMarks(plan.attestedMarks())
                .withAutoNumbered(plan.autoNumbered());
        InlineEncoder inline = new InlineEncoder(notes);
        BlockWriter writer = new BlockWriter(tei.body(), inline, notes, "section");
        new ConventionalLayout(blocks, tei, writer, inline, notes, plan, dialogue, letters, explain).write();
        warnUnplaced(blocks, notes, plan, explain);       // before finish, which places the unclaimed ones
        writer.finish();
        if (!letters.isEmpty() && FrontMatter.introduction(tei.body(), tei.front()) > 0) {
            explain.decided(blocks.get(letters.get(0).start()).line(), "letters", "what precedes the first of "
                    + letters.size() + " letters is the collection's introduction: front matter");
        }
        return tei.build();
    }

    /** The blocks each letter's own parts take, with what they are: no speech stands there. */
    private static Map<Integer, String> letterParts(List<Letters.Letter> letters) {
        Map<Integer, String> parts = new HashMap<>();
        for (Letters.Letter l : letters) {
            for (int i = l.start(); i < l.headEnd(); i++) parts.put(i, "a letter's heading");
            if (l.dateline() >= 0) parts.put(l.dateline(), "a letter's dateline");
            if (l.salute() >= 0) parts.put(l.salute(), "a letter's salutation");
            if (l.closing() >= 0) parts.put(l.closing(), "a letter's closing");
            if (l.signature() >= 0) parts.put(l.signature(), "a letter's signature");
        }
        return parts;
    }

    /** Each reference without a definition, and each definition no reference claimed, at its line. */
    private static void warnUnplaced(List<Block> blocks, Footnotes notes, NotePlan plan, Explanation explain) {
        for (Footnotes.Missing m : notes.missing()) {
            int line = m.block() >= 0 && m.block() < blocks.size() ? blocks.get(m.block()).line() : 0;
            explain.warn(line, "notes", "note reference " + m.n() + " has no definition in the source: kept as an empty note");
        }
        for (NotePlan.Definition d : plan.definitions()) {
            boolean unused = notes.unused().stream().anyMatch(u -> u.block() == d.block() && u.n().equals(d.n()));
            if (unused) explain.warn(d.line(), "notes", "note " + d.n() + " is defined but no reference points to it: kept where it stands");
        }
    }

    static String titleOf(List<Block> blocks, String fallback) {
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.HEADING && !b.plain().isBlank()) return b.plain().strip();
        }
        for (Block b : blocks) {
            String p = b.plain().strip();
            if (!p.isEmpty() && p.length() <= 200) return p.replace('\n', ' ');
        }
        return fallback;
    }
}
