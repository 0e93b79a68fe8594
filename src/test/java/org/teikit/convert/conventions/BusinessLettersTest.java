package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Business letters of a firm's file: letterhead, date, inside address, perhaps an attention line, salutation, closing
 * with the firm's name and the one who signs for it.
 */
class BusinessLettersTest {

    private static final String FILE = """
            Brandt Brothers: letters about the new boiler, 1931

            Copied from the carbon file. Letterheads in capitals.

            HALLORAN IRON WORKS
            Boilers and Tanks
            CAMDEN, N.J.

            June 4, 1931

            Brandt Brothers
            19 Water Street
            Trenton, N.J.

            Attention: Mr. Otto Brandt

            Gentlemen:

            We enclose our bid for one return-tubular boiler of 80 horse power.

            Yours very truly,
            HALLORAN IRON WORKS

            By J. F. Halloran
            President

            JFH:ek

            BRANDT BROTHERS
            TRENTON, N.J.

            June 9, 1931

            Halloran Iron Works
            Camden, N.J.

            Gentlemen:

            Your bid is accepted; please ship by the end of the month.

            Very truly yours,

            Otto Brandt
            """;

    @Test
    void theLetterheadBeginsTheLetterAndWhoSignsForTheFirmIsTheSender() throws Exception {
        Document d = faithful(FILE);
        assertEquals(List.of("1931-06-04", "1931-06-09"), values(d, "//t:correspAction[@type='sent']/t:date/@when"),
                "the attention line between the inside address and the salutation does not hide the second letter's start");
        assertEquals(List.of("J. F. Halloran", "Otto Brandt"), values(d, "//t:correspAction[@type='sent']/t:persName"),
                "\"By J. F. Halloran\" signs for the firm; the next letter's letterhead is not the first letter's signature");
        assertEquals(List.of("Brandt Brothers", "Halloran Iron Works"), values(d, "//t:correspAction[@type='received']/t:persName"));
        assertEquals(List.of("HALLORAN IRON WORKS", "BRANDT BROTHERS"),
                values(d, "//t:div[@type='letter']/t:opener/t:lb[1]/following-sibling::text()[1]"),
                "each letter's opener begins with its letterhead");
        assertEquals(List.of("June 4, 1931", "June 9, 1931"), values(d, "//t:opener/t:dateline"));
    }

    @Test
    void aLetterheadWithNoSignatureBelowNamesTheSender() throws Exception {
        Document d = faithful(FILE.replace("Very truly yours,\n\nOtto Brandt\n", "Very truly yours,\n"));
        assertEquals(List.of("J. F. Halloran", "BRANDT BROTHERS"), values(d, "//t:correspAction[@type='sent']/t:persName"));
    }

    @Test
    void aSignatureInCapitalsAboveThePersonalLetterThatFollowsIsNoLetterhead() throws Exception {
        // no inside address under the second dateline: a personal letter, and the capitals above it sign the first
        Document d = faithful("""
                Letters of the Marsh family

                Leeds, March 2, 1902

                Dear Alice,

                The parcel came this morning.

                Your loving brother,

                TOM MARSH

                Leeds, March 9, 1902

                Dear Alice,

                The parcel went back this morning.

                Your brother,

                Tom
                """);
        assertEquals(List.of("TOM MARSH", "Tom"), values(d, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("Leeds, March 2, 1902", "Leeds, March 9, 1902"), values(d, "//t:div[@type='letter']//t:dateline"));
    }
}
