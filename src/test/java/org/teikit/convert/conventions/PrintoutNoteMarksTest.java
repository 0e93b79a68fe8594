package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;

/**
 * Marks that copies of online databases print in the text: a word and the number in parentheses
 * ({@code acres. (fn. 1)}, British History Online) and a law database's {@code n1} standing as a word, with
 * {@code n1 text} definitions under {@code FOOTNOTES:}; and a translator's {@code *1} glued to the word, with
 * {@code *1 text} after each chapter. Marks only where the document defines those notes; checked
 * word for word against the source.
 */
class PrintoutNoteMarksTest {

    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:note[@type='source'][@n][parent::t:p or parent::t:item]");
    }

    @Test
    void fnInParenthesesRefersToTheNumberedNotes() throws Exception {
        Document d = faithful("""
                The chapel was built in 1741, (fn. 1) and enlarged in 1790. (fn. 2) The school stood next to it.

                Footnotes

                1. Vestry minutes, 1741.

                2. Date stone over the porch.
                """);
        assertEquals(List.of("1: 1741, | Vestry minutes, 1741.", "2: 1790. | Date stone over the porch."), notes(d));
    }

    /** Trap: "(fn. 3)" where no note 3 is defined, and a cross-reference "see fn. 1" without parentheses, are text. */
    @Test
    void fnInParenthesesWithoutItsNoteIsText() throws Exception {
        Document d = faithful("""
                The mill is first named in 1302 (fn. 3) and the weir later, see fn. 1 in the next part.

                Footnotes

                1. Court roll.
                """);
        assertEquals(List.of(), notes(d));
        assertTrue(d.toXML().contains("(fn. 3)"), d.toXML());
    }

    @Test
    void lawDatabaseMarksReferToTheirFootnotes() throws Exception {
        Document d = faithful("""
                The pound-keeper was an officer of the town. n1 His duty was to impound stray cattle, n2 and he
                was paid by the head. n3

                FOOTNOTES:

                n1 See Ashby, Town Offices 41 (1902).

                n2 Id. at 44.

                n3 The fee was fixed by the meeting each year.
                """);
        assertEquals(List.of("1: town. | See Ashby, Town Offices 41 (1902).", "2: cattle, | Id. at 44.",
                "3: head. | The fee was fixed by the meeting each year."), notes(d));
    }

    /**
     * Traps: "91 n.2" cites a note of another work, "n12b" is a code; and an enumeration "(1) whether …" whose numbers
     * the marks share is no run of notes.
     */
    @Test
    void lawDatabaseLookAlikesAreText() throws Exception {
        Document d = faithful("""
                Compare Ross v. Hale, 12 Midl. 80, 91 n.2 (1880), and form n12b. Two questions follow. n1

                (1) whether the pound may be sold;

                (2) whether the keeper may charge for feed.

                The second is the harder. n2

                FOOTNOTES:

                n1 Both were argued in 1881.

                n2 No court has decided it.
                """);
        assertEquals(List.of("1: follow. | Both were argued in 1881.", "2: harder. | No court has decided it."), notes(d));
        assertTrue(d.toXML().contains("91 n.2"), d.toXML());
        assertTrue(d.toXML().contains("whether the pound may be sold"), d.toXML());
    }

    @Test
    void starNumbersGluedToWordsReferToTheNotesAfterEachChapter() throws Exception {
        Document d = faithful("""
                Chapter 1

                We crossed by the ferry at Ishiwaki*1 and slept at the temple.*2

                *1 A village on the north shore, now part of the town.
                *2 The temple kept two rooms for travellers.

                Chapter 2

                In the morning the priest gave us rice cakes*1 for the road.

                *1 Made from the new year's rice.
                """);
        assertEquals(List.of("1: Ishiwaki | A village on the north shore, now part of the town.",
                "2: temple. | The temple kept two rooms for travellers.",
                "1: cakes | Made from the new year's rice."), notes(d));
    }

    /** Trap: "*1, *2" after a space names the marks; a starred word with no note numbered so is text. */
    @Test
    void starNumbersThatNameTheMarksAreText() throws Exception {
        Document d = faithful("""
                My notes are marked *1, *2 and so on, and Room*9 was the inn's own name for the attic.

                The bath was hot.*1

                *1 Fed by the spring.
                """);
        assertEquals(List.of("1: hot. | Fed by the spring."), notes(d));
        assertTrue(d.toXML().contains("marked *1, *2"), d.toXML());
        assertTrue(d.toXML().contains("Room*9"), d.toXML());
    }
}
