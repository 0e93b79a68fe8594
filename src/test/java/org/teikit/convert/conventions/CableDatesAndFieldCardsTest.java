package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.teikit.convert.dates.DateParser;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Cables dated only by their date-time group's two-figure year, a cable's text in capitals that is no heading, and
 * printed cards whose fields give signature, date and address.
 */
class CableDatesAndFieldCardsTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void aDateTimeGroupsTwoFigureYearIsTheLatestNotToCome() {
        assertEquals(Optional.of("1974-03-12"), DateParser.dateTimeGroupUpTo("O 121512Z MAR 74", 2026));
        assertEquals(Optional.of("2004-11-03"), DateParser.dateTimeGroupUpTo("R 030800Z NOV 04", 2026));
        assertEquals(Optional.of("1926-11-03"), DateParser.dateTimeGroupUpTo("030800Z NOV 26", 2025),
                "a year still to come is the century before's");
        assertEquals(Optional.empty(), DateParser.dateTimeGroupUpTo("12 MARCH 74", 2026), "no date-time group");
    }

    @Test
    void cablesPrintingNoYearInFullAreDatedByTheirGroups() throws Exception {
        Document d = convert("""
                SECRET

                P 041930Z JUN 68
                FM AMCONSUL TRIESTE
                TO SECSTATE WASHDC PRIORITY 2210

                SUBJECT: PORT STRIKE

                1. DOCKERS CONTINUE STRIKE. NO SHIPS LOADED SINCE JUNE 2.

                HOLM

                NNN

                ---

                R 061015Z JUN 68
                FM SECSTATE WASHDC
                TO AMCONSUL TRIESTE

                SUBJECT: PORT STRIKE

                1. REPORT ANY CHANGE.

                RUSK

                NNN
                """);
        assertEquals(List.of("1968-06-04", "1968-06-06"), values(d, SENT + "/t:date/@when"));
        assertEquals(List.of("AMCONSUL TRIESTE", "SECSTATE WASHDC"), values(d, SENT + "/t:persName"));
    }

    @Test
    void aCablesTextOfTwoSentencesInCapitalsIsNoHeading() throws Exception {
        Document d = convert("""
                CONFIDENTIAL

                O 201200Z OCT 71
                FM AMEMBASSY OSLO
                TO SECSTATE WASHDC IMMEDIATE

                SUBJECT: FISHERIES

                MINISTRY (BERG) SAYS ANSWER TO NORWEGIAN NOTE IS "STILL UNDER STUDY." NO DATE WAS GIVEN US.

                TIBBETTS

                NNN

                ---

                R 221200Z OCT 71
                FM SECSTATE WASHDC
                TO AMEMBASSY OSLO

                SUBJECT: FISHERIES

                NO ACTION NEEDED.

                ROGERS

                NNN
                """);
        assertEquals(List.of("AMEMBASSY OSLO", "SECSTATE WASHDC"), values(d, SENT + "/t:persName"),
                "the text's '… ANSWER TO NORWEGIAN NOTE …' is no third message");
    }

    @Test
    void aHeadingInCapitalsWithATitlesStopIsStillAHeading() throws Exception {
        Document d = convert("""
                LETTERS OF THE PARISH, 1840

                THE REV. JOHN MORLAND TO CAPT. HENRY DALE.

                Wells, 3 May 1840.

                Dear Sir,

                The vestry meets on Tuesday.

                Yours truly,
                J. Morland

                CAPT. HENRY DALE TO THE REV. JOHN MORLAND.

                Wells, 5 May 1840.

                Dear Sir,

                I shall attend.

                Yours truly,
                H. Dale
                """);
        assertEquals(List.of("THE REV. JOHN MORLAND", "CAPT. HENRY DALE"), values(d, SENT + "/t:persName"));
    }

    @Test
    void aCardsSignatureDateAndAddressSideAreItsFieldsBesideLettersWithoutHeadings() throws Exception {
        Document d = convert("""
                Cards and letters of Gunner Tom Reese to his sister, 1917

                ---

                I am quite well.
                Letter follows at first opportunity.

                Signature only: [T. Reese]
                Date: [14.5.17]

                Address side: Miss J. Reese, 3 Brook Lane, Leek, Staffs.

                ---

                                                France
                                                May 20th 1917

                Dear Jenny,

                We are resting behind the lines and the weather is fine.

                Your loving brother
                Tom

                ---

                I have received your parcel.

                Signature only: [T. Reese]
                Date: [2.6.17]

                Address side: as card 1.
                """);
        assertEquals(List.of("T. Reese", "Gunner Tom Reese", "T. Reese"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("Miss J. Reese", "Jenny", "Miss J. Reese"), values(d, RECEIVED + "/t:persName"),
                "'as card 1' is the card before's address");
        assertEquals(List.of("1917-05-14", "1917-05-20", "1917-06-02"), values(d, SENT + "/t:date/@when"));
    }

    @Test
    void aPrintedFormsBlankFieldsNameNobody() throws Exception {
        Document d = convert("""
                Specimen cards of the Guild, 1931

                ---

                I shall attend the excursion.

                Signature: ..............................
                Date: ................

                Address side: ______________________

                ---

                I shall not attend the excursion.

                Signature: ..............................
                Date: ................

                Address side: ______________________
                """);
        assertEquals(List.of(), values(d, "//t:correspDesc"), "cards left blank are no messages");
    }

    private static final String LOG = """
            W/T LOG — STATION R, 3/4 MARCH 1942

            Times are GMT.

            SERIAL 7
            FROM: XQ    TO: ZB    TOO 2310/3    TOI 2318    NR 4    GR 10
            11223 44556 77889 90011 22334
            55667 88990 11224 33445 66778
            %s

            SERIAL 8
            FROM: ZB    TO: XQ    TOO 0140/4    TOI 0149    NR 2    GR 5
            99887 66554 43322 11009 88776
            %s
            """;

    @Test
    void aDecryptsOwnAddressNamesThePartiesAndTheTimeOfOriginItsDay() throws Exception {
        Document d = convert(LOG.formatted("DECRYPT: FROM PORT OFFICER BREST TO ALL SHIPS. HARBOUR CLOSED.",
                "DECRYPT: FROM ESCORT GROUP 5 TO PORT OFFICER BREST. UNDERSTOOD."));
        assertEquals(List.of("PORT OFFICER BREST", "ESCORT GROUP 5"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("ALL SHIPS", "PORT OFFICER BREST"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("1942-03-03", "1942-03-04"), values(d, SENT + "/t:date/@when"),
                "the day of the time of origin, in the month the log's heading names");
    }

    @Test
    void withoutAnAddressInTheTextTheCallSignsStay() throws Exception {
        Document d = convert(LOG.formatted("DECRYPT: HARBOUR CLOSED FROM 0100 TO 0600.", "DECRYPT: UNDERSTOOD."));
        assertEquals(List.of("XQ", "ZB"), values(d, SENT + "/t:persName"));
    }
}
