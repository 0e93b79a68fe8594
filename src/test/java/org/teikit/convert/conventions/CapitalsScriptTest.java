package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A script typed all in capitals, each part's name alone over its speech: the cast list naming the parts makes them
 * speakers (a block of capitals otherwise is none); a speech whose words read {@code X TO Y} heads no letter; the
 * transitions between shots ({@code CUT TO:}, {@code FADE OUT.}) are directions.
 */
class CapitalsScriptTest {

    private static final String SCRIPT = """
            CAST: MAVIS, TREVOR, MR. OKONJO

            FADE IN:

            (A BUS SHELTER. RAIN.)

                        MAVIS
                  IS THIS THE LAST ONE?

                        TREVOR
                  THE LAST ONE TO TOWN.

                        MAVIS
                  THEN WE WAIT.

                        MR. OKONJO
                  (ARRIVING)
                  IS THIS THE QUEUE?

                        TREVOR
                  IT IS NOW.

                                    CUT TO:

                        MAVIS
                  I TOLD YOU IT WOULD RAIN.

                                    FADE OUT.
            """;

    @Test
    void namesTheCastListsOverSpeechInCapitalsAreSpeakers() throws Exception {
        Document d = convert(SCRIPT);
        assertEquals(List.of("MAVIS", "TREVOR", "MAVIS", "MR. OKONJO", "TREVOR", "MAVIS"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of(), values(d, "//t:correspDesc"));
    }

    @Test
    void transitionsAreDirections() throws Exception {
        Document d = convert(SCRIPT);
        List<String> stages = values(d, "//t:stage");
        assertTrue(stages.contains("CUT TO:") && stages.contains("FADE OUT.") && stages.contains("FADE IN:"), stages.toString());
        assertTrue(values(d, "//t:sp[5]").get(0).contains("IT IS NOW") && !values(d, "//t:sp[5]").get(0).contains("CUT"));
    }

    @Test
    void withoutACastListABlockOfCapitalsIsNoSpeech() throws Exception {
        Document d = convert("""
                        AMEMBASSY
                  LISBON

                        SECSTATE
                  WASHDC

                        AMEMBASSY
                  LISBON

                        SECSTATE
                  WASHDC
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
    }

    @Test
    void aSpeechOrDirectionReadingXToYHeadsNoLetter() throws Exception {
        Document d = convert("""
                CAST: MAVIS, TREVOR

                (A BUS SHELTER. RAIN.)

                                    MAVIS
                          IS THIS THE LAST ONE?

                                    TREVOR
                          THAT IS WHAT I HAVE BEEN TRYING TO SAY.

                                    MAVIS
                          THEN WE WAIT.

                (MAVIS AND TREVOR SIT DOWN
                TO WAIT FOR IT.)

                                    TREVOR
                          IT IS NOW.
                """);
        assertEquals(List.of(), values(d, "//t:correspDesc"));
        assertEquals(List.of("MAVIS", "TREVOR", "MAVIS", "TREVOR"), values(d, "//t:sp/t:speaker"));
    }
}
