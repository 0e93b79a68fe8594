package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Label shapes of records: a bracketed chat export whose messages run over numbered lines; a committee's numbered
 * questions before the questioner's label ({@code Q7 Mr Brisk:}); an old trial's offices cut short ({@code Att. Gen.},
 * {@code Cl. of Cr.}, {@code L. C. J.}) and its list of names set in columns, which is no dialogue.
 */
class RecordLabelShapesTest {

    @Test
    void aMessageRunningOverNumberedLinesKeepsThemAndTheMessagesBelow() throws Exception {
        Document d = convert("""
                [02/05/2022, 18:01:10] Lena Bright: Plan for the fete:
                1. cake stall
                2. raffle
                Who can help?
                [02/05/2022, 18:03:44] Omar Fahey: I can take the raffle
                [02/05/2022, 18:04:02] Lena Bright: Thanks Omar
                [02/05/2022, 18:05:30] Omar Fahey: And cakes from my sister
                """);
        assertEquals(List.of("Lena Bright", "Omar Fahey", "Lena Bright", "Omar Fahey"), values(d, "//t:sp/t:speaker"));
        assertTrue(values(d, "//t:sp[1]/t:p").get(0).contains("2. raffle"), values(d, "//t:sp[1]/t:p").toString());
        assertEquals(List.of(), values(d, "//t:list"));
    }

    @Test
    void aNumberedListOutsideAChatIsStillAList() throws Exception {
        Document d = convert("""
                On 02/05/2022, 18:01 we met. The plan:
                1. cake stall
                2. raffle
                """);
        assertEquals(2, values(d, "//t:list/t:item").size());
    }

    @Test
    void aQuestionsNumberIsFurnitureBeforeTheQuestioner() throws Exception {
        Document d = convert("""
                Q1 Chair: Shall we begin with the budget?

                Mr Lowe: By all means.

                Q2 Ms Varga: How large is the shortfall?

                Mr Lowe: About four million.

                Q3 Chair: And next year?

                Mr Lowe: Larger.
                """);
        assertEquals(List.of("Chair", "Mr Lowe", "Ms Varga", "Mr Lowe", "Chair", "Mr Lowe"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of("Q2"), values(d, "//t:sp[3]/t:fw"));
    }

    @Test
    void aQuestionCodeWithAColonIsItselfTheLabel() throws Exception {
        Document d = convert("""
                Q1: Where were you born?
                A: In Leeds.
                Q2: When?
                A: In 1950.
                """);
        assertTrue(values(d, "//t:sp/t:speaker").contains("Q1"), values(d, "//t:sp/t:speaker").toString());
    }

    @Test
    void officesCutShortAreOneLabelEach() throws Exception {
        Document d = convert("""
                The prisoner was set to the bar.

                Cl. of Ct. Ann Wyse, what say you?

                Wyse. Not guilty, my Lord.

                Att. Gen. My Lord, we shall call the constable.

                L. C. B. Call him.

                Wyse. I pray he may be heard fairly.

                Att. Gen. He shall, Mistress.

                L. C. B. Proceed.

                Cl. of Ct. Constable, stand forth.
                """);
        assertEquals(List.of("Cl. of Ct", "Wyse", "Att. Gen", "L. C. B", "Wyse", "Att. Gen", "L. C. B", "Cl. of Ct"),
                values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aTitleBeforeANameStillTakesTheName() throws Exception {
        Document d = convert("""
                Gen. Marsh. We hold the ridge.

                Col. Tapp. For how long?

                Gen. Marsh. Till dawn.

                Col. Tapp. Then we wait.
                """);
        assertEquals(List.of("Gen. Marsh", "Col. Tapp", "Gen. Marsh", "Col. Tapp"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aListOfNamesSetInColumnsIsNoDialogue() throws Exception {
        Document d = convert("""
                Cole. Shall I read the panel?

                Ward. Read it.

                Cole. These were sworn:

                Peter Abney.        Hugh Garrow.
                Miles Cotter.       John Frayne.
                Adam Pell.          Luke Soames.

                Ward. Good.
                """);
        assertEquals(List.of("Cole", "Ward", "Cole", "Ward"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void anAnswerSpacedOutIsNoColumn() throws Exception {
        Document d = convert("""
                Q.   Were you there?
                A.   No.
                Q.   Was anyone?
                A.   Yes.   His brother.
                """);
        assertEquals(List.of("Q", "A", "Q", "A"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aPageNumberAboveAQuestionLeavesNoSentenceUnfinished() throws Exception {
        Document d = convert("""
                Q. Where was the van?
                A. By the gate.
                Q. Who drove it?
                A. The relief driver.
                Page 7
                Q. Had you seen him before?
                A. Never.
                """);
        assertEquals(List.of("Q", "A", "Q", "A", "Q", "A"), values(d, "//t:sp/t:speaker"));
    }
}
