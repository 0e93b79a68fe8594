package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** Letters to the editor as a newspaper prints them: headlines, foot datelines, editors' notes and issue lines between them. */
class EditorLettersTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    @Test
    void aBoldHeadlineRightAboveTheHeadingBelongsToTheLetterBelowIt() throws Exception {
        Document d = convert("""
                # Letters on the Bridge Tolls, 1901

                **THE BRIDGE TOLLS.**

                TO THE EDITOR OF THE COURIER.

                Sir, — The tolls on the old bridge are a burden on every carter in the parish.

                I am, Sir, yours obediently,

                A RATEPAYER.

                Elmbridge, June 3.

                **THE TOLLS AGAIN.**

                TO THE EDITOR OF THE COURIER.

                Sir, — Your correspondent forgets that the bridge was rebuilt at the trustees' cost.

                Yours, &c.,

                HENRY WARBECK.

                Elmbridge Grange, June 5, 1901.
                """);
        assertEquals(List.of("THE TOLLS AGAIN."), values(d, "//t:div[@type='letter'][2]/t:head[1]"),
                "the second headline heads the second letter, not the foot of the first");
        assertEquals(List.of("1901-06-03", "1901-06-05"), values(d, SENT + "/t:date/@when"));
    }

    @Test
    void anEditorsBracketARuleAndTheNextIssueLineAreNoPartOfTheLettersFoot() throws Exception {
        Document d = convert("""
                # Letters on the Bridge Tolls, 1901

                **THE BRIDGE TOLLS.**

                TO THE EDITOR OF THE COURIER.

                Sir, — Your correspondent forgets that the bridge was rebuilt at the trustees' cost.

                Yours, &c.,

                HENRY WARBECK.

                Elmbridge Grange, June 5, 1901.

                [A further letter on the same subject from Mr. Tull of the Mill House is unavoidably held over for want of space. — ED.]

                ---

                **THE COURIER, SATURDAY, JUNE 15, 1901.**

                **THE TOLLS AGAIN.**

                TO THE EDITOR OF THE COURIER.

                Sir, — Allow me to thank the trustees for opening their accounts at last.

                I am, Sir, yours obediently,

                A RATEPAYER.

                Elmbridge, June 12.
                """);
        assertEquals(List.of("1901-06-05", "1901-06-12"), values(d, SENT + "/t:date/@when"),
                "the foot dateline is above the editor's note; the issue's date is not the letter's");
        assertEquals("HENRY WARBECK", values(d, SENT + "/t:persName").get(0), "the closing is found above the note: the sender signs under it");
    }

    @Test
    void aDatedLineWithTheNewsBelowItIsNoFootDateline() throws Exception {
        Document d = convert("""
                # The Courier, 1901

                TO THE EDITOR OF THE COURIER.

                Sir, — The tolls on the old bridge are a burden on every carter in the parish.

                I am, Sir, yours obediently,

                A RATEPAYER.

                June 20, 1901.

                The annual show of the Elmbridge Horticultural Society was held in the rectory field on Thursday, when the marrows were thought the finest for many years.

                TO THE EDITOR OF THE COURIER.

                Sir, — Your correspondent forgets that the bridge was rebuilt at the trustees' cost.

                Yours, &c.,

                HENRY WARBECK.

                Elmbridge Grange, June 25, 1901.
                """);
        assertEquals(List.of("1901-06-25"), values(d, SENT + "/t:date/@when"),
                "the date over a news paragraph is the paragraph's: the first letter is undated");
    }

    @Test
    void aDatedLineAfterTheTextHasBegunIsNoOpeningDateline() throws Exception {
        Document d = convert("""
                # The Courier, 1901

                TO THE EDITOR OF THE COURIER.

                I send you a copy of the notice the trustees posted at the toll-house last week, which reads as follows.

                London, June 9, 1901.

                The tolls will be doubled from Midsummer Day, by order of the trustees, and no exemption allowed.

                I am, Sir, yours obediently,

                A RATEPAYER.

                Elmbridge, June 12, 1901.
                """);
        assertEquals(List.of("1901-06-12"), values(d, SENT + "/t:date/@when"),
                "a dated line inside the text is quoted: the letter's date is at its foot");
    }

    /** A letter to the editor signed with the writer's name and, under it, his office. */
    private static final String SIGNED_WITH_OFFICE = """
            # The Courier, 1901

            TO THE EDITOR OF THE COURIER.

            Dear Sir, — On behalf of the trustees I am instructed to state that the tolls are unchanged.

            I am, dear Sir, yours faithfully,

            ROBERT TULL,
            Clerk to the Trustees.

            Elmbridge, 6th June, 1901.
            """;

    @Test
    void theBlockUnderAClosingSignsTheLetterEvenWhenItReadsLikeAHeading() throws Exception {
        Document d = convert(SIGNED_WITH_OFFICE);
        assertEquals(1, values(d, "//t:correspDesc").size(), "'ROBERT TULL, Clerk to the Trustees.' is no letter's heading");
        assertEquals(List.of("1901-06-06"), values(d, SENT + "/t:date/@when"));
    }

    @Test
    void aSignatureWithTheWritersOfficeUnderTheNameNamesTheSender() throws Exception {
        Document d = convert(SIGNED_WITH_OFFICE);
        assertEquals(List.of("ROBERT TULL"), values(d, SENT + "/t:persName"));
    }
}
