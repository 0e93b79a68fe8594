package org.teikit.convert.family;

import org.teikit.convert.Fit;
import org.teikit.convert.SourceFamily;
import org.teikit.convert.TeiBuilder;
import org.teikit.convert.apparatus.Footnotes;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.convert.speech.SpeakerLabel;
import org.teikit.source.Block;
import org.teikit.source.SourceDocument;
import org.teikit.tei.Tei;
import org.teikit.tei.TeiDocument;

import nu.xom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Any transcription no specific family claims: title, headed divisions, paragraphs, notes, emphasis,
 * editorial brackets, and {@code Name:}-labelled dialogue as {@code sp}.
 */
public final class GenericText implements SourceFamily {
    public static final String NAME = "generic";

    @Override public String name() { return NAME; }

    @Override
    public Fit fit(SourceDocument document) {
        return new Fit(0.1, "fits any transcription");
    }

    @Override
    public TeiDocument convert(SourceDocument document) {
        List<Block> blocks = document.blocks();
        TeiBuilder tei = new TeiBuilder(document.source(), NAME);
        tei.title(titleOf(blocks, document.source().baseName()));

        List<Footnotes.Definition> defs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) Footnotes.definition(blocks.get(i), i).ifPresent(defs::add);
        Footnotes notes = Footnotes.of(defs, "foot");
        InlineEncoder inline = new InlineEncoder(notes);
        BlockWriter writer = new BlockWriter(tei.body(), inline, notes, "section");

        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            var label = b.kind() == Block.Kind.PARAGRAPH && !notes.isDefinitionBlock(i)
                    ? SpeakerLabel.at(b.inlines(), name -> false) : java.util.Optional.<SpeakerLabel>empty();
            if (label.isPresent()) {
                notes.at(i);
                Element turn = inline.element("p", label.get().rest());
                if (!BlockWriter.isEmpty(turn)) {     // a label with nothing after it is no turn: a plain paragraph
                    String who = tei.people().use(label.get().label());
                    Element sp = Tei.el("sp", "who", "#" + who);
                    sp.appendChild(Tei.text("speaker", label.get().label()));
                    sp.appendChild(turn);
                    writer.add(sp);
                    continue;
                }
            }
            writer.write(b, i);
        }
        writer.finish();
        return tei.build();
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
