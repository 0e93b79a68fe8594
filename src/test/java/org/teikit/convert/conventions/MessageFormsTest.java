package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Messages printed as forms: e-mail headers, a fax's field line, signals message forms, telegraph forms, telex roll
 * copies. Each form's fields name sender, addressee and date; a quoted original is part of the message carrying it.
 */
class MessageFormsTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void eMailHeadersGiveNameWithoutAddressAndTheSentDate() throws Exception {
        Document d = convert("""
                Parish hall committee, mail file

                From:    Rhoda Vance <rhoda.vance@example.org>
                Sent:    Wednesday, 9 June 2010 17:03
                To:      Tomas Brill
                Subject: Chairs

                Tomas, the chairs arrive on Friday morning. Can you be there to sign?

                Rhoda

                -----Original Message-----
                From: Tomas Brill
                Sent: 8 June 2010 09:40
                To: Rhoda Vance
                Subject: Chairs

                When do the chairs come?

                From:    "Tomas Brill" <tb@example.net>
                Sent:    10 June 2010 08:02
                To:      Rhoda Vance
                Subject: RE: Chairs

                Yes, I will be there from nine.
                """);
        assertEquals(List.of("Rhoda Vance", "Tomas Brill"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("Tomas Brill", "Rhoda Vance"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("2010-06-09", "2010-06-10"), values(d, SENT + "/t:date/@when"),
                "the Sent: line dates each; the quoted original is no message of its own");
    }

    @Test
    void telexCopiesAreReadFromTheirAttnAndFmLinesOrTheirAnswerbacks() throws Exception {
        Document d = convert("""
                Telex file, 1974

                ZCZC
                44810 KORNAG D
                90117 BELTEX B
                TLX 118   4.3.74   0910
                ATTN MRS OSTEN
                FM VERHAEGEN
                SAMPLES SENT TODAY BY AIR PLS ADVISE ARRIVAL
                RGDS VERHAEGEN
                NNNN

                ZCZC
                90117 BELTEX B
                44810 KORNAG D
                TLX 121   6.3.74   1502
                SAMPLES ARRIVED IN GOOD ORDER THANKS
                NNNN
                """);
        assertEquals(List.of("VERHAEGEN", "44810 KORNAG D"), values(d, SENT + "/t:persName"),
                "the second telex has no FM: the second answerback is the caller's");
        assertEquals(List.of("MRS OSTEN", "90117 BELTEX B"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("1974-03-04", "1974-03-06"), values(d, SENT + "/t:date/@when"));
        assertEquals(2, values(d, "//t:div[@type='telegram']").size());
    }

    @Test
    void aSignalsFormTakesItsMonthFromTheDiarysHeading() throws Exception {
        Document d = convert("""
                WAR DIARY of the 9th Field Company. SEPTEMBER 1916.

                MESSAGES AND SIGNALS.       No. of Message 12
                Prefix SM   Words 20          Sent At 4 am   To HQ
                TO   O.C. Left Section.
                Sender's Number  F.7      Day of Month  22      AAA
                Bridge at the mill to be ready by noon AAA
                FROM   9th Fd Coy.

                MESSAGES AND SIGNALS.       No. of Message 13
                TO   9th Fd Coy.
                Sender's Number  L.2      Day of Month  23      AAA
                Bridge ready AAA
                FROM   Left Section.
                """);
        assertEquals(List.of("9th Fd Coy", "Left Section"), values(d, SENT + "/t:persName"),
                "the capital FROM box names the sender; the routing cell 'To HQ' is no addressee");
        assertEquals(List.of("O.C. Left Section", "9th Fd Coy"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("1916-09-22", "1916-09-23"), values(d, SENT + "/t:date/@when"));
    }

    @Test
    void aTelegraphFormIsSignedAfterADashAndDatedByItsHandingInOrItsStamp() throws Exception {
        Document d = convert("""
                Telegrams to the Corder family, 1911

                Office of Origin: Ripon     Handed in at 9.05 a.m.     Received here at 9.30 a.m.
                [Date stamp: SELBY 4 MY 11]
                TO  Corder, Mill Lane, Selby
                Train late do not wait — Edith

                Office of Origin: York     Handed in at 11.50 p.m. on 9 MY 11     Received here at 7.2 a.m.
                [Date stamp: SELBY 10 MY 11]
                TO  Mrs Corder, Mill Lane, Selby
                All well home Sunday — Edith
                """);
        assertEquals(List.of("Edith", "Edith"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("1911-05-04", "1911-05-09"), values(d, SENT + "/t:date/@when"),
                "handed in the evening before: the handing-in day, not the stamp");
        assertEquals(List.of("Corder", "Mrs Corder"), values(d, RECEIVED + "/t:persName"), "the name, not the street address");
        assertEquals(2, values(d, "//t:div[@type='telegram']").size(), "the document names its telegrams");
    }

    @Test
    void aFaxsFieldLineHeadsTheMessageItOpens() throws Exception {
        Document d = convert("""
                Fax file 61/4, spring 1999

                02/05/99  10:12  FAX 0113 496 0000      NORTHBAY TILES      P.01
                FAX   To: Ivo Ranke   From: Mara Pell   Date: 2.5.99   Pages: 1
                Ivo, the tiles leave on Tuesday 11th. Please confirm the address.
                Mara
                """);
        assertEquals(List.of("Mara Pell"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("Ivo Ranke"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("1999-05-02"), values(d, SENT + "/t:date/@when"));
    }

    private static String mails(String first, String second) {
        return """
                Mail file

                From:    Kit Ames
                Sent:    %s
                To:      Lena Sorel
                Subject: Tiles

                The tiles are ready.

                From:    Lena Sorel
                Sent:    %s
                To:      Kit Ames
                Subject: RE: Tiles

                Thank you, I will collect them.
                """.formatted(first, second);
    }

    @Test
    void anAmbiguousDateInFiguresIsReadInTheOrderTheDocumentsOtherDatesShow() throws Exception {
        assertEquals(List.of("2003-03-04", "2003-03-14"), values(convert(mails("04/03/2003 09:12", "14/03/2003 08:55")), SENT + "/t:date/@when"),
                "14/03 shows the day first: 04/03 is the 4th of March");
        assertEquals(List.of("2003-04-03", "2003-03-14"), values(convert(mails("04/03/2003 09:12", "03/14/2003 08:55")), SENT + "/t:date/@when"),
                "03/14 shows the month first: 04/03 is the 3rd of April");
        assertEquals(List.of("2003-03-14", "2003-03-14"), values(convert(mails("14/03/2003 09:12", "03/14/2003 08:55")), SENT + "/t:date/@when")
                .subList(0, 2), "each unambiguous date is read whatever the order");
        Document both = convert(mails("04/03/2003 09:12", "03/14/2003 08:55").replace("The tiles are ready.", "The tiles came on 15/03/2003 and have been stacked in the shed by the gate since then."));
        assertEquals(List.of("2003-03-14"), values(both, SENT + "/t:date/@when"), "both orders shown: 04/03 stays undated");
    }

    private static final String ORDER = """
            Order file, 1987

            From:    Jana Holm
            Sent:    2 June 1987
            To:      Piet Aalders
            Subject: Order 77

            Dear Piet, the order for 40 frames is attached. Please confirm.

            Regards,
            Jana

            %s
            """;

    @Test
    void aReplyWrittenOnAReturnedMessageIsAMessageOfItsOwn() throws Exception {
        Document d = convert(ORDER.formatted("[Returned with a line in Aalders's hand:]\nJana — agreed, send them Friday. P.A. 14/6/87"));
        assertEquals(List.of("Jana Holm", "Aalders"), values(d, SENT + "/t:persName"), "the hand the editor names writes it");
        assertEquals(List.of("Piet Aalders", "Jana"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("1987-06-02", "1987-06-14"), values(d, SENT + "/t:date/@when"));
        Document initials = convert(ORDER.formatted("Jana, agreed, send them Friday. — P.A. 4/6/87"));
        assertEquals(List.of("Jana Holm", "Piet Aalders"), values(initials, SENT + "/t:persName"),
                "no hand named: the initials, which are those of the order's addressee");
    }

    @Test
    void anArchivesMinuteOrANoteWithNothingToAnswerIsNoReply() throws Exception {
        assertEquals(1, values(convert(ORDER.formatted("[Minute: Jana — seen, put by. R.T. 9/6/87]")), "//t:correspDesc").size(),
                "a minute wholly inside the editor's brackets");
        assertEquals(1, values(convert(ORDER.formatted("Jana — agreed, send them Friday.")), "//t:correspDesc").size(), "not signed and dated");
        assertEquals(List.of(), values(convert("""
                Workshop notes

                Jana — agreed, send them Friday. P.A. 4/6/87
                """), "//t:correspDesc"), "no message before it to answer");
    }

    @Test
    void aLineOfLookAlikeFieldsInProseIsNoMessage() throws Exception {
        Document d = convert("""
                Notes on the bazaar

                The parcels were labelled in two columns
                TO  the vicarage      FROM  the choir
                and left in the porch until the evening.

                Nothing else was sent that week.
                """);
        assertEquals(List.of(), values(d, "//t:correspDesc"), "one undated look-alike, not repeated: no message");
    }
}
