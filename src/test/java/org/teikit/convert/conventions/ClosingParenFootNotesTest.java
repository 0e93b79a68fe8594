package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;

/**
 * Notes marked {@code 1)} in the text and defined {@code 1) Text} at each letter's foot (markdown reads the definition
 * as a list item), numbered through the volume or afresh in each letter, the letters parted by rules or a printer's
 * ornament; and the look-alikes: the editor naming the style ({@code numbered 1), 2) etc.}), a list the marks above do
 * not claim.
 */
class ClosingParenFootNotesTest {

    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:note[@type='source'][@n][parent::t:p or parent::t:item or parent::t:salute]");
    }

    @Test
    void marksBeforeAWordInLowerCaseClaimTheDefinitionsNumberedThroughTheLetters() throws Exception {
        Document d = faithful("""
                Letters of Sapper T. Owens to his sister, 1917

                Transcribed by his grandson. My notes are numbered 1), 2) and so on, after each letter.

                ~~~~~~~~~~~~~~~~~~~~

                Dear Nell,

                The parcel came on Tuesday and Sid 1) had the half of the cake before I
                could stop him. We are back in the line tomorrow.

                Your loving brother
                Tom

                1) Sidney Ware, of the same company, killed at Messines in June.

                ~~~~~~~~~~~~~~~~~~~~

                Dear Nell,

                Only a line to say I am well. The mud here is past belief 2), worse
                than the brickfield at home.

                Your loving brother
                Tom

                2) The battalion diary records eleven days of rain in this month.

                ~~~~~~~~~~~~~~~~~~~~

                Things found in his pocket book:

                1) A photograph of Nell
                2) A pay slip
                3) Two francs
                """);
        assertEquals(List.of("1: Sid | Sidney Ware, of the same company, killed at Messines in June.",
                "2: belief | The battalion diary records eleven days of rain in this month."), notes(d));
        // the editor's "numbered 1), 2)" names the style, and the pocket book's list is the text's, under no mark
        assertTrue(d.toXML().contains("numbered 1), 2) and so on"), d.toXML());
        assertTrue(d.toXML().contains("Two francs"), d.toXML());
    }

    @Test
    void eachLetterUnderAnOrnamentRestartsItsNumbers() throws Exception {
        Document d = faithful("""
                LETTERA XII.

                Al Signor Abate Cesare Bonfigli.

                Ho veduto il ritratto del Cardinale 1), e mi pare cosa assai buona.

                Suo devotissimo servitore
                Antonio Neri.

                1) Ora perduto; ne resta un disegno nella Biblioteca comunale.

                                              ❦

                LETTERA XIII.

                Al medesimo.

                Le mando le due stampe 1) promesse, per mezzo del corriere.

                Suo devotissimo servitore
                Antonio Neri.

                1) Due acqueforti del Della Bella, oggi nella raccolta Bonfigli.
                """);
        assertEquals(List.of("1: Cardinale | Ora perduto; ne resta un disegno nella Biblioteca comunale.",
                "1: stampe | Due acqueforti del Della Bella, oggi nella raccolta Bonfigli."), notes(d));
    }

    /** Trap: an enumeration in the text ("reasons: 1) the cost") and a list below it are no notes. */
    @Test
    void anEnumerationAndItsListAreNoNotes() throws Exception {
        Document d = faithful("""
                The committee gave two reasons: 1) the cost, and 2) the want of a site.

                1) The cost was put at four hundred pounds.
                2) No site was offered.
                """);
        assertEquals(List.of(), notes(d));
        assertTrue(d.toXML().contains("No site was offered"), d.toXML());
    }
}
