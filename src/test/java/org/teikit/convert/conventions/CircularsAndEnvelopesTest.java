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

    private static final String FAMILY_LETTERS = """
            Letters of Harriet Lowe to her father, 1871

            ---

                                    Clifton
                                    May 2nd 1871

            My dear Papa,

            The weather here is very fine and I walk every day on the Downs.

            Your affectionate daughter
            Harriet

            Envelope: %s, The Rectory, Ashby, Leics. Postmark CLIFTON MY 3 1871.

            ---

                                    Ashby
                                    May 6th 1871

            My dear Girl,

            I am glad the air agrees with you. %s

            Your loving Father
            R. Lowe

            ---

                                    Clifton
                                    May 9th 1871

            Dearest Papa,

            Only a line to say I am well.

            Harriet

            Envelope: %s, The Rectory, Ashby, Leics.
            """;

    @Test
    void envelopesNamingOnePersonNameTheTitlesKinsmanAndHisClosingTurnsALetterRound() throws Exception {
        Document d = convert(FAMILY_LETTERS.formatted("Revd R. Lowe", "Your brother is well.", "Revd R. Lowe"));
        assertEquals(List.of("Harriet Lowe", "her father Revd R. Lowe", "Harriet Lowe"), values(d, SENT + "/t:persName"),
                "'Your loving Father' writes the second letter");
        assertEquals(List.of("her father Revd R. Lowe", "Harriet Lowe", "her father Revd R. Lowe"), values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void envelopesNamingTwoPeopleNameNoKinsman() throws Exception {
        Document d = convert(FAMILY_LETTERS.formatted("Revd R. Lowe", "Tell your father I miss him.", "Mrs Lowe"));
        assertEquals(List.of("her father", "Harriet Lowe", "her father"), values(d, RECEIVED + "/t:persName"),
                "two names on the envelopes: the kinsman stays unnamed");
        assertEquals(List.of("Harriet Lowe", "her father", "Harriet Lowe"), values(d, SENT + "/t:persName"));
    }

    private static final String NOTICE_AND_NOTES = """
            Notices of the Rowing Club, 1950

                            March, 1950.

            TO THE MEMBERS OF THE CLUB.

            Dear Sir or Madam,

            The annual dinner is on the 5th.

            Yours faithfully,
            %s,
            Hon. Secretary.

            [Written on the back of the copy sent to Mr Pell:]

            Dear Mr Pell, I have kept you a seat beside the captain, as you asked. — J. B.  19/3/50.

            [Mr Pell's answer, on the same sheet:]

            Many thanks; I shall bring my wife if there is room for her. — R. T. Pell. 21st March.
            """;

    @Test
    void aNoteOnTheCopyAndItsAnswerAreLettersAndInitialsNameTheSigner() throws Exception {
        Document d = convert(NOTICE_AND_NOTES.formatted("JOHN BELL"));
        assertEquals(List.of("JOHN BELL", "JOHN BELL", "R. T. Pell"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("THE MEMBERS OF THE CLUB", "Mr Pell", "JOHN BELL"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("1950-03", "1950-03-19", "1950-03-21"), values(d, SENT + "/t:date/@when"));
    }

    @Test
    void initialsNoSignerOfTheDocumentHasStayInitials() throws Exception {
        Document d = convert(NOTICE_AND_NOTES.formatted("HENRY CROFT"));
        assertEquals(List.of("HENRY CROFT", "J. B.", "R. T. Pell"), values(d, SENT + "/t:persName"));
    }
}
