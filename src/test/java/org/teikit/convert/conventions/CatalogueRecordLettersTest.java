package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Letters an online edition prints under their catalogue records: a block of fields exported from the cataloguing
 * database, whose date is the database's ISO 8601 value.
 */
class CatalogueRecordLettersTest {

    @Test
    void aRecordsIsoDateDatesTheLetterUnderIt() throws Exception {
        Document d = faithful("""
                # Box 3: the Marwood correspondence

                ---
                ref: M3/14
                from: Edith Marwood
                to: Walter Marwood
                date: 1921-05-09
                ---

                Sunday

                Dear Walter,

                The orchard is in flower and the bees have swarmed twice since you left.
                Come back before the hay is in.

                Your loving sister
                Edith

                ---
                ref: M3/15
                from: Walter Marwood
                to: Edith Marwood
                date: 1921-02-30
                ---

                Dear Edith,

                The ship is held at Lisbon another week and I have no news of the cargo.

                Ever yours
                Walter
                """);
        assertEquals(List.of("Edith Marwood", "Walter Marwood"), values(d, "//t:correspAction[@type='sent']/t:persName"));
        // the second record's day is no day of the calendar: the letter stays undated rather than dated wrongly
        assertEquals(List.of("1921-05-09"), values(d, "//t:correspAction[@type='sent']/t:date/@when"));
    }

    @Test
    void aRecordWithADateButNoPartiesIsNoLetter() throws Exception {
        Document d = faithful("""
                # Box 3: the Marwood papers

                ---
                ref: M3/20
                type: account
                date: 1921-06-01
                ---

                Hay, 4 loads, £3 2s. Thatching, £1 1s. Carried to the book.

                ---
                ref: M3/21
                type: diary
                date: 1921-06-02
                ---

                Rain all day. Walter wrote from Lisbon; the cargo is sold at last.
                """);
        assertEquals(List.of(), values(d, "//t:div[@type='letter' or @type='memorandum']"));
    }
    @Test
    void aRecordPrintedAsATableOfFieldsNamesTheLettersParties() throws Exception {
        Document d = faithful("""
                # Letters of the Ormsby sisters

                | Field     | Value                      |
                |-----------|----------------------------|
                | Shelfmark | Orm. 4/2                   |
                | Author    | Lettice Ormsby             |
                | Addressee | Maud Ormsby (her sister)   |
                | Date      | 1874-11-23                 |

                Dear Maud

                The pony is lame again and Papa will not hear of the vet until Thursday.
                I have finished the blue shawl.

                Your loving sister
                Lettice

                | Field     | Value                      |
                |-----------|----------------------------|
                | Shelfmark | Orm. 4/3                   |
                | Type      | Household account          |
                | Date      | 1874                       |

                | From      | To          | Date    | Sum |
                |-----------|-------------|---------|-----|
                | Mrs. Hay  | the dairy   | Nov 2   | 4s. |
                | Mr. Tull  | the smithy  | Nov 9   | 7s. |
                """);
        assertEquals(List.of("Lettice Ormsby"), values(d, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("1874-11-23"), values(d, "//t:correspAction[@type='sent']/t:date/@when"));
        assertEquals(1, values(d, "//t:correspAction[@type='received']/t:persName[starts-with(., 'Maud Ormsby')]").size());
        // the account's record names no writer or recipient, and a register's From/To columns are no record of one letter
        assertEquals(1, values(d, "//t:div[@type='letter']").size());
    }
}
