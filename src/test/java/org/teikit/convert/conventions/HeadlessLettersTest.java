package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** Letters printed with no heading line: where each begins, who wrote it to whom, and when. */
class HeadlessLettersTest {


    @Test
    void aDatelineAboveASalutationBeginsALetterItsSignatureNamesTheSender() throws Exception {
        Document d = convert("""
                # Letters Home, 1930

                Oslo, May 2, 1930

                Dear Ingrid,

                The ship is late and the hotel is cold.

                Ever yours,

                Nils

                * * *

                [Bergen,] May 9

                My dearest,

                Home on Friday.

                Nils
                """);
        assertEquals(List.of("1930-05-02", "1930-05-09"), values(d, "//t:correspAction[@type='sent']/t:date/@when"),
                "the second dateline has no year: it comes from the title");
        assertEquals(List.of("Nils", "Nils"), values(d, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("Ingrid"), values(d, "//t:correspAction[@type='received']/t:persName"),
                "\"My dearest,\" names no one");
        assertEquals(List.of("Ever yours,"), values(d, "//t:closer/t:salute"), "\"Ever yours,\" is a closing formula");
    }

    @Test
    void aCollectionDatedAtTheFootBeginsEachLetterAtItsSalutation() throws Exception {
        Document d = convert("""
                Dear Father,

                We have moved into the old hotel by the lake.

                Your loving daughter,

                Margaret

                Geneva, 2 October 1920.

                Dear Father,

                The Assembly opens next month.

                Margaret

                Geneva, 19 October 1920.
                """);
        assertEquals(2, values(d, "//t:div[@type='letter']").size());
        assertEquals(List.of("1920-10-02", "1920-10-19"), values(d, "//t:correspAction[@type='sent']/t:date/@when"),
                "the first salutation has no dateline above it: each dateline is its letter's foot, not the next one's top");
        assertEquals(List.of("Margaret", "Margaret"), values(d, "//t:closer/t:signed"),
                "the signature stands above the foot dateline, with or without a closing");
    }

    @Test
    void anInsideAddressNamesTheAddresseeAndTheSignatureItsFirstLineTheSender() throws Exception {
        Document d = convert("""
                Harrow, March 6, 1911.

                Mr. George Hale,
                Hale & Sons,
                Leeds.

                Dear Mr. Hale:

                The valves will be dispatched on Monday.

                Yours faithfully,

                THOMAS CRANE,
                Sales Manager.

                Leeds, March 9, 1911.

                Mr. Thomas Crane,
                Harrow.

                Dear Mr. Crane:

                The valves have not come.

                Yours truly,

                GEORGE HALE.
                """);
        assertEquals(List.of("THOMAS CRANE", "GEORGE HALE"), values(d, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("Mr. George Hale", "Mr. Thomas Crane"), values(d, "//t:correspAction[@type='received']/t:persName"));
        assertEquals(0, values(d, "//t:sp").size(), "salutations ending in a colon are no speaker labels");
        assertEquals(List.of("Dear Mr. Hale:", "Dear Mr. Crane:"), values(d, "//t:opener/t:salute"),
                "the inside address between dateline and salutation keeps the salutation in the opener");
        assertEquals(List.of(), values(d, "//t:p[starts-with(., 'Mr. George Hale')]"), "the address is no paragraph of the body");
    }

    @Test
    void aSalutationWithoutAClosingOrFootDatelineBeginsNoLetter() throws Exception {
        Document d = convert("""
                The notice was pinned to the door of the hall.

                Dear Members,

                The meeting of Thursday is put off until the roof is mended.
                """);
        assertEquals(0, values(d, "//t:div[@type='letter']").size());
    }

    @Test
    void aCollectionsTitleShapedLikeAHeadingIsNoLetter() throws Exception {
        Document d = convert("""
                # Letters to Anna, 1944

                Kuibyshev, June 11, 1944

                My dear Anna,

                Arrived safely.

                Pavel
                """);
        assertEquals(1, values(d, "//t:div[@type='letter']").size());
        assertEquals(List.of("Pavel"), values(d, "//t:correspAction[@type='sent']/t:persName"),
                "\"Letters to Anna\" is the collection's title, not a letter from \"Letters\"");
        assertEquals(List.of("Anna"), values(d, "//t:correspAction[@type='received']/t:persName"));
    }
}
