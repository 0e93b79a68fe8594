package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Headings that name the collection's writer by title and surname ({@code Mr. Oakhurst to Mrs. Pryce.}) where the
 * title names him in full: the heading's party is the title's person, under the title's name.
 */
class TitledSurnameHeadingsTest {
    private static final String SENT = "//t:correspAction[@type='sent']", RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void aTitleAndSurnameInTheHeadingIsTheWriterTheCollectionTitleNames() throws Exception {
        Document d = convert("""
                LETTERS
                FROM
                MR. SILAS OAKHURST
                TO SEVERAL CORRESPONDENTS,
                1802-1806.

                ---

                LETTER IV.

                Mr. Oakhurst to Mrs. Pryce.

                Dear Madam,

                The seeds you sent have come up in every bed.

                I am, dear Madam, your obliged servant,
                S. OAKHURST.

                Kew, April 9, 1803.

                LETTER V.

                Mr. Oakhurst to Mr. Pryce.

                Dear Sir,

                Pray tell Mrs. Pryce the beds are all in flower.

                I am, Sir, yours faithfully,
                S. OAKHURST.

                Kew, June 2, 1803.
                """);
        assertEquals(List.of("MR. SILAS OAKHURST", "MR. SILAS OAKHURST"), values(d, SENT + "/t:persName"));
        // trap: "Mr. Pryce" and "Mrs. Pryce" are no persons of the title's; they stay as printed
        assertEquals(List.of("Mrs. Pryce", "Mr. Pryce"), values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void aTitleAndAnotherSurnameIsNoneOfTheTitles() throws Exception {
        // trap: a heading's Mrs. Vane in letters from Mrs. Clara Oakhurst is someone else
        Document d = convert("""
                LETTERS FROM MRS. CLARA OAKHURST, 1810.

                ---

                LETTER I.

                Mrs. Vane to Mrs. Oakhurst.

                My dear Clara,

                We are come to Bath at last.

                Yours ever,
                L. VANE.

                Bath, May 3, 1810.
                """);
        assertEquals(List.of("L. VANE"), values(d, SENT + "/t:persName"), "her own signature, no person of the title's");
        assertEquals(List.of("MRS. CLARA OAKHURST"), values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void aKinswomanSharingTheSurnameUnderAnotherTitleIsNotTheWriter() throws Exception {
        // trap: the wife of the title's Capt. Walter Hume is Mrs. Hume, whose heading's surname is his
        Document d = convert("""
                LETTERS FROM CAPT. WALTER HUME, 1917.

                ---

                LETTER I.

                Capt. Hume to Mrs. Hume.

                Dear Wife,

                We are out of the line at last.

                Yours ever,
                W. HUME.

                Arras, May 3, 1917.

                LETTER II.

                Mrs. Hume to Capt. Hume.

                Dear Walter,

                The children are well.

                Yours ever,
                M. HUME.

                Leeds, May 9, 1917.
                """);
        assertEquals(List.of("CAPT. WALTER HUME", "M. HUME"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("Mrs. Hume", "CAPT. WALTER HUME"), values(d, RECEIVED + "/t:persName"));
    }
}
