package org.teikit.fidelity;

/**
 * One word of a source or TEI file.
 *
 * @param form     the word as written
 * @param key      what is compared: {@link Words#key} of the form
 * @param category what kind of material the word belongs to
 * @param at       where the word starts
 * @param optional a word the conventions may consume (bracket words of {@code [sic]}, note numbers):
 *                 matched when the TEI keeps it, never reported as lost when it does not
 * @param unit     words sharing a non-zero unit belong to one note (a note moved to its reference is
 *                 recognised as a move whatever its length)
 */
public record Word(String form, String key, Category category, Position at, boolean optional, int unit) {
    @Override
    public String toString() {
        return form + "@" + at;
    }
}
