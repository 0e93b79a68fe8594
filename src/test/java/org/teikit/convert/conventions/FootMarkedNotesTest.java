package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;

/**
 * Definitions marked {@code (1)} or {@code (a)} at a letter's or a page's foot, with no rule or heading above them and
 * their text wrapped over several lines, where the text above claims each with a mark of that style after its words,
 * once and in order. And the look-alikes that are no notes: numbered resolutions, a legal instrument's clauses, an
 * enumeration in the text, marks that skip a number.
 */
class FootMarkedNotesTest {

    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:note[@type='source'][@n][parent::t:p or parent::t:item or parent::t:salute]");
    }

    @Test
    void numberedDefinitionsAtEachLettersFootRestartWithTheLetter() throws Exception {
        Document d = faithful("""
                ## Henri Vallet to his sister

                Lyon, le 4 mars 1851.

                Ma chère Adèle,

                Le coche est arrivé avec deux jours de retard (1). Nos cousins de Vienne
                sont repartis mardi, fort contents de la foire (2). Rien d'autre.

                Ton frère,

                Henri.

                (1) Le service de Lyon à Chalon, alors assuré par
                une seule voiture.
                (2) La foire de printemps, tenue chaque année en
                mars sur la place Bellecour.

                ## Henri Vallet to his sister

                Lyon, le 9 avril 1851.

                Ma chère Adèle,

                Je pars demain pour Grenoble avec le notaire (1). Écris-moi là-bas.

                Ton frère,

                Henri.

                (1) Maître Rivoire, ami du père, qui fit le
                voyage avec lui.
                """);
        assertEquals(List.of(
                "1: retard | Le service de Lyon à Chalon, alors assuré par une seule voiture.",
                "2: foire | La foire de printemps, tenue chaque année en mars sur la place Bellecour.",
                "1: notaire | Maître Rivoire, ami du père, qui fit le voyage avec lui."), notes(d));
    }

    @Test
    void letteredDefinitionsAtTheFootBeforeThePageNumber() throws Exception {
        Document d = faithful("""
                The Surveyor reports that the new road from the landing (a) is now open as far
                as the mission station, and that the bridge (b) will be finished before the rains.

                The cost has been met from the vote of last session.

                (a) The landing at the mouth of the creek, built in 1859.
                (b) Over the second branch of the river; it replaces
                the ford used since the first survey.

                                                                   17
                """);
        assertEquals(List.of("a: landing | The landing at the mouth of the creek, built in 1859.",
                "b: bridge | Over the second branch of the river; it replaces the ford used since the first survey."), notes(d));
    }

    @Test
    void definitionsAtTheFootOfEachMarkedPage() throws Exception {
        Document d = faithful("""
                The council met in the long room (1) and sat till dusk.

                (1) Above the old market, pulled
                down in 1890.

                — 8 —

                On the next day the mayor spoke (1) at length.

                (1) His speech was printed in the
                weekly paper.
                """);
        assertEquals(List.of("1: room | Above the old market, pulled down in 1890.",
                "1: spoke | His speech was printed in the weekly paper."), notes(d));
    }

    /** Trap: numbered resolutions at the end of a document, which nothing in the text above marks, are its text. */
    @Test
    void numberedResolutionsAreNoNotes() throws Exception {
        Document d = faithful("""
                The meeting, after long debate, resolved as follows.

                (1) That the hall be let to the choir
                for the winter months.
                (2) That the rent be paid quarterly
                to the treasurer.
                """);
        assertEquals(List.of(), notes(d));
        assertTrue(d.toXML().contains("That the hall be let"), d.toXML());
    }

    /** Trap: a lease's clauses, the text above naming them ("clauses (1) and (2)") or citing one only, are no notes. */
    @Test
    void legalClausesAreNoNotes() throws Exception {
        String clauses = """

                (1) The tenant shall pay the rent on the quarter days
                without any deduction.
                (2) The landlord shall keep the roof and walls
                in good repair.
                """;
        Document named = faithful("This lease is made on the terms of clauses (1) and (2) below.\n" + clauses);
        assertEquals(List.of(), notes(named));
        Document one = faithful("The tenant signed, subject to (1) being read to him first.\n" + clauses);
        assertEquals(List.of(), notes(one));
    }

    /** Trap: an enumeration in the text ("(a) the roof, and (b) the well") over a lettered block at the foot. */
    @Test
    void anEnumerationInTheTextClaimsNoDefinitions() throws Exception {
        Document d = faithful("""
                Before the winter we must repair (a) the roof of the barn, and (b) the well in the yard.

                (a) The roof wants forty new slates
                and a ridge tile.
                (b) The well wants a new chain.
                """);
        assertEquals(List.of(), notes(d));
        assertTrue(d.toXML().contains("(a) the roof of the barn"), d.toXML());
    }

    /** Trap: marks that skip a number, or a block whose numbers skip one, are no such notes. */
    @Test
    void aGapInTheNumbersMakesNoNotes() throws Exception {
        Document skipped = faithful("""
                The first crossing (1) was calm; the third (3) was not.

                (1) In the packet boat.
                (2) By the mail.
                (3) In a gale.
                """);
        assertEquals(List.of(), notes(skipped));
        Document gap = faithful("""
                The first crossing (1) was calm; the second (2) was not.

                (1) In the packet boat.
                (3) In a gale.
                """);
        assertEquals(List.of(), notes(gap));
        Document bothSkip = faithful("""
                The first crossing (1) was calm; the third (3) was not.

                (1) In the packet boat.
                (3) In a gale.
                """);
        assertEquals(List.of(), notes(bothSkip));
    }

    /** Trap: a list numbered "1)" at a letter's foot, with no mark of that style above, stays a list. */
    @Test
    void aClosingParenListAtTheFootIsText() throws Exception {
        Document d = faithful("""
                The committee asks the members to bring the following.

                1) Their cards of membership
                for the year.
                2) The subscription for the quarter.
                """);
        assertEquals(List.of(), notes(d));
        assertTrue(d.toXML().contains("Their cards of membership"), d.toXML());
    }

    /**
     * Trap: where a law report marks its notes set against the word ({@code not(a)}), a letter in parentheses after a
     * space ({@code clause (b)}) is a clause named, not a mark, even with a note (b) defined.
     */
    @Test
    void aSpacedLetterIsNoMarkWhereTheFootDoesNotClaimIt() throws Exception {
        Document d = faithful("""
                The toll was due whether the boat was laden or not(a).

                The ferry is named in clause (b) of the grant only.

                The court held the grant good(b).

                ―――――

                (a) So held in the earlier case.
                (b) The grant of 1602.
                """);
        assertEquals(List.of("a: not | So held in the earlier case.", "b: good | The grant of 1602."), notes(d));
        assertTrue(d.toXML().contains("clause (b) of the grant"), d.toXML());
    }
}
