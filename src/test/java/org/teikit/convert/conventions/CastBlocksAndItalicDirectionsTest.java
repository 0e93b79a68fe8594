package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A play's persons listed a line each in one block, directions set wholly in italics that begin with a name, and a
 * scene heading that carries its setting on the same line.
 */
class CastBlocksAndItalicDirectionsTest {
    private static final String PLAY = """
            THE TOLL-GATE

            PERSONS

            MR. GABB, keeper of the toll-gate on the Exeter road.
            NELL GABB, his daughter, engaged to the carrier.
            JOSIAH PURDUE, a carrier with a grievance and a cart.

            ACT I

            SCENE I. The toll-house kitchen, with the gate seen through the window beyond. Night, rain.

            *MR. GABB discovered, counting pennies into a stocking.*

            MR. GABB. Four and nine, and a farthing bad. Nell!

            NELL (without). Coming, father!

            *Enter NELL, with a candle.*

            NELL. There's a cart at the gate, and the man swearing.

            MR. GABB. Let him swear. The gate's shut at ten.

            *Enter PURDUE, dripping.*

            PURDUE. Open, you old skinflint, or I'll have it off its hinges.

            NELL. Josiah!

            PURDUE. Nell. I didn't know you were up.

            *Exit MR. GABB, grumbling.*

            NELL. You'll wake the whole road.

            *NELL GABB crosses to the window.*

            PURDUE. Let it wake.

            *Enter MR. GABB, with the key.*

            MR. GABB. There. And a shilling for the trouble.
            """;

    @Test
    void aCastListedALineEachInOneBlockIsTheCastNotSpeech() throws Exception {
        Document d = faithful(PLAY);
        assertEquals(List.of("MR. GABB", "NELL GABB", "JOSIAH PURDUE"), values(d, "//t:castList/t:castItem/t:role"));
        assertEquals(List.of("MR. GABB", "NELL", "NELL", "MR. GABB", "PURDUE", "NELL", "PURDUE", "NELL", "PURDUE", "MR. GABB"),
                values(d, "//t:sp/t:speaker"), "the persons' lines are not speeches");
    }

    @Test
    void aLineWhollyInItalicsThatBeginsWithANameIsADirection() throws Exception {
        Document d = faithful(PLAY);
        assertEquals(List.of("MR. GABB discovered, counting pennies into a stocking.", "Enter NELL, with a candle.",
                "Enter PURDUE, dripping.", "Exit MR. GABB, grumbling.", "NELL GABB crosses to the window.",
                "Enter MR. GABB, with the key."), values(d, "//t:body//t:stage[not(ancestor::t:sp)]"));
    }

    @Test
    void aSceneHeadingWithItsSettingOnTheLineIsTheScenesHead() throws Exception {
        Document d = faithful(PLAY);
        assertEquals(List.of("SCENE I. The toll-house kitchen, with the gate seen through the window beyond. Night, rain."),
                values(d, "//t:div[@type='scene']/t:head"));
    }

    /** The look-alike: an interviewer's question set in bold with its label is still that speaker's turn. */
    @Test
    void aQuestionSetInBoldWithItsLabelStaysATurn() throws Exception {
        Document d = faithful("""
                TALKING TO THE LOCK-KEEPER

                **PH: How long have you kept the lock?**

                **WD:** Since the winter of the great frost. My father kept it before me.

                **PH: And the barges?**

                **WD:** Fewer every year. Coal went to the railway first, then the grain.

                **PH: Do you miss them?**

                **WD:** I miss the horses.
                """);
        assertEquals(List.of("PH", "WD", "PH", "WD", "PH", "WD"), values(d, "//t:sp/t:speaker"));
    }
}
