package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * How old plays print their directions and names: {@code _Enter_ NAME _and_ NAME.} lines, {@code [_Exit._} with no
 * closing bracket, {@code [_Aside._]} inside a speech, {@code FINIS.} after the last speech; and a name printed in full
 * at the first speech and cut short after ({@code WAT TYLER.}, then {@code TYL.}), which is one person.
 */
class DramaPrintingTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");

    private static final String PLAY = """
            THE MILLER'S DAUGHTER

            ACT I.

              _Enter_ WAT TYLER _and_ ROSE.

            WAT TYLER.
            Rose, the wheel is still. Where is your father?

            ROSE.
            Gone to the fair with the grey mare, sir.

            TYL.
            Then I will wait.  [_Sits._]  The flour can wait too.

              [_Exit_ ROSE.

            TYL.
            [_Aside._] She lies, and sweetly.

              _Enter_ ROSE _with a jug._

            ROSE.
            Here is ale, sir.

            TYL.
            I thank thee, Rose.

            FINIS.
            """;

    @Test
    void italicDirectionWordsWithRomanNamesBetweenAreAStageDirection() throws Exception {
        Document d = convert(PLAY);
        List<String> stages = values(d, "//t:stage");
        assertTrue(stages.contains("Enter WAT TYLER and ROSE."), stages.toString());
        assertTrue(stages.contains("Enter ROSE with a jug."), stages.toString());
        assertTrue(values(d, "//t:sp/t:p").stream().noneMatch(p -> p.startsWith("Enter")), values(d, "//t:sp/t:p").toString());
    }

    @Test
    void aShortLineOpeningABracketItNeverClosesIsAStageDirection() throws Exception {
        List<String> stages = values(convert(PLAY), "//t:stage");
        assertTrue(stages.contains("[Exit ROSE."), stages.toString());
    }

    @Test
    void bracketedItalicsInsideASpeechAreAStageDirectionThere() throws Exception {
        Document d = convert(PLAY);
        assertEquals(List.of("[Sits.]"), values(d, "//t:sp[t:speaker='TYL'][1]/t:p/t:stage"));
        assertEquals(List.of("[Aside.]"), values(d, "//t:sp[t:speaker='TYL'][2]/t:p/t:stage"));
        assertTrue(values(d, "//t:sp[t:speaker='TYL'][1]/t:p").get(0).endsWith("The flour can wait too."));
    }

    @Test
    void finisEndsTheLastSpeech() throws Exception {
        Document d = convert(PLAY);
        List<String> last = values(d, "(//t:sp)[last()]/t:p");
        assertEquals(List.of("I thank thee, Rose."), last);
        assertTrue(values(d, "//t:body//t:p[not(ancestor::t:sp)]").contains("FINIS."));
    }

    @Test
    void aNameCutShortAfterItsFullFormIsThatPersonFromTheCastList() throws Exception {
        Document d = convert("""
                THE PERSONS OF THE PLAY.

                  WAT TYLER, a miller.
                  ROSE, his daughter.

                """ + PLAY.substring(PLAY.indexOf("ACT I.")));
        assertEquals(whoOf(d, "WAT TYLER"), whoOf(d, "TYL"));
        assertNotEquals(whoOf(d, "ROSE"), whoOf(d, "TYL"));
    }

    @Test
    void aNameOnlyEverCutShortIsTheCastListsPersonItBegins() throws Exception {
        Document d = convert("""
                THE PERSONS OF THE PLAY.

                  WAT TYLER, a miller.
                  ROSE, his daughter.

                ACT I.

                TYL.
                Rose, the wheel is still.

                ROSE.
                Father is at the fair.

                TYL.
                Then I will wait.

                ROSE.
                As you please.
                """);
        String tyl = whoOf(d, "TYL").substring(1);
        assertTrue(values(d, "//t:person[@xml:id='" + tyl + "']/t:persName").contains("WAT TYLER"),
                values(d, "//t:person/t:persName").toString());
    }

    @Test
    void aNameCutShortAfterItsFullFormIsThatPersonWithoutACastList() throws Exception {
        Document d = convert(PLAY);
        assertEquals(whoOf(d, "WAT TYLER"), whoOf(d, "TYL"));
        assertNotEquals(whoOf(d, "ROSE"), whoOf(d, "TYL"));
    }

    @Test
    void aShortNameThatCouldCutTwoNamesJoinsNeither() throws Exception {
        Document d = convert("""
                ACT I.

                MARY ANNE.
                Who is at the door?

                MARIAN.
                Only the carrier.

                MAR.
                Let him in, then.

                MARY ANNE.
                Not I.

                MARIAN.
                Nor I.
                """);
        assertNotEquals(whoOf(d, "MARY ANNE"), whoOf(d, "MAR"));
        assertNotEquals(whoOf(d, "MARIAN"), whoOf(d, "MAR"));
    }

    private static String whoOf(Document d, String speaker) {
        Nodes n = d.query("//t:sp[t:speaker='" + speaker + "']/@who", TEI);
        assertTrue(n.size() > 0, "no turn of " + speaker);
        return n.get(0).getValue();
    }

    @Test
    void aTitlePagesItalicsAndBracketedNoteBeforeTheFirstActAreNoDirections() throws Exception {
        Document d = convert("""
                THE WEIR

                _A Play in One Act._

                [The text is that of the acting edition; the cuts are restored.]

                ACT I.

                _A mill-race at dusk._

                JOAN.
                Is that you, Hal?

                HAL.
                Who else would it be?

                JOAN.
                The miller.

                HAL.
                He sleeps.
                """);
        List<String> stages = values(d, "//t:stage");
        assertEquals(List.of("A mill-race at dusk."), stages);
    }

    @Test
    void anItalicWordOpeningASpeechIsEmphasisWhereThePlayPutsItsDirectionsInParentheses() throws Exception {
        Document d = convert("""
                ACT I.

                _Joan_ (_at the window_). Is that you, Hal?

                _Hal._ _Nobody_ else would come so late.

                _Joan._ The miller might.

                _Hal._ He sleeps.

                _Joan_ (_laughing_). Then come up.
                """);
        assertEquals(List.of("at the window", "laughing"), values(d, "//t:stage"));
        assertTrue(values(d, "//t:sp[t:speaker='Hal'][1]/t:p").get(0).startsWith("Nobody else would come"),
                values(d, "//t:sp").toString());
    }

    @Test
    void bothAndAllSpeakThoughEachIsPrintedOnce() throws Exception {
        Document d = convert("""
                THE PERSONS.

                  NED, a fisherman.
                  KATE, his sweetheart.

                ACT I.

                NED.
                The boats are in.

                KATE.
                And the nets are full.

                BOTH.
                Then let us sing!

                NED.
                Sing, then.

                KATE.
                Sing all of you.

                ALL.
                Haul away, haul away!
                """);
        assertEquals(List.of("NED", "KATE", "BOTH", "NED", "KATE", "ALL"), values(d, "//t:sp/t:speaker"));
    }

    /**
     * Acts and scenes headed with the ordinal first ({@code Erster Aufzug.}) or with a word for the number
     * ({@code ESCENA PRIMERA}, {@code ACTO ÚNICO}): divisions of the play, and no speakers, though they look like
     * {@code Name.} labels standing alone.
     */
    @Test
    void actsAndScenesHeadedWithOrdinalsAreDivisionsNotSpeakers() throws Exception {
        Document de = convert("""
                Der Schlüssel

                Erster Aufzug.

                Erster Auftritt.

                Marthe. Ist er fort?

                Konrad. Schon lange.

                Marthe. Dann schließ die Tür.

                Zweiter Auftritt.

                Konrad. Sie ist zu.

                Marthe. Gut so.
                """);
        assertEquals(List.of("Erster Aufzug."), values(de, "//t:div[@type='act']/t:head"));
        assertEquals(List.of("Erster Auftritt.", "Zweiter Auftritt."), values(de, "//t:div[@type='scene']/t:head"));
        assertEquals(List.of("Marthe", "Konrad", "Marthe", "Konrad", "Marthe"), values(de, "//t:sp/t:speaker"));

        Document es = convert("""
                ACTO ÚNICO

                ESCENA PRIMERA

                LUISA. ¿Quién llama?

                ANDRÉS. Yo, señora.

                LUISA. Pase usted.

                ESCENA II

                ANDRÉS. Ya estoy.

                LUISA. Siéntese.
                """);
        assertEquals(List.of("ACTO ÚNICO"), values(es, "//t:div[@type='act']/t:head"));
        assertEquals(List.of("ESCENA PRIMERA", "ESCENA II"), values(es, "//t:div[@type='scene']/t:head"));
        assertEquals(5, values(es, "//t:sp").size());
    }
}
