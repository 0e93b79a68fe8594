package org.teikit.convert.apparatus;

import nu.xom.Element;

import java.util.List;
import java.util.regex.Pattern;

/** Supplies the note element placed at a note reference ({@code <sup>1</sup>}, {@code ⁴}, {@code [1]}). */
@FunctionalInterface
public interface NoteSource {
    /** The note for reference {@code n}; a note of type {@code unavailable} when the source lacks its text. */
    Element noteFor(String n);

    /**
     * Whether the document defines a note {@code n}: the evidence that a bracketed {@code [n]} or a symbol
     * after a word is a reference rather than an editor's supplied number or a stray character.
     */
    default boolean defines(String n) { return false; }

    /** The numbering of the document's notes written where they are referred to ({@code \footnote{…}}, {@code <ref>}). */
    default InlineNoteNumbers inlineNumbers() { return new InlineNoteNumbers(); }

    /**
     * Whether digits {@code n} glued to a word are a note's mark here: where the document's notes pair with such
     * digits, the mark that names the next note still to place ({@code winter.1}, then {@code Park.2}).
     */
    default boolean nextFlattened(String n) { return false; }

    /** Whether the document marks its notes so at all ({@link #nextFlattened}). */
    default boolean flattenedMarks() { return false; }

    /**
     * Marks too common as other things to read anywhere, which this document's notes have shown to be its own: a
     * letter in parentheses after a space ({@link org.teikit.source.NoteMarks#SPACED_LETTER_REFERENCE}), a number and
     * a closing parenthesis before a word in lower case ({@link org.teikit.source.NoteMarks#ATTESTED_CLOSING_PAREN_REFERENCE}).
     */
    default List<Pattern> attestedMarks() { return List.of(); }

    /** The number a reStructuredText reference its processor numbers ({@code [#]_}, {@code [#x]_}, {@code [*]_}) names here, or null. */
    default String autoNumbered(String key) { return null; }

    /** Where the document's notes are printed ({@code note/@place}). */
    default String place() { return "foot"; }

    /** Every reference becomes an empty note saying its text is not in the source. */
    NoteSource UNAVAILABLE = n -> Notes.unavailable(n, "end");
}
