package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** Circulars dated above their address line, and letters whose envelope, described after them, names the addressee. */
class CircularsAndEnvelopesTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void aDatelineAboveTheAddressLineIsThatLettersWhereTheFirstLetterIsDatedSo() throws Exception {
        Document d = convert("""
                Notices of the Rowing Club, 1950

                                March, 1950.

                TO THE MEMBERS OF THE CLUB.

                Dear Sir or Madam,

                The annual dinner is on the 5th.

                Yours faithfully,
                JOHN BELL,
                Hon. Secretary.

                                12, High Street, Leeds,
                                     30th April, 1950.

                TO THE MEMBERS OF THE CLUB.

                Dear Sir or Madam,

                The dinner is put off.

                Yours faithfully,
                JOHN BELL,
                Hon. Secretary.
                """);
        assertEquals(List.of("1950-03", "1950-04-30"), values(d, SENT + "/t:date/@when"),
                "the April dateline is the second notice's, not a foot of the first");
    }

    @Test
    void whereTheFirstLetterIsDatedAtItsFootADatelineAboveAHeadingStaysAFoot() throws Exception {
        Document d = convert("""
                Letters of the Rowing Club, 1950

                TO THE MEMBERS OF THE CLUB.

                Dear Sir or Madam,

                The annual dinner is on the 5th.

                Yours faithfully,
                JOHN BELL.

                Leeds, 2nd March, 1950.

                TO THE MEMBERS OF THE CLUB.

                Dear Sir or Madam,

                The dinner is put off.

                Yours faithfully,
                JOHN BELL.

                Leeds, 30th April, 1950.
                """);
        assertEquals(List.of("1950-03-02", "1950-04-30"), values(d, SENT + "/t:date/@when"));
    }
}
