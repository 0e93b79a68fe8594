package org.teikit.fidelity;

import org.teikit.source.NoteMarks;
import org.teikit.convert.apparatus.Brackets;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The conventions of the transcriptions as the fidelity check must understand them, in one table:
 * which bracket words TEI markup consumes, which numbers are note references, which characters are
 * layout. Mirrors docs/encoding.md ("Faithfulness rule"); bracket classification itself is shared
 * with the converter ({@link Brackets}).
 */
final class Conventions {
    private Conventions() {}

    /** Bracket contents whose words become markup, and the markup that consumes them. */
    static final Map<String, String> CONSUMED_BRACKETS = Map.of(
            "sic", "sic",
            "sic!", "sic",
            "?", "seg type=\"query\"",
            "?!", "seg type=\"query\"",
            "unclear", "unclear",
            "orig. note", "note type=\"source\"",
            "orig note", "note type=\"source\"");

    /** The editorial-bracket syntax (same shape as the converter's). */
    static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]\\n]{1,400})\\]");
    /** A bracketed note reference, {@code [1]}: its number may become {@code note/@n}. */
    static final Pattern BRACKET_NOTE_NUMBER = NoteMarks.BRACKET_REFERENCE_CONTENT;
    /** A superscript that is a note reference, {@code <sup>1</sup>}, {@code <sup>[2]</sup>}, {@code <sup>*</sup>}. */
    static final Pattern SUPERSCRIPT_NOTE = NoteMarks.SUPERSCRIPT_REFERENCE;
    /** Unicode superscript digits after a letter or punctuation: a note reference ({@code Roosevelt¹}). */
    /** A reference printed as bare digits after closing punctuation ({@code revolution."1 According}), not a decimal. */
    static final Pattern BARE_NOTE = Pattern.compile("(?<=[^\\d\\s][.,;:\"”’)])(\\d{1,3})(?=\\s|$)"
            // and digits glued to a word, which a document's notes may pair with ("Ashworth2,"), or to a number's stop
            // before a new sentence ("in 1853.5 A few"; "1.5 mln." is a decimal)
            // (not a law database's "n1", a mark of its own)
            + "|(?<=\\p{L}[.,;:!?’”\"')]{0,2})(?<!FN)(?<!(?:^|\\s)n)([1-9]\\d{0,2})(?=[\\s,;:.!?)’”]|$)|(?<=\\d[.,;:])([1-9]\\d{0,2})(?=\\s+\\p{Lu})");
    /** Also, inside a numbered list item, the number of a next item the OCR ran in ({@code 114. 7. See}). */
    static final Pattern BARE_NOTE_OR_MERGED_ITEM = Pattern.compile(BARE_NOTE.pattern() + "|(?<=\\.\\s)(\\d{1,3})(?=\\.\\s)");
    static final Pattern UNICODE_NOTE = NoteMarks.UNICODE_REFERENCE;
    /** {@code landing^1}, {@code Hall.(1)}: a number that becomes {@code note/@n} where the document defines that note. */
    static final Pattern TYPED_NOTE = Pattern.compile(NoteMarks.CARET_REFERENCE.pattern() + "|" + NoteMarks.PAREN_REFERENCE.pattern()
            // and a definition's marker at a line's start, which the block's text joins to the line before with a
            // space: "^2 text", "{2} text", "Note 2. text" (the marker's words too)
            + "|(?<![^\\s])(?:\\^(\\d{1,3})|\\{(\\d{1,3})\\}|<(\\d{1,3})>|(" + NoteMarks.NOTE_WORD + "\\s+\\d{1,3})(?=\\s*[.:)—–-])"
            // a wiki reference's "b. ^ text"
            + "|(\\d{1,3}|[a-z])(?=\\.\\s+\\^\\s)"
            // the definitions' markers "FN1." and "1/" at a line's start
            + "|FN(\\d{1,3})(?=[.:]?\\s)|(\\d{1,3})/(?=\\s)"
            // a law database's definition marker "n1" at a line's start
            + "|n(\\d{1,3})(?=\\s)"
            // a translator's definition marker "*1"
            + "|\\*(\\d{1,3})(?=\\s))"
            + "|" + NoteMarks.FN_REFERENCE.pattern() + "|" + NoteMarks.SLASH_REFERENCE.pattern()
            + "|" + NoteMarks.FN_PAREN_REFERENCE.pattern() + "|" + NoteMarks.N_REFERENCE.pattern()
            + "|" + NoteMarks.STAR_NUMBER_REFERENCE.pattern() + "|" + NoteMarks.CLOSING_PAREN_REFERENCE.pattern()
            + "|" + NoteMarks.SPACED_LETTER_REFERENCE.pattern() + "|" + NoteMarks.ATTESTED_CLOSING_PAREN_REFERENCE.pattern()
            + "|" + NoteMarks.GLUED_LETTER_PAREN_REFERENCE.pattern());
    /** The opening of a bracketed definition, {@code [Footnote 1: text]}: its words are the marker's. */
    static final Pattern BRACKETED_DEFINITION = Pattern.compile("\\s*\\[(" + NoteMarks.NOTE_WORD + "\\s+(?:\\d{1,3}|[A-Za-z]))\\s*:");
    /** A cheap test for a text that may hold a {@code Note 2.} definition marker ({@link #TYPED_NOTE}). */
    static final Pattern NOTE_WORD = Pattern.compile(NoteMarks.NOTE_WORD + "\\s+\\d|FN\\d|\\d/|n\\d|\\*\\d|\\d\\)|[.,;:!?’”\"][a-z]\\)");
    /** Characters of page layout that never reach the TEI. */
    static final String LAYOUT_CHARS = "□■▪◻";

    static boolean consumed(String bracketContent) {
        return CONSUMED_BRACKETS.containsKey(bracketContent.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the TEI encoding of a bracket of this kind stands apart from the words around it
     *  (a note, gap, bibl) rather than being phrase markup inside a word or run. */
    static boolean separate(Brackets.Kind kind) {
        return switch (kind) {
            case SUPPLIED, EXPANSION, ABBREVIATION, REGULARISATION -> false;
            default -> true;
        };
    }

    /** The category the TEI gives the words of a bracket of this kind. */
    static Category category(Brackets.Kind kind, Category around) {
        return switch (kind) {
            case SUPPLIED, EXPANSION, REGULARISATION, ILLEGIBLE, SIGNATURE, ELLIPSIS, CLASSIFICATION, OMISSION,
                 IDENTIFICATION, INCIDENT, INAUDIBLE -> Category.EDITORIAL;
            case EDITORIAL -> Category.NOTES;
            default -> around;
        };
    }
}
