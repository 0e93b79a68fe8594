package org.teikit.convert.apparatus;

import nu.xom.Element;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.source.NoteMarks;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Note definitions found in a document ({@code <sup>1</sup> text}, {@code [1] text}, {@code ¹ text},
 * or whatever a family recognises) and their placement at the references. A reference takes the first
 * unused definition with its number that follows it (footnotes follow their page, so a second page's
 * note 1 goes to that page's reference 1); when none follows, the nearest unused one before it.
 * References whose text the source lacks become {@code note type="unavailable"}.
 */
public final class Footnotes implements NoteSource {
    /**
     * A definition: its number, the block it came from, its content without the marker, and the paragraphs
     * that continue it (a note of several paragraphs), if any.
     */
    public record Definition(String n, int block, List<Inline> content, List<List<Inline>> more) {
        public Definition {
            more = List.copyOf(more);
        }

        public Definition(String n, int block, List<Inline> content) {
            this(n, block, content, List.of());
        }
    }

    /** A reference no definition answered: its number and the block it stands in. */
    public record Missing(String n, int block) {}

    private final List<Definition> definitions;
    // indexes, so placing n notes among n definitions stays linear (a 1 MB source has thousands)
    private final Map<Integer, List<Definition>> byBlock = new HashMap<>();
    private final Map<String, List<Definition>> byNumber = new HashMap<>();
    // by identity: a definition is one place in the source, and a record's hashCode would hash its content
    private final Set<Definition> used = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Missing> missing = new ArrayList<>();
    private final String place;
    private final Function<Definition, Element> encoder;
    private int cursor;
    private final InlineNoteNumbers inlineNumbers = new InlineNoteNumbers();
    private boolean flattenedMarks;
    private List<Pattern> attestedMarks = List.of();
    private AutoNumberedNotes autoNumbered = AutoNumberedNotes.NONE;

    public Footnotes(List<Definition> definitions, String place, Function<Definition, Element> encoder) {
        this.definitions = List.copyOf(definitions);
        for (Definition d : this.definitions) {
            byBlock.computeIfAbsent(d.block(), k -> new ArrayList<>()).add(d);
            byNumber.computeIfAbsent(d.n(), k -> new ArrayList<>()).add(d);
        }
        this.place = place;
        this.encoder = encoder;
    }

    /** Footnotes with bodies encoded by a plain {@link InlineEncoder}, typed {@code source}. */
    public static Footnotes of(List<Definition> definitions, String place) {
        InlineEncoder bodies = new InlineEncoder(NoteSource.UNAVAILABLE);
        return new Footnotes(definitions, place, d -> {
            Element note = Tei.el("note", Tei.at("type", "source"), Tei.at("place", place), Tei.at("n", d.n()));
            if (d.more().isEmpty()) {
                bodies.encode(trimStart(d.content()), note);
            } else {                                   // a note of several paragraphs
                List<List<Inline>> paragraphs = new ArrayList<>();
                paragraphs.add(d.content());
                paragraphs.addAll(d.more());
                for (List<Inline> p : paragraphs) {
                    Element para = bodies.element("p", trimStart(p));
                    // a marker with nothing after it on its line ("1." then the text below) opens no paragraph,
                    // nor does a line of layout characters (□ □), which the encoder drops
                    if (!Tei.isBlank(para)) note.appendChild(para);
                }
            }
            return note;
        });
    }

    /** A definition marker at the start of a block ({@link NoteMarks#definition}). */
    public static Optional<Definition> definition(Block b, int index) {
        return NoteMarks.definition(b.inlines()).map(d -> new Definition(d.n(), index, d.content()));
    }

    /** Sets the block being encoded, so references resolve to the nearest definition. */
    public Footnotes at(int blockIndex) {
        this.cursor = blockIndex;
        return this;
    }

    public boolean isDefinitionBlock(int blockIndex) {
        return byBlock.containsKey(blockIndex);
    }

    @Override
    public Element noteFor(String n) {
        Definition pick = null;
        List<Definition> candidates = byNumber.getOrDefault(n, List.of());
        for (Definition d : candidates) {
            if (!used.contains(d) && d.block() > cursor) { pick = d; break; }
        }
        if (pick == null) {
            for (int i = candidates.size() - 1; i >= 0; i--) {
                Definition d = candidates.get(i);
                if (!used.contains(d) && d.block() < cursor) { pick = d; break; }
            }
        }
        if (pick == null) {
            missing.add(new Missing(n, cursor));
            return Notes.unavailable(n, place);
        }
        used.add(pick);
        return encoder.apply(pick);
    }

    /** These footnotes are marked by digits glued to words (the plan found them paired with the definitions). */
    public Footnotes withFlattenedMarks(boolean on) {
        this.flattenedMarks = on;
        return this;
    }

    /** These footnotes are marked in ways only this document's evidence makes marks ({@link NoteSource#attestedMarks}). */
    public Footnotes withAttestedMarks(List<Pattern> marks) {
        this.attestedMarks = List.copyOf(marks);
        return this;
    }

    @Override
    public List<Pattern> attestedMarks() {
        return attestedMarks;
    }

    /** The numbers of the notes reStructuredText numbers itself, for their references. */
    public Footnotes withAutoNumbered(AutoNumberedNotes numbers) {
        this.autoNumbered = numbers;
        return this;
    }

    @Override
    public String autoNumbered(String key) {
        return autoNumbered.resolve(key, cursor);
    }

    @Override
    public boolean flattenedMarks() {
        return flattenedMarks;
    }

    /** The first definition still unplaced after the block being encoded has number {@code n}: marks and notes go in step. */
    @Override
    public boolean nextFlattened(String n) {
        if (!flattenedMarks) return false;
        for (Definition d : definitions) {
            if (d.block() > cursor && !used.contains(d)) return d.n().equals(n);
        }
        return false;
    }

    @Override
    public InlineNoteNumbers inlineNumbers() {
        return inlineNumbers;
    }

    @Override
    public String place() {
        return place;
    }

    @Override
    public boolean defines(String n) {
        return byNumber.containsKey(n);
    }

    /** The references no definition answered, in the order met. */
    public List<Missing> missing() {
        return List.copyOf(missing);
    }

    /** Definitions no reference claimed: the caller places them where they stood, so no word is lost. */
    public List<Definition> unused() {
        return definitions.stream().filter(d -> !used.contains(d)).toList();
    }

    /** The unused definitions made from one block. */
    public List<Definition> unusedAt(int blockIndex) {
        return byBlock.getOrDefault(blockIndex, List.of()).stream().filter(d -> !used.contains(d)).toList();
    }

    public boolean isUnused(Definition d) {
        return !used.contains(d);
    }

    public Element encodeUnused(Definition d) {
        used.add(d);
        return encoder.apply(d);
    }

    /**
     * The definitions no reference claimed, of block {@code blockIndex} (all of them when it is negative), each encoded
     * as a note and handed to {@code into} where the caller's layout stands: where the definition stood, so no word is
     * lost. The one place the families keep their unplaced notes.
     */
    public void placeUnused(int blockIndex, java.util.function.Consumer<Element> into) {
        for (Definition d : blockIndex < 0 ? unused() : unusedAt(blockIndex)) into.accept(encodeUnused(d));
    }

    static List<Inline> trimStart(List<Inline> in) {
        if (!in.isEmpty() && in.get(0) instanceof Inline.Text t) {
            List<Inline> out = new ArrayList<>(in);
            out.set(0, new Inline.Text(t.text().stripLeading()));
            return out;
        }
        return in;
    }
}
