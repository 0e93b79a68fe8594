package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Letters of plain writers as an archive transcribes them: headed {@code Letter 1}, {@code Letter 2} …, each a paragraph
 * with its line breaks, no stop after the salutation, the closing broken over two lines; a title naming the writers'
 * whole household.
 */
class PlainFamilyLettersTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    private static final String LETTERS = """
            LETTERS HOME
            The letters of Owen and Mary Pryce to their family in Montgomeryshire, 1868-1872

            Letter 1

            Scranton Pa March the 9 1868
            Dear Father and Mother
            we are here safe after a long voyage and Owen has got work in the mine
            at a dollar and a half a day. the house is small but dry.
            no more this time from your
            loving daughter
            Mary Pryce

            Letter 2

            [The first page is lost.]

            ...and the snow lay till April. give my respects to all the neighbours.
            Owen Pryce

            Letter 3

            Scranton Pa Sept 2 1872
            Dear Sister Jane
            i send you the likeness of the baby. she is very like our Mother.
            your loving sister until death
            Mary
            """;

    @Test
    void numbersCalledLettersHeadThemAllEvenWhereNothingElseShows() throws Exception {
        Document d = convert(LETTERS.replace("Scranton Pa Sept 2 1872\nDear Sister Jane\n", ""));
        assertEquals(3, values(d, "//t:correspDesc").size(), "letters 2 and 3 show no dateline over a salutation");
    }

    @Test
    void anUnpunctuatedLetterInOneParagraphIsCutIntoItsParts() throws Exception {
        Document d = convert(LETTERS);
        List<String> senders = values(d, SENT + "/t:persName");
        assertEquals(List.of("Mary Pryce", "Mary Pryce"), List.of(senders.get(0), senders.get(senders.size() - 1)),
                "signed under the closing (the first name alone is the writer named in full before)");
        assertEquals(List.of("1868-03-09", "1872-09-02"), values(d, SENT + "/t:date/@when"));
        assertEquals("no more this time from your loving daughter", values(d, "//t:closer/t:salute").get(0).replaceAll("\\s+", " "),
                "the formula goes on to the line under it, over the name");
    }

    @Test
    void aTitlesHouseholdGivesWayToTheSalutationsOwnWords() throws Exception {
        Document d = convert(LETTERS);
        assertEquals(List.of("Father and Mother", "Sister Jane"), values(d, RECEIVED + "/t:persName"));
    }

    /** The look-alike: a title naming the writer's parents keeps them as the addressee of "Dear Father and Mother". */
    @Test
    void aTitlesParentsStand() throws Exception {
        Document d = convert(LETTERS.replace("to their family in Montgomeryshire", "to their parents in Montgomeryshire"));
        assertEquals("their parents", values(d, RECEIVED + "/t:persName").get(0));
    }

    /** The look-alike: exhibits numbered in a row are no letters, nor is a line "Dear Mother" inside prose. */
    @Test
    void exhibitsAndProseHeadNoLetters() throws Exception {
        Document d = convert("""
                REPORT ON THE PRYCE PAPERS, 1950

                Exhibit 1

                A family bible with the births written in.

                Exhibit 2

                A likeness of a child, mounted on card. The back is inscribed
                Dear Mother
                in a faded hand, with nothing after it.

                Exhibit 3

                A miner's lamp.
                """);
        assertEquals(0, values(d, "//t:correspDesc").size());
    }
}
