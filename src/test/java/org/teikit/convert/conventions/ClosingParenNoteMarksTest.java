package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;

/**
 * German printing's marks, a number and a closing parenthesis after a space ({@code erwähnt 1),}), with their
 * definitions {@code 1) text} under a rule ({@code ―――――}) at each page's foot, restarting per page. Checked word
 * for word against the source. And Italian printing's asterisks in parentheses, {@code (*)}, {@code (**)}, defined
 * at the page's foot.
 */
class ClosingParenNoteMarksTest {

    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:note[@type='source'][@n][parent::t:p or parent::t:item]");
    }

    @Test
    void marksReferToTheNotesUnderTheRuleOfTheirPage() throws Exception {
        Document d = faithful("""
                [S. 3]

                Die Mühle wird 1420 zuerst erwähnt 1), ihr Besitzer ist unbekannt. Später gehörte sie dem Kloster 2).

                ―――――
                1) Zinsbuch des Amtes, Bl. 12.
                2) Nach der Klosterrechnung von 1488.

                [S. 4]

                Im Jahre 1702 brannte sie ab. „Nichts blieb stehen als der Schornstein.“ 1) Man baute sie nicht wieder auf.

                ―――――
                1) Bericht des Amtmanns an die Regierung.
                """);
        assertEquals(List.of("1: erwähnt | Zinsbuch des Amtes, Bl. 12.", "2: Kloster | Nach der Klosterrechnung von 1488.",
                "1: Schornstein.“ | Bericht des Amtmanns an die Regierung."), notes(d));
    }

    /**
     * Traps: a run-in enumeration "1) die Wiese, 2) der Acker" (a word in lower case follows) and a resolution's items
     * "1) … 2) …" at the lines' starts with no rule above are no marks or notes.
     */
    @Test
    void enumerationsAreNoMarks() throws Exception {
        Document d = faithful("""
                Zum Hof gehörten: 1) die Wiese am Bach, 2) der Acker am Berg. Der Hof wird 1550 genannt 1).

                Die Gemeinde beschloß:

                1) den Brunnen zu bauen;
                2) den Weg zu pflastern.

                ―――――
                1) Urbar von 1550.
                """);
        assertEquals(List.of("1: genannt | Urbar von 1550."), notes(d));
        assertTrue(d.toXML().contains("1) die Wiese am Bach, 2) der Acker"), d.toXML());
        assertTrue(d.toXML().contains("den Brunnen zu bauen"), d.toXML());
    }

    @Test
    void asterisksInParenthesesReferToThePageFoot() throws Exception {
        Document d = faithful("""
                — 4 —

                Arrivammo a Stresa la sera (*), e il marchese B*** ci ricevette nella villa (**). Il lago era calmo.

                (*) Il 3 ottobre.
                (**) Villa poi venduta nel 1880.

                — 5 —

                Il giorno dopo visitammo le isole (*). I prezzi erano: (1) barca, lire 3; (2) guida, lire 1.

                (*) Coll'amico pittore.
                """);
        assertEquals(List.of("*: sera | Il 3 ottobre.", "**: villa | Villa poi venduta nel 1880.",
                "*: isole | Coll'amico pittore."), notes(d));
        assertTrue(d.toXML().contains("(1) barca"), d.toXML());
    }

    /** Trap: an asterisk in parentheses with no note so defined (an editor's "(*) marks doubtful readings") is text. */
    @Test
    void asteriskInParenthesesWithoutANoteIsText() throws Exception {
        Document d = faithful("""
                Doubtful readings are marked (*) in the text, as the word vessel (*) here.
                """);
        assertEquals(List.of(), notes(d));
        assertTrue(d.toXML().contains("vessel (*) here"), d.toXML());
    }
}
