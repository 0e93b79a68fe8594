package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Datelines that carry the hours a message was sent and received, and datelines at a letter's foot with the
 * letter's own notes defined under them.
 */
class CableTimesAndFootDatelinesTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    @Test
    void theHoursOfDespatchAndReceiptAfterTheDate() throws Exception {
        Document d = faithful("""
                Telegram No. 88

                The Minister at Bern to the Foreign Minister

                Bern, March 3, 1931. D. 4.10 p.m. R. 9.55 p.m.

                88. The Federal Council has agreed to the proposal.

                Telegram No. 41

                The Foreign Minister to the Minister at Bern

                Rome, March 4, 1931. 11.20 a.m.

                41. Your 88. Express our thanks.

                Telegram No. 90

                The Minister at Bern to the Foreign Minister

                Bern, March 6, 1931. Sent 8 a.m.; received 2.30 p.m.

                90. The Council will publish on Monday.
                """);
        assertEquals(List.of("1931-03-03", "1931-03-04", "1931-03-06"), values(d, SENT + "/t:date/@when"));
    }

    @Test
    void aTelegraphFormsPlaceDateAndClockTime() throws Exception {
        Document d = convert("""
                Wire No. 1

                Martha Quill to Owen Quill

                DENVER COLO OCT 2 1923 842A

                OWEN QUILL
                ROOM 40 BROWN HOTEL

                TRAIN LATE STOP MEET ME AT UNION STATION NOON
                MARTHA

                Wire No. 2

                Owen Quill to Martha Quill

                DENVER COLO OCT 2 1923 911A

                MARTHA QUILL
                CARE STATIONMASTER UNION STATION

                WILL BE THERE STOP
                OWEN
                """);
        assertEquals(List.of("1923-10-02", "1923-10-02"), values(d, SENT + "/t:date/@when"));
    }

    /** A look-alike: a figure after the date that is no clock time is not read past, so the line is no dateline. */
    @Test
    void aNumberAfterTheDateThatIsNoTimeStillEndsTheDateline() throws Exception {
        Document d = convert("""
                Letter 3

                Ada Greer to Paul Greer

                Leeds, June 2, 1899, 4 copies enclosed herewith for the office.

                Dear Paul, the copies are here.
                """);
        assertEquals(List.of(), values(d, SENT + "/t:date/@when"), "a sentence that opens with a date is no dateline");
    }

    @Test
    void aFootDatelineAboveTheLettersOwnNotes() throws Exception {
        Document d = faithful("""
                From Walter Brisk to Hannah Brisk

                Dear Hannah,

                We crossed the river at dawn¹ and are camped on the far bank in a wood of young oaks.

                Kiss the girls for me.

                Your loving husband,
                Walter

                Camp by Ford's Mill, Tenn., Nov. 3d, 1863.

                ¹ The crossing is that of 2 November, at the upper ford.

                From Walter Brisk to Hannah Brisk

                Dear Hannah,

                No mail has come for ten days.² We hope for it tomorrow.

                Yours till death,
                W. Brisk

                Camp by Ford's Mill, Tenn., Nov. 12th, 1863.

                ² The mail had been held at Bridgeport since the 1st; the writer did not know it.
                """);
        assertEquals(List.of("1863-11-03", "1863-11-12"), values(d, SENT + "/t:date/@when"));
        assertEquals(List.of("The crossing is that of 2 November, at the upper ford.",
                        "The mail had been held at Bridgeport since the 1st; the writer did not know it."),
                values(d, "//t:div[@type='letter']//t:p//t:note"), "each letter's note stays placed in its own letter");
    }
}
