package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A broadcast script's numbered cues ({@code 7.  MARY:  Is he there?}), which markdown reads as a numbered list, are
 * its speeches; the cues typed in capitals beside the voices' ordinary case ({@code MUSIC: UP AND UNDER.}) are the
 * studio's, no voice. And the look-alike: a numbered agenda whose items open with a heading in capitals.
 */
class NumberedCueScriptsTest {

    @Test
    void numberedCuesAreTurnsAndTheCuesInCapitalsNoSpeakers() throws Exception {
        Document d = faithful("""
                "THE LAST FERRY"
                A play for radio by Agnes Rule

                1.  MUSIC:     SEA THEME. UP AND UNDER.

                2.  JOHN:      Is that the boat coming in, Mary?

                3.  MARY:      It is. She's late again, with the fog.

                4.  EFFECTS:   A FOGHORN, FAR OFF.

                5.  JOHN:      Then we'll wait. Get your shawl.

                6.  MARY:      I have it here. Listen to the gulls.

                7.  MUSIC:     A BRIDGE. THEN UNDER.

                8.  JOHN:      There's her light now, by the pier.

                9.  MARY:      Thank God. I'd begun to think she'd gone down.

                10. MUSIC:     SEA THEME UP TO END.
                """);
        assertEquals(List.of("JOHN", "MARY", "JOHN", "MARY", "JOHN", "MARY"), values(d, "//t:sp/t:speaker"));
        assertEquals(0, values(d, "//t:sp[t:speaker = 'MUSIC' or t:speaker = 'EFFECTS']").size(), d.toXML());
        assertTrue(d.toXML().contains("SEA THEME UP TO END."), d.toXML());
    }

    /** Trap: a meeting's numbered agenda, its items headed in capitals, is no script. */
    @Test
    void aNumberedAgendaIsNoDialogue() throws Exception {
        Document d = faithful("""
                PARISH COUNCIL — AGENDA FOR 4 MARCH

                1.  APOLOGIES:  To receive apologies for absence.

                2.  MINUTES:    To approve the minutes of the last meeting.

                3.  FINANCE:    To receive the clerk's statement of accounts.

                4.  HIGHWAYS:   To consider the state of Mill Lane.

                5.  CORRESPONDENCE:  To read letters received.

                6.  ANY OTHER BUSINESS.
                """);
        assertEquals(0, values(d, "//t:sp").size(), d.toXML());
        assertTrue(d.toXML().contains("To consider the state of Mill Lane."), d.toXML());
    }
}
