package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * How verbatim records print speakers and their own lines: titles a record cuts short before a name and a colon
 * ({@code Bro. Kelly:}, {@code Cllr. Hart:}); names in capitals with a small prefix ({@code McTAVISH:}); colon labels
 * in both cases among one record's turns ({@code The MAYOR:}, {@code A MEMBER:}); a page's number between speeches;
 * the record's own lines after a speech (a proceeding in the passive, speech reported in the third person).
 */
class VerbatimRecordLinesTest {

    @Test
    void aTitleCutShortBeforeANameAndColonIsPartOfTheLabel() throws Exception {
        Document d = convert("""
                Cllr. Hart: The bridge must be mended before the winter.

                Cllr. Oduya: With what money?

                Cllr. Hart: The reserve fund, as last year.

                Sis. Barlow: The reserve fund was spent on the baths.

                Cllr. Oduya: Then we borrow.
                """);
        assertEquals(List.of("Cllr. Hart", "Cllr. Oduya", "Cllr. Hart", "Sis. Barlow", "Cllr. Oduya"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aPlaysCapitalLabelCutShortStaysItsOwnLabel() throws Exception {
        // "GON." is a name in capitals, cut short: what follows it is the speech, even a name and a colon
        Document d = convert("""
                GON. Lady: the gate is open.

                MAR. Then shut it, sir.

                GON. I will not.

                MAR. Then I shall.
                """);
        assertEquals(List.of("GON", "MAR", "GON", "MAR"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aNameInCapitalsAfterASmallPrefixIsInCapitals() throws Exception {
        Document d = convert("""
                [00:01:02] MacLEOD: Good evening, and welcome to both of you.

                [00:01:09] ORTIZ: Thank you for having me.

                [00:01:12] BRANDT: And me.

                [00:01:15] ORTIZ: We flew in this morning.

                [00:01:20] BRANDT: From Halifax, in the fog.

                [00:01:26] MacLEOD: And the weather there now?

                [00:01:31] ORTIZ: Grey.
                """);
        assertEquals(List.of("MacLEOD", "ORTIZ", "BRANDT", "ORTIZ", "BRANDT", "MacLEOD", "ORTIZ"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aColonLabelInCapitalsAmongMixedCaseTurnsIsATurn() throws Exception {
        Document d = convert("""
                The CHAIR: We come to the lamps on the high street.

                Councillor BLYTHE: They have been out for a month.

                A VOICE: Two months.

                Councillor BLYTHE: Two months, then. Who is answerable?

                The CHAIR: The engineer will report.

                Councillor NASH: He reported in March.

                The CHAIR: Then he will report again.
                """);
        assertEquals(List.of("The CHAIR", "Councillor BLYTHE", "A VOICE", "Councillor BLYTHE", "The CHAIR", "Councillor NASH", "The CHAIR"),
                values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aCapitalColonStartOutsideTheTurnsIsNoTurn() throws Exception {
        Document d = convert("""
                NOTE: the recording begins late.

                The CHAIR: We come to the lamps on the high street.

                Councillor BLYTHE: They have been out for a month.

                The CHAIR: The engineer will report.

                Councillor BLYTHE: He reported in March.
                """);
        assertEquals(List.of("The CHAIR", "Councillor BLYTHE", "The CHAIR", "Councillor BLYTHE"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aPageNumberBetweenSpeechesIsAPageBreakNotSpeech() throws Exception {
        Document d = faithful("""
                Mr. AMBLER: Agreed.

                -- p. 41 --

                Mr. COSTA: Then we proceed.

                Mr. AMBLER: We do.

                Mr. COSTA: Good.
                """);
        assertEquals(List.of("Agreed."), values(d, "(//t:sp)[1]/t:p"));
        assertEquals(List.of("41"), values(d, "(//t:sp)[1]/t:pb/@n"));
    }

    @Test
    void aProceedingInThePassiveEndsTheSpeechAbove() throws Exception {
        Document d = convert("""
                Mr. LOWRY.—The section is badly drawn.

                Mr. PARFITT.—It was drawn by the honorable member's own department.

                Mr. LOWRY.—Then the department drew it badly.

                Mr. PARFITT.—I shall not quarrel with that.

                The CHAIRMAN.—Order!

                Section agreed to.

                Mr. PARFITT.—I move the next section be postponed.

                The CHAIRMAN.—Is that the wish of the committee?

                Mr. LOWRY.—No.

                Motion, on a show of hands, negatived.

                The CHAIRMAN.—Then we go on.
                """);
        assertEquals(List.of("Order!"), values(d, "(//t:sp)[5]/t:p"));
        assertEquals(List.of("No."), values(d, "(//t:sp)[8]/t:p"));
        assertTrue(values(d, "//t:body//t:p[not(ancestor::t:sp)]").contains("Section agreed to."), values(d, "//t:body//t:p").toString());
    }

    @Test
    void aSpeakersShortReplyStaysHisOwnSpeech() throws Exception {
        // first person, a question, two sentences: a speaker's words, whatever their length
        Document d = convert("""
                Mr. LOWRY.—The section is badly drawn.

                Mr. PARFITT.—It was drawn by the honorable member's own department.

                Mr. LOWRY.—Then the department drew it badly.

                Mr. PARFITT.—I shall not quarrel with that.

                Mr. PARFITT.—I move the section be postponed.

                I have waited.

                The CHAIRMAN.—Is that the wish of the committee?

                Were you consulted?

                Mr. LOWRY.—No.

                Nothing changed. Nothing moved.

                The CHAIRMAN.—Then we go on.
                """);
        assertEquals(List.of("I move the section be postponed.", "I have waited."), values(d, "(//t:sp)[5]/t:p"));
        assertEquals(2, values(d, "(//t:sp)[6]/t:p").size());
        assertEquals(2, values(d, "(//t:sp)[7]/t:p").size());
    }

    @Test
    void speechReportedInTheThirdPersonIsTheRecordsOwnParagraph() throws Exception {
        Document d = convert("""
                The PRESIDENT: I call on Mr. Ince.

                Mr. INCE: Thank you.

                Dr. J. MOSS asked whether the stones had been measured, and by whom.

                Mr. INCE: By myself, with a chain.

                Dr. MOSS: A chain is not exact enough.

                The PRESIDENT: We must leave it there.
                """);
        assertEquals(List.of("Thank you."), values(d, "(//t:sp)[2]/t:p"));
        assertTrue(values(d, "//t:body//t:p[not(ancestor::t:sp)]").stream().anyMatch(p -> p.startsWith("Dr. J. MOSS asked")),
                values(d, "//t:body//t:p").toString());
    }

    @Test
    void aBroadcastsRoleAfterTheNameIsPartOfTheLabelAndTheSurnameIsTheSamePerson() throws Exception {
        Document d = convert("""
                RITA OKAFOR, PRESENTER: Good morning. The ferry strike enters its second week.

                TOM BELL, REPORTER (on camera): Rita, the quay is empty this morning.

                OKAFOR: Any sign of talks?

                BELL (voice-over): None so far. The union meets at noon.

                OKAFOR: Thank you, Tom.

                BELL: Thank you, Rita.
                """);
        assertEquals(List.of("RITA OKAFOR, PRESENTER", "TOM BELL, REPORTER", "OKAFOR", "BELL", "OKAFOR", "BELL"), values(d, "//t:sp/t:speaker"));
        List<String> who = values(d, "//t:sp/@who");
        assertEquals(who.get(0), who.get(2));
        assertEquals(who.get(1), who.get(3));
    }

    @Test
    void aPlaceAndDayInCapitalsBeforeAColonIsNoSpeaker() throws Exception {
        Document d = convert("""
                DOVER, MONDAY: The ferries did not sail today, and the quay was empty by noon.

                The union will meet the owners on Wednesday. No date has been set for a ballot.

                CALAIS, MONDAY: Lorries queued for three miles outside the port.
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
    }
}
