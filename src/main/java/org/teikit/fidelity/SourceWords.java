package org.teikit.fidelity;

import org.teikit.convert.apparatus.Brackets;
import org.teikit.convert.apparatus.Footnotes;
import org.teikit.source.NoteMarks;
import org.teikit.source.PageMarks;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.source.InlineNotes;
import org.teikit.source.SourceDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The words of a transcription: its blocks' plain text (markdown syntax and escapes already gone
 * through the shared parser), bracket conventions understood, layout characters removed. Positions
 * are found by searching each word forward in the decoded text.
 */
final class SourceWords {
    /** How far ahead a word is looked for before its position is given as the current one. */
    private static final int SEARCH_WINDOW = 4096;

    private final String text;
    private final LineIndex lines;
    private final List<Word> words = new ArrayList<>();
    private final StringBuilder form = new StringBuilder();
    private int cursor;
    private boolean formOptional = true;
    private Category formCategory;
    private int formUnit;
    private String definitionNumber;
    private int units;
    /** In an item of a numbered list (an endnote list), where OCR may have merged the next item in. */
    private boolean inNumberedItem;

    /** The back-link letters of a wiki reference in the current block, in order ({@code ^ a b}): the TEI drops them. */
    private final java.util.ArrayDeque<String> backlinks = new java.util.ArrayDeque<>();
    /** The numbers that open the later lines of a paragraph of numbered lines, in order: the TEI may make them notes' markers. */
    private final java.util.ArrayDeque<String> lineNumbers = new java.util.ArrayDeque<>();

    private Category category = Category.TEXT;
    private boolean optional;
    private int unit;


    private SourceWords(String text) {
        this.text = text;
        this.lines = new LineIndex(text);
    }

    /** The letters and roman numbers the document defines notes with ({@code [a] text}, {@code [iv] text}): such a bracket may then be a reference. */
    private final java.util.Set<String> letterNotes = new java.util.HashSet<>();

    static List<Word> of(SourceDocument doc) {
        SourceWords w = new SourceWords(doc.source().text());
        List<Block> blocks = doc.blocks();
        for (Block b : blocks) {
            for (var line : b.lines()) {
                NoteMarks.definition(line).map(NoteMarks.Definition::n).filter(n -> n.matches("[A-Za-z]|" + NoteMarks.ROMAN)).ifPresent(w.letterNotes::add);
            }
        }
        for (int i = 0; i < blocks.size(); i++) w.block(blocks.get(i), i);
        return w.words;
    }

    private void block(Block b, int index) {
        // blocks come in source order: restart the search at each block, so one far match cannot drag
        // every later position to the end of the file
        if (b.line() > 0) cursor = lines.offset(b.line(), 1);
        Optional<Footnotes.Definition> def = Footnotes.definition(b, index);
        category = def.isPresent() ? Category.NOTES : Category.TEXT;
        unit = def.isPresent() ? ++units : 0;
        if (PageMarks.isPageBreak(b)) {                     // its number becomes pb/@n
            category = Category.TEXT;
            optional(b.plain());
            separate();
            return;
        }
        inNumberedItem = b.kind() == Block.Kind.LIST_ITEM && b.marker().matches("\\d+[.)]");
        if (b.kind() == Block.Kind.LIST_ITEM) optional(b.marker());    // printed numbers a family may keep
        separate();
        // set after the list marker: the definition's own marker is the first word of the content
        definitionNumber = def.map(Footnotes.Definition::n)
                .or(() -> NoteMarks.weakDefinition(b.inlines()).map(NoteMarks.Definition::n)).orElse(null);
        backlinks.clear();
        lineNumbers.clear();
        List<List<Inline>> lines = b.lines();
        if (b.kind() == Block.Kind.PARAGRAPH && lines.size() > 1 && NoteMarks.weakDefinition(lines.get(0)).isPresent()) {
            // a paragraph of numbered lines ("1 J. M. …" / "2 Catalogue …"): each line's number may be a note's marker
            for (int k = 1; k < lines.size(); k++) NoteMarks.weakDefinition(lines.get(k)).ifPresent(d -> lineNumbers.add(d.n()));
        }
        for (var line : b.lines()) {                   // "1. ^ a b text": the letters link back to the citations
            String letters = NoteMarks.backlinks(Inline.plain(line).replaceFirst("^\\s*(?:\\d{1,3}|[a-z])\\.(?=\\s+\\^\\s)", ""));
            if (!letters.isEmpty()) backlinks.addAll(List.of(letters.split("\\s+")));
        }
        inlines(b.inlines());
        separate();
        definitionNumber = null;
        backlinks.clear();
        lineNumbers.clear();
    }

    private void inlines(List<Inline> inlines) {
        for (Inline in : inlines) {
            if (in instanceof Inline.Text t) {
                text(t.text());
            } else if (in instanceof Inline.Styled s && s.style() == Inline.Style.SUPERSCRIPT
                    && Conventions.SUPERSCRIPT_NOTE.matcher(s.plain().strip()).matches()) {
                separate();
                optional(s.plain());
                separate();
            } else if (in instanceof Inline.Styled s) {
                inlines(s.children());
            } else {
                separate();
            }
        }
    }

    /** A text's notes written in place ({@code \footnote{…}}, {@code <ref>…</ref>}): their markup is no word of the text. */
    private void text(String raw) {
        if (!InlineNotes.mayHold(raw)) {
            marked(raw);
            return;
        }
        int pos = 0;
        for (InlineNotes.Span span : InlineNotes.find(raw)) {
            marked(raw.substring(pos, span.start()));
            markup(raw.substring(span.start(), span.contentStart()));
            marked(span.content(raw));
            markup(raw.substring(span.contentEnd(), span.end()));
            pos = span.end();
        }
        marked(raw.substring(pos));
    }

    private void markup(String s) {
        separate();
        optional(s);
        separate();
    }

    private void marked(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            if (Conventions.LAYOUT_CHARS.indexOf(raw.charAt(i)) < 0) sb.append(raw.charAt(i));
        }
        String s = sb.toString();
        Matcher opening = Conventions.BRACKETED_DEFINITION.matcher(s);
        if (definitionNumber != null && opening.lookingAt()) {   // "[Footnote 1:", the start of a definition block
            separate();
            optional(opening.group(1));
            separate();
            s = s.substring(opening.end());                       // its closing bracket is no word
        }
        Matcher m = Conventions.BRACKET.matcher(s);
        int pos = 0;
        while (m.find()) {
            plain(s.substring(pos, m.start()));
            String content = m.group(1);
            if (Conventions.consumed(content)) {
                separate();
                optional(content);
                separate();
            } else {
                Brackets.Kind kind = Brackets.classify(content, s.substring(pos, m.start()), s.substring(m.end()));
                // a note's number stands apart from the word before it, even one styled apart ("*Himalaya*[1]")
                boolean apart = Conventions.separate(kind) || Conventions.BRACKET_NOTE_NUMBER.matcher(content).matches()
                        || letterNotes.contains(content);
                if (apart) separate();
                Category around = category;
                boolean wasOptional = optional;
                category = Conventions.category(kind, around);
                optional = Conventions.BRACKET_NOTE_NUMBER.matcher(content).matches() || kind == Brackets.Kind.PAGE
                        || letterNotes.contains(content);
                chars(content);
                category = around;
                optional = wasOptional;
                if (apart) separate();
            }
            pos = m.end();
        }
        plain(s.substring(pos));
    }

    private void plain(String s) {
        Matcher bare = (inNumberedItem ? Conventions.BARE_NOTE_OR_MERGED_ITEM : Conventions.BARE_NOTE).matcher(s);
        int from = 0;
        while (bare.find()) {
            unicode(s.substring(from, bare.start()));
            separate();
            optional(NoteMarks.number(bare));
            separate();
            from = bare.end();
        }
        unicode(s.substring(from));
    }

    private void unicode(String s) {
        if (s.indexOf('^') >= 0 || s.indexOf('(') >= 0 || s.indexOf('{') >= 0 || s.indexOf('<') >= 0 || Conventions.NOTE_WORD.matcher(s).find()) {
            Matcher typed = Conventions.TYPED_NOTE.matcher(s);
            int from = 0;
            while (typed.find()) {
                superscriptDigits(s.substring(from, typed.start()));
                separate();
                // "(fn. 3)": its word is the mark's too, kept where no note 3 is defined
                optional(typed.group().startsWith("(fn") ? typed.group() : NoteMarks.number(typed));
                separate();
                from = typed.end();
            }
            superscriptDigits(s.substring(from));
            return;
        }
        superscriptDigits(s);
    }

    private void superscriptDigits(String s) {
        Matcher m = Conventions.UNICODE_NOTE.matcher(s);
        int pos = 0;
        while (m.find()) {
            chars(s.substring(pos, m.start()));
            separate();
            optional(NoteMarks.number(m));
            separate();
            pos = m.end();
        }
        chars(s.substring(pos));
    }

    private void optional(String s) {
        boolean was = optional;
        optional = true;
        chars(s);
        optional = was;
    }

    private void chars(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Words.isWordChar(cp)) {
                // a superscript digit is a note's mark wherever it stands (a definition's on a line of its own too)
                if (Words.standsAlone(cp)) {                      // and a modifier letter's (sewersᵃ)
                    separate();
                    words.add(new Word(new String(Character.toChars(cp)), Words.key(new String(Character.toChars(cp))), category,
                            locate(new String(Character.toChars(cp))), true, unit));
                    i += Character.charCount(cp);
                    continue;
                }
                if (form.length() == 0) {
                    formCategory = category;
                    formUnit = unit;
                    formOptional = true;
                }
                form.appendCodePoint(cp);
                formOptional &= optional;
            } else {
                separate();
            }
            i += Character.charCount(cp);
        }
    }

    private void separate() {
        if (form.length() == 0) return;
        String f = form.toString();
        form.setLength(0);
        String key = Words.key(f);
        boolean opt = formOptional;
        if (definitionNumber != null) {                 // the number of a footnote definition marker
            opt |= key.equals(definitionNumber);
            definitionNumber = null;
        }
        if (!backlinks.isEmpty() && key.equals(backlinks.peekFirst())) {   // a wiki reference's back-link letter
            opt = true;
            backlinks.pollFirst();
        }
        if (!lineNumbers.isEmpty() && key.equals(lineNumbers.peekFirst())) {   // a numbered line's number
            opt = true;
            lineNumbers.pollFirst();
        }
        words.add(new Word(f, key, formCategory, locate(f), opt, formUnit));
    }

    private Position locate(String f) {
        int limit = Math.min(text.length() - f.length(), cursor + SEARCH_WINDOW);
        for (int i = cursor; i <= limit; i++) {
            if (text.regionMatches(i, f, 0, f.length())) {
                cursor = i + f.length();
                return lines.position(i);
            }
        }
        return lines.position(Math.min(cursor, text.length()));
    }
}
