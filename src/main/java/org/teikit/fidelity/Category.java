package org.teikit.fidelity;

/** What a word of the text is, as docs/encoding.md ("Word categories") counts it. */
public enum Category {
    /** reading text: everything not in the categories below */
    TEXT,
    /** {@code note} of any type except the editorial ones */
    NOTES,
    /** page furniture: {@code fw}, {@code stamp}, {@code pb/@n} */
    FURNITURE,
    /** editors' words: {@code supplied}, {@code gap/desc}, {@code expan}, {@code reg}, editorial note types */
    EDITORIAL
}
