package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Label-shaped starts in records that are no speakers: a diary's months before their days, a title before the name it
 * begins, an initial before another, the fields a catalogue repeats for every item, and a header's field lines; and
 * the one stretch of minutes that does record speech, an exchange set down verbatim.
 */
class SpeechRecordLookAlikesTest {

    @Test
    void aMonthBeforeItsDayHeadsADatedEntryNotATurn() throws Exception {
        Document d = convert("""
                Journal of the voyage

                Mar. 3rd. Sailed from Leith with a fair wind. All hands well.

                Apr. 9th. Becalmed off the Faroes. The cook is sick again.

                Mar. 4th. Fog. Sounded at noon, forty fathoms.

                Apr. 10th. A breeze at last. Made nine knots by evening.
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
        assertTrue(values(d, "//t:p").contains("Apr. 9th. Becalmed off the Faroes. The cook is sick again."));
    }

    @Test
    void aTitleBeforeTheNameItBeginsIsNoLabel() throws Exception {
        Document d = convert("""
                Q. Where were you that night?
                A. At home, with my wife.
                Q. Did anyone call?
                A. Nobody.

                Mr. Henry Marsh, a surgeon, called for the defence,
                testified as follows:

                Q. You examined the prisoner?
                A. I did, on the morning after.
                """);
        assertEquals(List.of("Q", "A", "Q", "A", "Q", "A"), values(d, "//t:sp/t:speaker"));
        assertTrue(values(d, "//t:p").stream().anyMatch(p -> p.startsWith("Mr. Henry Marsh, a surgeon")), values(d, "//t:p").toString());
    }

    @Test
    void anInitialBeforeAnotherInitialIsANameNotAnAnswer() throws Exception {
        Document d = convert("""
                Q. Did you sign the order?
                A. I did.
                Q. When?
                A. On the fourth.

                A. B. CROMARTY,
                Captain, Presiding.
                """);
        assertEquals(List.of("Q", "A", "Q", "A"), values(d, "//t:sp/t:speaker"));
        assertTrue(values(d, "//t:p").stream().anyMatch(p -> p.startsWith("A. B. CROMARTY")));
    }

    @Test
    void fieldsRepeatedInOneOrderForEveryItemAreARecordNotDialogue() throws Exception {
        Document d = convert("""
                Catalogue of the sampler collection

                Item 1
                Maker: Ann Pratt, aged 11.
                Ground: linen, 40 threads to the inch.
                Motto: Remember now thy Creator.

                Item 2
                Maker: Sarah Kell.
                Ground: wool tammy.
                Motto: none.

                Item 3
                Maker: unknown, Quaker school.
                Ground: linen.
                Motto: Fear God and honour the King.
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
    }

    @Test
    void threeSpeakersWhoKeepNoFixedOrderAreStillDialogue() throws Exception {
        Document d = convert("""
                Maker: Is the linen ready?
                Weaver: Not yet.
                Dyer: It is at the vat.
                Maker: Then fetch it.
                Dyer: It is wet still.
                Weaver: Leave it, then.
                Maker: I will wait.
                Weaver: As you like.
                Dyer: By noon.
                """);
        assertEquals(9, values(d, "//t:sp").size());
    }

    @Test
    void aLabelBelowAHeadersFieldLineIsAFieldToo() throws Exception {
        Document d = convert("""
                Residents' meeting, Hall 2
                Date: 3 May 2011. Length: 40 minutes.
                Facilitator: R. Obi (Housing Office).

                Facilitator: Welcome. Who wants to start?

                Resident A: The lifts. Again.

                Facilitator: How long this time?

                Resident A: Three weeks.
                """);
        assertEquals(List.of("Facilitator", "Resident A", "Facilitator", "Resident A"), values(d, "//t:sp/t:speaker"));
        assertFalse(values(d, "//t:sp").stream().anyMatch(s -> s.contains("Housing Office")));
    }

    private static final String MINUTES = """
            Parish council, minutes of the meeting of 2 June 1958

            Present: the Chairman, Mr. Odell, Mrs. Frith, Mr. Kemp.

            The Clerk read the letter from the County about the bus shelter. At Mr. Kemp's
            request the discussion is given verbatim:

            MR. KEMP: Who is to pay for it, Mr. Chairman?

            THE CHAIRMAN: The County pays for the roof, we pay for the seat.

            MR. KEMP: Then we pay for nothing that keeps the rain off.

            MRS. FRITH: We could ask the bus company.

            MR. KEMP: They will say no.

            The Clerk was asked to write to the bus company. The meeting closed at 9 p.m.
            """;

    @Test
    void anExchangeRecordedVerbatimInMinutesIsSpeech() throws Exception {
        // without the list of those present, which would name the speakers: the stretch of turns is the evidence
        Document d = convert(MINUTES.replace("Present: the Chairman, Mr. Odell, Mrs. Frith, Mr. Kemp.\n\n", ""));
        assertEquals(List.of("MR. KEMP", "THE CHAIRMAN", "MR. KEMP", "MRS. FRITH", "MR. KEMP"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void theRecordsOwnTextAfterTheExchangeIsNoPartOfTheLastSpeech() throws Exception {
        Document d = convert(MINUTES);
        assertEquals(List.of("They will say no."), values(d, "(//t:sp)[last()]/t:p"));
        assertTrue(values(d, "//t:body//t:p[not(ancestor::t:sp)]").stream().anyMatch(p -> p.startsWith("The Clerk was asked")));
    }
}
