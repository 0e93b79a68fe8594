package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** Letter-books, agents' letters and printed forms: Old Style years, numbers over datelines, kinship closings, V-mail boxes. */
class LetterBookFormsTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void aYearWrittenDoubleIsTakenInItsNewStyle() throws Exception {
        Document d = convert("""
                LETTERS OF ISAAC WARE, MERCHANT OF SALEM

                To Mr. Giles Bond, in Bristol.

                Salem, 14 January 1722/23.

                Sir,

                The sloop is frozen in and will not sail before the spring.

                Your humble servant,
                Isaac Ware.

                To the same.

                Salem, 2 February 1723/4.

                Sir,

                The ice is gone out of the harbour.

                Isaac Ware.
                """);
        assertEquals(List.of("1723-01-14", "1724-02-02"), values(d, SENT + "/t:date/@when"));
    }

    @Test
    void anEditorsMonthAfterAFriendsNumberedMonthIsTheMonth() throws Exception {
        Document d = convert("""
                LETTERS OF ISAAC WARE, MERCHANT OF SALEM

                To Mr. Giles Bond, in Bristol.

                Salem, the 9th of the 1st month [March] 1722/23.

                Sir,

                The sloop sails on the next tide with the staves.

                Isaac Ware.
                """);
        assertEquals(List.of("1723-03-09"), values(d, SENT + "/t:date/@when"),
                "before 1752 the first month was March: the editor's bracket says so, and the double year is New Style");
    }

    @Test
    void aWriterWhoSignsAsSonOrServantClosesTheLetter() throws Exception {
        Document d = convert("""
                Leeds, 3 May 1850.

                Dear Mother,

                The mill is on short time and lodgings are dear, but I am well.

                Your dutiful son,

                William Grey

                Leeds, 17 May 1850.

                Dear Mother,

                Wages are paid again in full.

                Your son and servant,

                William Grey
                """);
        assertEquals(List.of("Your dutiful son,", "Your son and servant,"), values(d, "//t:closer/t:salute"));
        assertEquals(List.of("William Grey", "William Grey"), values(d, SENT + "/t:persName"));
    }

    @Test
    void aDatelineBetweenTheLettersNumberAndItsHeadingIsTheLetters() throws Exception {
        Document d = convert("""
                THE LETTERS OF JOHN FENWICK, STEWARD,
                TO THE GOVERNORS OF HARTLEY SCHOOL, 1850

                I.

                Hartley Hall,
                4th March 1850.

                To the Governors.

                Gentlemen,

                The roof of the schoolroom has fallen in and the boys are taught in the barn.

                Your obedient servant,
                J. Fenwick.

                II.

                Hartley Hall,
                9th April 1850.

                To the Governors.

                Gentlemen,

                The slaters have begun.

                Your obedient servant,
                J. Fenwick.
                """);
        assertEquals(List.of("1850-03-04", "1850-04-09"), values(d, SENT + "/t:date/@when"),
                "each letter's dateline stands above its heading, not at the foot of the letter before");
        assertEquals(List.of("Hartley Hall, 4th March 1850."), values(d, "//t:div[@type='letter'][1]/t:dateline"));
        assertEquals(List.of("I.", "II."), values(d, "//t:div[@type='letter']/t:head[@type='number']"));
    }

    private static final String VMAIL = """
            V-MAIL LETTERS OF SAUL ADLER, 1943

            TO: Miss Ruth Adler, 12 Elm St., Dayton, Ohio
            FROM: Pvt. Saul Adler 3551207, APO 44
            PASSED BY ARMY EXAMINER 1187
            (Date) 3 Aug 43

            Dear Ruthie,

            The food is fine and the sergeant is not as bad as they say.

            Saul
            """;

    @Test
    void aFormsStampAmongItsBoxesDoesNotHideThePartiesTheBoxesName() throws Exception {
        Document d = convert(VMAIL);
        assertTrue(values(d, SENT + "/t:persName").get(0).contains("Saul Adler"), values(d, SENT).toString());
        assertTrue(values(d, RECEIVED + "/t:persName").get(0).contains("Ruth Adler"), values(d, RECEIVED).toString());
    }

    @Test
    void aFormsDateBoxWithATwoFigureYearTakesTheCenturyOfTheRun() throws Exception {
        Document d = convert(VMAIL);
        assertEquals(List.of("1943-08-03"), values(d, SENT + "/t:date/@when"), "'(Date) 3 Aug 43' in letters of 1943");
    }

    @Test
    void aShipsNameInQuotationMarksIsPartOfTheDatelinesPlace() throws Exception {
        Document d = convert("""
                Letters Home, 1851

                On board the "Clementina", 4 June 1851.

                Dear Mother,

                We are three days out of Liverpool and the sea is calm.

                Ever yours,
                Tom
                """);
        assertEquals(List.of("1851-06-04"), values(d, SENT + "/t:date/@when"));
    }

    private static final String BUNDLE = """
            Letters of M. to R.

            A bundle of undated notes, numbered by the editor in the order found.

            [i]

            My own Robin,

            The gate at six, if the rain holds off.

            M.

            [ii]

            [The first leaf is lost.]

            ... and so you must not write to the house again.

            Your M.
            """;

    @Test
    void anEditorsBracketedNumberHeadsALetterOfTheBundleWhateverItsFirstLine() throws Exception {
        Document d = convert(BUNDLE);
        assertEquals(List.of("i", "ii"), values(d, "//t:div[@type='letter']/t:head"), "the editor's numbers head the letters");
        assertEquals(List.of("M", "M"), values(d, SENT + "/t:persName"), "the sender is the author the title names");
    }

    @Test
    void aTitlesAddresseeAfterTheAuthorsInitialIsTheCollectionsAddressee() throws Exception {
        Document d = convert(BUNDLE);
        assertEquals(List.of("R.", "R."), values(d, RECEIVED + "/t:persName"), "'Letters of M. to R.': to R.");
    }
}
