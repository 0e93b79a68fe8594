package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A signals pad's message forms transcribed box by box with blank lines between: the boxes over the text (the office's
 * stamps and the {@code TO} box) and the {@code FROM}/{@code PLACE}/{@code TIME} boxes under it are one form.
 */
class BoxedMessageFormsTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    private static final String PAD = """
            SIGNALS OF THE 4TH BATTERY, 1917

            ______________________________

            MESSAGE FORM.          No. of Message  31

            Handed in at  1120    Date  6 May

            TO     O.C. Left Section   Hill 60
            Sender's Number  K 4      Day of Month  6

            Shift fire two hundred yards east aaa Report when ranged

            FROM   Battery Commander
            PLACE  Zillebeke
            TIME   1115

            ______________________________

            MESSAGE FORM.          No. of Message  32

            Handed in at  1310    Date  6 May

            TO     Battery Commander
            Sender's Number  L 9

            Ranged aaa Two rounds short of the road

            FROM   O.C. Left Section
            PLACE  Hill 60
            TIME   1305
            """;

    @Test
    void boxesAboveAndBelowTheTextAreOneForm() throws Exception {
        Document d = convert(PAD);
        assertEquals(List.of("Battery Commander", "O.C. Left Section"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("O.C. Left Section", "Battery Commander"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("1917-05-06", "1917-05-06"), values(d, SENT + "/t:date/@when"));
    }

    /** The look-alike: a dated table of who goes where and what comes from where, its lines repeated, names no message. */
    @Test
    void aTableOfPostingsIsNoForm() throws Exception {
        Document d = convert("""
                POSTINGS FOR MAY, 1917

                Issued at  0900    Date  6 May

                TO     Hill 60     Sergeant Amos
                TO     Zillebeke   Corporal Dunn

                The men will parade at the quartermaster's store before leaving.

                FROM   the Depot   four limbers
                FROM   the Park    two wagons
                """);
        assertEquals(0, values(d, "//t:correspDesc").size());
    }
}
