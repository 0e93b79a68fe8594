package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.teikit.convert.conventions.letters.LetterParts;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Letters as printed papers print them: a newspaper's letters with the writer's address and date under his
 * signature, a parliamentary paper's copies of despatches, notes dated at the foot above their notes, wires
 * between rules, and a plain letter's "From your son".
 */
class PrintedPapersLettersTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void aNewspaperLetterIsDatedByTheAddressUnderItsSignature() throws Exception {
        Document d = convert("""
                CORRESPONDENCE ON THE HARBOUR BRIDGE, 1881–1882

                I.

                TO THE EDITOR OF THE MERCURY.

                Sir,—Your leading article of Tuesday overlooks the cost of the approach roads, which the council has never published.

                I am, Sir, your obedient servant,
                                            WALTER FENWICK.
                  12, Quay Street, Northport, Oct. 4.

                II.

                TO THE EDITOR OF THE MERCURY.

                Sir,—Mr. Fenwick forgets that the roads were costed in the report of last spring, which any ratepayer may read.

                I send my name, and am, Sir, yours, &c.,
                                            A RATEPAYER.
                  Harbour Terrace, Oct. 7.
                """);
        assertEquals(List.of("WALTER FENWICK", "A RATEPAYER"), values(d, SENT + "/t:persName"),
                "the name under the closing formula, the second led into by the sentence's own 'and am'");
        assertEquals(List.of("1881-10-04", "1881-10-07"), values(d, SENT + "/t:date/@when"),
                "the last line of the signature's block is the foot dateline, a house number before its street too");
    }

    @Test
    void aSignaturesLastLineThatIsNoDatelineDatesNothing() throws Exception {
        Document d = convert("""
                LETTERS TO THE PRESS, 1881

                I.

                TO THE EDITOR OF THE MERCURY.

                Sir,—The ferry has not run on time this week, and the passengers are tired of waiting on the pier.

                I am, Sir, your obedient servant,
                                            WALTER FENWICK.
                  Secretary to the Ferry Users.

                II.

                TO THE EDITOR OF THE MERCURY.

                Sir,—The ferry company regrets the delays, which were caused by the fog of the last three days.

                I am, Sir, yours faithfully,
                                            JAMES ORR.
                  12, Quay Street, Northport.
                """);
        assertEquals(List.of("WALTER FENWICK", "JAMES ORR"), values(d, SENT + "/t:persName"));
        assertEquals(List.of(), values(d, SENT + "/t:date/@when"), "an office or an address without a date is no dateline");
    }

    @Test
    void aCopyOfADespatchNamesItsPartiesAndTheSalutationLineCarriesTheDate() throws Exception {
        Document d = convert("""
                PAPERS RELATING TO THE COLONY.

                No. 3.
                (No. 18.)
                COPY of a DESPATCH from Governor Sir J. MARLOW to the Right Hon. the EARL OF DERWENT.

                                              Government House, Port Ellis,
                My Lord Earl,                                           March 9, 1871.
                    I HAVE the honour to report that the new wharf was opened on the first of the month.
                                              I have, &c.,
                                                   J. MARLOW.

                No. 4.
                (No. 7.)
                EXTRACT of a LETTER from the EARL OF DERWENT to Governor Sir J. MARLOW.

                                              Downing Street, May 2, 1871.
                Sir,
                    I HAVE received your Despatch of the 9th March, and I approve of what you have done.
                                              I have, &c.,
                                                   DERWENT.
                """);
        assertEquals(List.of("Governor Sir J. MARLOW", "the EARL OF DERWENT"), values(d, SENT + "/t:persName"),
                "the writer's own number and the copy's words are no part of the sender");
        assertEquals(List.of("the Right Hon. the EARL OF DERWENT", "Governor Sir J. MARLOW"), values(d, RECEIVED + "/t:persName"));
        assertEquals(List.of("1871-03-09", "1871-05-02"), values(d, SENT + "/t:date/@when"),
                "the date at the right of the salutation's line, under the dateline's place");
    }

    @Test
    void aReverendSalutationAndAFootDatelineAboveTheNotesAndTheNextNumber() throws Exception {
        Document d = convert("""
                EXCHANGE OF NOTES ON THE LIGHTHOUSE DUES

                Paper 1

                The Consulate of the Republic presents its compliments to the Harbour Board and has the honour to ask for a copy of the new tariff of dues.[1]

                The Consulate avails itself of this opportunity to renew to the Board the assurances of its highest consideration.

                                            Port Ellis, 12 April 1902.

                [Stamped:] C. R.

                [1] The tariff was printed in the Gazette of 1 April, which the Board did not send to the consulates, though it was asked to do so at the meeting of the spring.

                Paper 2

                The Harbour Board presents its compliments to the Consulate of the Republic and has the honour to enclose the tariff asked for.

                The Board avails itself of this opportunity to renew to the Consulate the assurances of its highest consideration.

                                            Port Ellis, 15 April 1902.
                """);
        assertEquals(List.of("1902-04-12", "1902-04-15"), values(d, SENT + "/t:date/@when"),
                "the definition of a note between a foot dateline and the next paper is no text of the letter below the dateline");
    }

    @Test
    void aDatelineShapedLineAboveTheTextIsNoFoot() throws Exception {
        Document d = convert("""
                EXCHANGE OF NOTES ON THE LIGHTHOUSE DUES

                The Consulate of the Republic presents its compliments to the Harbour Board and has the honour to ask for a copy of the new tariff.

                Port Ellis, 12 April 1902.

                The Consulate adds that the tariff should be sent to the consul himself, who has been asked by the shipowners of the Republic to explain it to them before the season opens, since many of their ships call at the port in the spring and the dues are said to have been raised.

                The Consulate avails itself of this opportunity to renew to the Board the assurances of its highest consideration.
                """);
        assertEquals(List.of(), values(d, SENT + "/t:date/@when"), "text follows it: a dateline-shaped line in the body dates nothing");
    }

    @Test
    void ranksAndTheClothAreSalutations() throws Exception {
        Document d = convert("""
                LETTERS OF THE DEAN

                Deanery, 3 May 1790.

                Reverend Sir,

                I have your account of the parish and thank you for it.

                I am, Reverend Sir, your faithful servant,
                JOHN ALSTON.

                Deanery, 9 May 1790.

                My Lord Bishop,

                The parish accounts are enclosed with this letter.

                I have the honour to be, my Lord, your obedient servant,
                JOHN ALSTON.
                """);
        assertEquals(List.of("1790-05-03", "1790-05-09"), values(d, SENT + "/t:date/@when"));
        assertEquals(List.of("Reverend Sir,", "My Lord Bishop,"), values(d, "//t:opener/t:salute"));
        assertEquals(List.of("I am, Reverend Sir, your faithful servant,", "I have the honour to be, my Lord, your obedient servant,"),
                values(d, "//t:closer/t:salute"), "the formula after 'I am, Reverend Sir,' closes too");
    }

    @Test
    void wiresBetweenRulesAreDatedByTheirOfficeOfOriginNotTheirReceipt() throws Exception {
        Document d = convert("""
                PRESS WIRES RECEIVED, 1904

                ------------------------------------------------------------
                NEWS SERVICE  /  RECEIVED 1.10 A.M. 9 MAY 1904
                FROM: COURIER HARBIN
                TO: COURIER LONDON
                HARBIN 8 MAY 1904
                TROOPS LEFT FOR THE SOUTH THIS MORNING STOP NO FIGHTING REPORTED STOP
                COURIER
                ------------------------------------------------------------
                NEWS SERVICE  /  RECEIVED 4.30 P.M. 9 MAY 1904
                FROM: COURIER MUKDEN
                TO: COURIER LONDON
                RAILWAY OPEN AGAIN TO THE COAST STOP
                COURIER
                ------------------------------------------------------------
                """);
        assertEquals(List.of("COURIER HARBIN", "COURIER MUKDEN"), values(d, SENT + "/t:persName"),
                "a rule of dashes under a wire's lines is its separator, no underline making the wire a heading");
        assertEquals(List.of("1904-05-08", "1904-05-09"), values(d, SENT + "/t:date/@when"),
                "the office of origin's date, else the receiving office's stamp");
    }

    @Test
    void aLineOrTwoOverDashesIsStillAHeading() throws Exception {
        Document d = convert("""
                The Harbour
                -----------

                The harbour was dredged in the spring.
                """);
        assertEquals(List.of("The Harbour"), values(d, "//t:head"));
    }

    @Test
    void aPlainLettersFromYourSonIsItsClosing() throws Exception {
        Document d = convert("""
                # Letters home, 1863

                Dear Mother,

                We are in camp by the river and it has rained for three days.

                Your loving son
                Eli Barton

                Camp near Cold Creek
                May 3d 1863

                Dear Mother,

                The mail came today and I had your letter.

                From your son
                Eli

                Camp at Mill Ford
                May 20 1863

                Dear Mother

                We march in the morning. So no more at present.

                No more at present from your loving son
                Eli Barton

                Camp at Mill Ford
                June 2 1863
                """);
        assertEquals(List.of("1863-05-03", "1863-05-20", "1863-06-02"), values(d, SENT + "/t:date/@when"));
        assertEquals(List.of("Eli Barton", "Eli", "Eli Barton"), values(d, SENT + "/t:persName"),
                "'From your son' and 'No more at present from your loving son' close their letters: the name below signs");
    }

    @Test
    void fromYourSonsLetterIsNoClosing() {
        assertTrue(LetterParts.isClosingSalute("From your son"));
        assertFalse(LetterParts.isClosingSalute("From your son's letter of the spring we learned that"));
        assertFalse(LetterParts.isClosingSalute("No more at present news from the front"));
    }

    @Test
    void aFormalAddressUnderANumberedHeadingIsTheLettersOwn() throws Exception {
        Document d = convert("""
                REGISTER OF THE ARCHDEACON, 1801–1803

                IV. THE ARCHDEACON TO THE CHURCHWARDENS OF HOLME

                John, Archdeacon of Lindsey, to the Churchwardens of the Parish of Holme, Greeting.

                Gentlemen,

                Whereas the chancel of your church is reported to be out of repair, you are required to see to it before Michaelmas.

                                            JOHN LINDSEY.

                V. THE ARCHDEACON TO THE REV. MR. PAUL HARTE

                Lincoln, 2 June 1801.

                Reverend Sir,

                I thank you for your report on the chancel.

                I am, Reverend Sir, your faithful servant,
                JOHN LINDSEY.
                """);
        assertEquals(List.of("THE ARCHDEACON", "THE ARCHDEACON"), values(d, SENT + "/t:persName"),
                "the address in the letter's own words is no second letter");
        assertEquals(List.of("THE CHURCHWARDENS OF HOLME", "THE REV. MR. PAUL HARTE"), values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void anUnnumberedLineEndingATelegramLeavesTheNextHeadingAlone() throws Exception {
        Document d = convert("""
                TELEGRAMS ON THE TIN QUOTA, 1943.

                FROM OPORTO TO FOREIGN OFFICE.

                No. 12.
                3rd June, 1943.

                The quota was agreed this morning.

                Repeated to Lisbon.

                FROM FOREIGN OFFICE TO OPORTO.

                No. 9.
                4th June, 1943.

                Your telegram No. 12 is noted with thanks.
                """);
        assertEquals(List.of("OPORTO", "FOREIGN OFFICE"), values(d, SENT + "/t:persName"));
    }

    @Test
    void aTelegraphCompanysFormIsDatedByItsFilingLineAndSignedByItsLastLine() throws Exception {
        Document d = convert("""
                Wires kept by the Dunmore family, 1921

                POSTAL TELEGRAPH CABLE COMPANY
                RECEIVED AT 12 KING ST., ALBANY, N.Y.
                1921 OCT 5 AM 7 20
                AB12 9 NL
                BUFFALO NY OCT 4 1921
                MRS RUTH DUNMORE
                22 PINE ST ALBANY NY
                ARRIVED SAFELY STOP MEETING WENT WELL STOP HOME FRIDAY
                FRANK
                """);
        assertEquals(List.of("FRANK"), values(d, SENT + "/t:persName"), "the signature alone on the last line");
        assertEquals(List.of("MRS RUTH DUNMORE"), values(d, RECEIVED + "/t:persName"), "the line under the filing line");
        assertEquals(List.of("1921-10-04"), values(d, SENT + "/t:date/@when"), "the filing's date, not the receiving stamp's");
    }

    @Test
    void aTableHeadedTelegraphIsNoForm() throws Exception {
        Document d = convert("""
                Returns of the district, 1921

                TELEGRAPH TRAFFIC AT ALBANY
                OFFICES OPEN 14
                1921 OCT 5 RETURN
                BUFFALO NY OCT 4 1921
                MESSAGES SENT 1204
                MESSAGES RECEIVED 1187
                FIGURES BY THE DISTRICT CLERK, Albany.
                """);
        assertEquals(List.of(), values(d, SENT), "no text in capitals over a signature: a return, not a wire");
    }

    @Test
    void aFirstNameOrInitialSignatureIsThePersonTheIntroductionNames() throws Exception {
        Document d = convert("""
                # The Penrose Bundle, 1922

                Found in a desk at Falmouth. Hester Penrose wrote these to her cousin in Leeds; the bundle also held some receipts.

                ## To Mary Penrose

                Falmouth, 3 April 1922.

                Dear Mary,

                The boats are out again and the harbour is full of gulls.

                Your loving cousin,
                Hester.

                ## To Mr. John Lacey

                Falmouth, 9 April 1922.

                Dear Mr. Lacey,

                I return the books you lent with thanks.

                Yours faithfully,
                Hester.
                """);
        assertEquals(List.of("Hester Penrose", "Hester Penrose"), values(d, SENT + "/t:persName"));
    }

    @Test
    void aFirstNameTheIntroductionGivesTwoSurnamesStaysAsSigned() throws Exception {
        Document d = convert("""
                # The Penrose Bundle, 1922

                Found in a desk at Falmouth. Hester Penrose wrote most of these; Hester Lacey, her friend, wrote one.

                ## To Mary Penrose

                Falmouth, 3 April 1922.

                Dear Mary,

                The boats are out again and the harbour is full of gulls.

                Your loving cousin,
                Hester.
                """);
        assertEquals(List.of("Hester"), values(d, SENT + "/t:persName"), "two people of that first name: neither is chosen");
    }
}
