package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * An edition that prints the year alone under each letter's heading ({@code 1788.}) and a dateline of day and month at
 * the foot: the year is the heading's, no letter's number, and it completes the dateline.
 */
class YearUnderHeadingTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    private static final String EDITION = """
            LETTERS OF MRS. ELIZA MORDAUNT TO HER FRIENDS, 1786–1790.

            LETTER IV.

            Mrs. Mordaunt to Miss Carew.

            1788.

            DEAR MADAM,

            The roads from Exeter were so bad that we did not reach home until the Thursday.

            I am, dear Madam, your obliged humble servant,
            E. MORDAUNT.

            Topsham, May 2.

            LETTER V.

            Mrs. Mordaunt to Mrs. Lyle.

            1789.

            MY DEAR FRIEND,

            We have had the painters in the house this fortnight, and I write from the garden.

            Ever yours,
            E. M.

            Topsham, Oct. 14, %s.
            """;

    @Test
    void theYearAloneUnderTheHeadingIsTheLettersAndCompletesItsDateline() throws Exception {
        Document d = convert(EDITION.formatted("1789"));
        assertEquals(2, values(d, "//t:correspDesc").size(), "the year lines head no letters of their own");
        assertEquals(List.of("1788-05-02", "1789-10-14"), values(d, SENT + "/t:date/@when"));
        // the heading's "Mrs. Mordaunt" is the title's person, named as the title names her (TitledSurnames)
        assertEquals(List.of("MRS. ELIZA MORDAUNT", "MRS. ELIZA MORDAUNT"), values(d, SENT + "/t:persName"));
    }

    /** The look-alike: a dateline that prints its own year keeps it, whatever the line under the heading says. */
    @Test
    void aDatelinesOwnYearStands() throws Exception {
        Document d = convert(EDITION.formatted("1790"));
        assertEquals(List.of("1788-05-02", "1790-10-14"), values(d, SENT + "/t:date/@when"));
    }
}
