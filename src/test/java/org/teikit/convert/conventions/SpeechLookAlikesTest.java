package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Label-shaped starts that are no speech: a diary's weekdays, a block of capitals (a telegram's address), a hard-wrapped
 * sentence going on with {@code Name.}, a letter's own parts; and a play's closing word and bracketed lines as stage.
 */
class SpeechLookAlikesTest {

    @Test
    void aDiarysWeekdaysAreNoSpeakersHoweverTheyRepeatAndAlternate() throws Exception {
        Document d = convert("""
                Diary, 1894

                Monday: Wind from the east all day. Father went to market.

                Tuesday: Mended the blue dress. Ellen called.

                Wednesday: Rain. Wrote to Alice.

                Monday: Easter Monday. Everyone at the chapel tea.

                Tuesday: Better. Read in the evening.

                Wednesday: Washing day.
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
        assertTrue(values(d, "//t:p").stream().anyMatch(p -> p.startsWith("Tuesday: Mended")));
    }

    @Test
    void aNameInCapitalsOverALineInCapitalsIsABlockOfCapitalsNotASpeech() throws Exception {
        Document d = convert("""
                Telegrams

                WESTERN UNION TELEGRAM
                RECEIVED AT SPRINGFIELD MASS
                MRS JOHN HALLORAN
                14 ELM ST SPRINGFIELD MASS
                LANDED HOBOKEN STOP ALL WELL
                JOHN

                WESTERN UNION TELEGRAM
                RECEIVED AT CAMP MERRITT NJ
                SGT JOHN HALLORAN
                CO B 104 INF CAMP MERRITT NJ
                THANK GOD STOP WE ARE ALL WELL
                MARY

                WESTERN UNION TELEGRAM
                RECEIVED AT SPRINGFIELD MASS
                MRS JOHN HALLORAN
                14 ELM ST SPRINGFIELD MASS
                DISCHARGED TODAY STOP
                JOHN
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
    }

    @Test
    void aScriptsNameOverItsSpeechInMixedCaseStaysATurn() throws Exception {
        Document d = convert("""
                MARGIT
                Where have you been?

                HANS
                Out. At the mill.

                MARGIT
                All night?

                HANS
                All night.
                """);
        assertEquals(List.of("MARGIT", "HANS", "MARGIT", "HANS"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aNameStartingALineThatGoesOnWithTheSentenceAboveIsNoTurn() throws Exception {
        Document d = convert("""
                Ellen. I went down to the river this morning, and the water was at
                Lowick. It has never been so high.

                Tom. Then the mill is lost.

                Ellen. Not yet.

                Tom. It will be by night.

                Ellen. Then we go.
                """);
        assertEquals(List.of("Ellen", "Tom", "Ellen", "Tom", "Ellen"), values(d, "//t:sp/t:speaker"));
        assertTrue(values(d, "//t:sp[1]/t:p").get(0).contains("at Lowick. It has"));
    }

    @Test
    void aClosingWordAloneOnItsLineInAPlayIsAStageDirection() throws Exception {
        Document d = convert("""
                ACT I

                HANS. Where is she?

                GRETE. Gone to the mill.

                HANS. Then I follow.

                GRETE. Do.

                CURTAIN
                """);
        assertEquals(List.of("CURTAIN"), values(d, "//t:stage[not(ancestor::t:sp)]"));
        assertTrue(values(d, "//t:sp//t:p").stream().noneMatch(p -> p.contains("CURTAIN")));
    }

    @Test
    void aBracketedLineInsideASpeechIsAStageDirectionBetweenItsParts() throws Exception {
        Document d = convert("""
                ACT I

                ABEL
                [Reading slowly.]
                The Company will take the mill.
                [He puts the letter down.]
                On my own river.

                HESTER
                Then we go.

                ABEL
                We go.

                HESTER
                Tonight.
                """);
        assertEquals(List.of("[Reading slowly.]", "[He puts the letter down.]"), values(d, "//t:sp[1]/t:stage"));
        assertEquals(List.of("The Company will take the mill.", "On my own river."), values(d, "//t:sp[1]/t:p"));
    }
    @Test
    void aLettersHeadingAndSignatureAreNoSpeakersHoweverTheyAlternate() throws Exception {
        // "Ihr H." / "Ihr B." alternate and repeat like a dialogue's labels; they are the letters' signatures
        Document d = convert("""
                Briefe an Ludwig Brenner, 1798

                Nr. 4. Haller an Brenner.

                Weimar, d. 5ten April 98.

                Nur zwei Zeilen heute, lieber Freund, denn der Bote wartet schon unten.

                Ihr H.

                Nr. 5. Brenner an Haller.

                Ihr Brief hat mich sehr gefreut. Den zweiten Teil schicke ich mit der nächsten Post.

                Jena, d. 9ten April 98.

                Ihr B.

                Nr. 6. Haller an Brenner.

                Der zweite Teil ist da, und er ist besser als der erste. Kommen Sie bald.

                Ihr H.

                Nr. 7. Brenner an Haller.

                Ich komme am Sonntag mit dem Mittagswagen und bleibe bis Dienstag.

                Ihr B.

                Nr. 8. Haller an Brenner.

                Wir erwarten Sie also am Sonntag.

                Ihr H.
                """);
        assertEquals(5, values(d, "//t:div[@type='letter']").size(), "the letters are read");
        assertEquals(List.of(), values(d, "//t:sp"));
        assertEquals(List.of("Ihr H.", "Ihr B.", "Ihr H.", "Ihr B.", "Ihr H."), values(d, "//t:closer/t:signed"));
    }
}
