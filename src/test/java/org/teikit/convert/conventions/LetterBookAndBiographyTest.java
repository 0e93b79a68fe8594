package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Letter headings as letter-books, "Life of" biographies and numbered collections print them: the address line that
 * carries the date, "To Do." for the addressee above, a dash after the number, the dateline after the heading.
 */
class LetterBookAndBiographyTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void aLetterBookEntryDatesItsLetterAndDittoRepeatsTheAddressee() throws Exception {
        Document d = convert("""
                THE LETTER-BOOK OF ABEL WINTHROP, SHIPWRIGHT

                1802

                To Mr. Isaac Crane, Salem, 4 March.

                Sir, The timber you sent is green and will not serve.

                To Do., 11 March.

                Sir, I have your answer and will wait for the spring.
                """);
        assertEquals(List.of("Mr. Isaac Crane, Salem", "Mr. Isaac Crane, Salem"), values(d, RECEIVED + "/t:persName"),
                "the date after the last comma is not the addressee's; \"Do.\" is the person of the entry above");
        assertEquals(List.of("1802-03-04", "1802-03-11"), values(d, SENT + "/t:date/@when"),
                "the year is the section's");
        assertEquals(List.of("ABEL WINTHROP", "ABEL WINTHROP"), values(d, SENT + "/t:persName"),
                "a letter-book's owner, from its title, wrote its letters");
    }

    @Test
    void aDatelineAfterTheAddressLineIsTheHeadingsDate() throws Exception {
        Document d = convert("""
                LETTERS OF ABEL WINTHROP

                To Messrs. Cole & Dyer, Merchants in Liverpool. Boston, 2 April 1803.

                Gentlemen, The brig sails on Tuesday.
                """);
        assertEquals(List.of("Messrs. Cole & Dyer, Merchants in Liverpool"), values(d, RECEIVED + "/t:persName"),
                "\"Messrs.\" is an abbreviation, not the end of a sentence");
        assertEquals(List.of("1803-04-02"), values(d, SENT + "/t:date/@when"));
    }

    @Test
    void aNumberJoinedToTheHeadingByADashIsStillANumber() throws Exception {
        Document d = convert("""
                THE CORRESPONDENCE OF EDITH MARLOW

                VII.—TO HER BROTHER.

                Leeds, June 3, 1860.

                MY DEAR TOM,—The mill is shut and the town is quiet.

                Your loving sister,
                E. M.

                VIII.—TO THE SAME.

                Leeds, June 9, 1860.

                MY DEAR TOM,—Open again.
                """);
        assertEquals(List.of("HER BROTHER", "HER BROTHER"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("EDITH MARLOW", "EDITH MARLOW"), values(d, SENT + "/t:persName"));
    }

    @Test
    void aBiographysSubjectWritesItsLettersAndAHeadingDashDateDatesOne() throws Exception {
        Document d = convert("""
                THE LIFE OF THE REV. OWEN PRYCE

                TO MRS. PRYCE.—March 4th, 1871.

                Friday evening.

                MY DEAREST,—Only a line before the post goes.

                FROM MRS. PRYCE.

                Bangor, March 9th, 1871.

                MY DEAR OWEN,—Your line came this morning.

                Your loving wife,
                JANE PRYCE.
                """);
        assertEquals(List.of("OWEN PRYCE", "JANE PRYCE"), values(d, SENT + "/t:persName"),
                "\"THE REV.\" is the subject's title; the signature gives in full the \"MRS. PRYCE\" of the heading");
        assertEquals(List.of("MRS. PRYCE", "OWEN PRYCE"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("1871-03-04", "1871-03-09"), values(d, SENT + "/t:date/@when"),
                "a weekday-only dateline leaves the heading's date; the salutation ends in a dash");
    }

    @Test
    void toTheSameAfterALetterFromACorrespondentIsToThatCorrespondent() throws Exception {
        Document d = convert("""
                LETTERS OF HUGH BARCLAY

                FROM LADY MARCHANT.

                Bath, May 2, 1791.

                DEAR SIR,—The waters do me no good.

                TO THE SAME.

                London, May 9, 1791.

                DEAR MADAM,—Then come home.
                """);
        assertEquals(List.of("HUGH BARCLAY", "LADY MARCHANT"), values(d, RECEIVED + "/t:persName"),
                "\"the same\" is the correspondent of the letter before, not its addressee, the writer himself");
    }
}
