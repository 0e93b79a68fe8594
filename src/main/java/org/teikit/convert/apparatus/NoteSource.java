package org.teikit.convert.apparatus;

import nu.xom.Element;

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

    /** Every reference becomes an empty note saying its text is not in the source. */
    NoteSource UNAVAILABLE = n -> Notes.unavailable(n, "end");
}
