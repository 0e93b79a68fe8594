package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * An edition's numbered heading ({@code 1. X to Y}, which markdown reads as a list item) over a dateline over a
 * salutation heads its letter, even under a rule, where a numbered line could be a note's definition: notes stand
 * below their references, and no mark above refers to it. And the look-alikes of an {@code X to Y} heading: the notes
 * to a chapter, a chapter's synopsis in dashes, a poem addressed to someone on an occasion.
 */
class NumberedHeadingsOverDatelinesTest {
    private static final String SENT = "//t:correspAction[@type='sent']", RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void aNumberedItemOverADatelineAndASalutationHeadsTheLetter() throws Exception {
        Document d = convert("""
                THE ORME LETTERS

                Notes follow each letter, numbered afresh.

                ---

                1. Daniel Orme to his brother, Silas Orme

                Sheffield, 3rd May 1840

                Dear Brother,

                The knives went off by the carrier[1] on Monday.

                Your affectionate brother,
                Daniel Orme

                [1] Pickford's waggon, which left the Angel yard twice a week.

                ---

                2. Silas Orme to Daniel Orme

                Hull, 9th May 1840

                Dear Daniel,

                They came safe and the buyer[1] is well pleased.

                Yours ever,
                Silas

                [1] Mr. Joseph Blaydes, of the High Street.
                """);
        assertEquals(List.of("Daniel Orme", "Silas Orme"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("his brother, Silas Orme", "Daniel Orme"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("1840-05-03", "1840-05-09"), values(d, SENT + "/t:date/@when"));
        // each letter's [1] is its own note, and no heading became a note
        assertEquals(List.of("Pickford's waggon, which left the Angel yard twice a week.", "Mr. Joseph Blaydes, of the High Street."),
                values(d, "//t:body//t:note[@place='foot']"));
    }

    /** Trap: a numbered item under a rule, that no mark above refers to, is the text's, though a [1] below it has no definition. */
    @Test
    void aNumberedItemUnderARuleWithNoMarkAboveIsNoNote() throws Exception {
        Document d = convert("""
                A JOURNAL OF THE MARCH

                ---

                1. Monday. We set out from the barracks at six.

                The road was bad[1] all the way to the river.
                """);
        // the [1] below has no definition; the item above it is not its text
        assertEquals(0, values(d, "//t:note[contains(., 'We set out')]").size(), d.toXML());
        assertEquals(1, values(d, "//t:body//t:item[contains(., 'We set out from the barracks')]").size(), d.toXML());
    }

    /** Traps: the notes to a chapter, a synopsis in dashes, a poem to someone on an occasion are no letters' headings. */
    @Test
    void notesToAChapterASynopsisAndAPoemsTitleHeadNoLetter() throws Exception {
        Document d = convert("""
                CHAPTER II

                THE FERRY — A NIGHT AT THE INN TO THE MARKET — THE FAIR

                We crossed at dawn and were at the inn before noon.

                NOTES TO CHAPTER II

                1. The ferry was replaced by a bridge in 1871.

                IV. TO MY FRIEND, ON HIS LEAVING ENGLAND

                Go, and the sea be kind to thee,
                And bring thee home again to me.
                """);
        assertEquals(0, values(d, "//t:correspDesc").size(), d.toXML());
    }
}
