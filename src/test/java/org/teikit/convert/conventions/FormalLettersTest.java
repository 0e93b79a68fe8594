package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.teikit.convert.conventions.letters.LetterParts;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Formal letters: Latin salutations in the third person, one-sentence closing formules, despatches transcribed a part a
 * line in one paragraph with the addressee at the foot, notes in the third person, numbered headings over a dateline.
 */
class FormalLettersTest {

    @Test
    void aLatinSalutationNamesWriterAndAddresseeAndSaysSalutem() {
        for (String s : List.of("PETRUS AEGIDIUS IOANNI SUO S. D.", "Henricus Glareanus Martino Bucero S. P. D.",
                "ERASMUS ROTERODAMUS THOMAE MORO SAL.", "CONRADUS PEUTINGER IACOBO S.", "Beatus Rhenanus Bonifacio suo salutem dicit."))
            assertTrue(LetterParts.isSalute(s), s);
        // a name with an initial, in mixed case, ends on "S." as its initial, not as "salutem"
        for (String s : List.of("Report of Edward Hale S.", "The ship sailed for Leith on Tuesday S. D.\nand more"))
            assertFalse(LetterParts.isSalute(s), s);
    }

    @Test
    void aClosingFormuleOfOneSentenceClosesTheLetter() {
        for (String s : List.of("Veuillez agréer, Monsieur le Maire, l'assurance de ma considération distinguée.",
                "Je vous prie de croire, Madame, à mes sentiments les plus respectueux.",
                "Agréez, cher Monsieur, mes salutations empressées.",
                "I avail myself of this opportunity to renew to you, Sir, the assurance of my high esteem.",
                "The Embassy of Chile avails itself of this occasion to renew to the Department the assurances of its highest consideration.",
                "I have the honour to be, with great truth and regard,"))
            assertTrue(LetterParts.isClosingSalute(s), s);
        // a request in the text that is no formule: it asks for no acceptance of the writer's regards
        for (String s : List.of("Veuillez m'envoyer les épreuves avant lundi.",
                "I avail myself of the carriage to send the books you asked for.",
                "I have the honour to report that the harbour is closed by ice."))
            assertFalse(LetterParts.isClosingSalute(s), s);
    }

    @Test
    void formalSalutationsByTitle() {
        for (String s : List.of("My Lord,", "My Lords,", "Your Grace,", "Monsieur le Préfet,", "Madame la Présidente,", "Monsieur et cher collègue,"))
            assertTrue(LetterParts.isSalute(s), s);
        assertFalse(LetterParts.isSalute("Monsieur le Préfet est arrivé hier soir avec toute sa suite,"));
    }

    private static final String DESPATCHES = """
            Despatches from the consulate at Samsun, 1887

            No. 12.
            British Vice-Consulate,
            Samsun, 4th May, 1887.
            My Lord,
            I have the honour to report that the harvest of this district promises well.
            The roads to the interior are again open after the rains.
            I have the honour to be,
            with the highest respect,
            My Lord,
            Your Lordship's most obedient, humble Servant,
            HENRY WARDLAW.
            The Most Honourable
            The Marquis of Salisbury, K.G.,
            &c., &c., &c.

            No. 13.
            British Vice-Consulate,
            Samsun, 19th May, 1887.
            Sir,
            I have the honour to inform you that a case of fever has been reported at the port.
            I have the honour to be,
            Sir,
            Your most obedient, humble Servant,
            HENRY WARDLAW.
            To Sir William White, K.C.M.G.,
            Constantinople.
            """;

    @Test
    void aDespatchTranscribedAPartALineIsCutIntoItsPartsAndItsFootAddressNamesTheAddressee() throws Exception {
        Document d = faithful(DESPATCHES);
        assertEquals(List.of("1887-05-04", "1887-05-19"), values(d, "//t:correspAction[@type='sent']/t:date/@when"));
        assertEquals(List.of("HENRY WARDLAW", "HENRY WARDLAW"), values(d, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("The Most Honourable, The Marquis of Salisbury, K.G", "Sir William White, K.C.M.G, Constantinople"),
                values(d, "//t:correspAction[@type='received']/t:persName"),
                "the address under the signature names whom 'My Lord' and 'Sir' salute; its '&c.' is no part of the name");
        assertEquals(List.of("My Lord,", "Sir,"), values(d, "//t:opener/t:salute"));
    }

    @Test
    void aParagraphOfProseWithASalutationInsideIsNotCut() throws Exception {
        // a narrative that quotes a salutation on a line of its own, with no dateline above and no closing below
        Document d = faithful("""
                Recollections of the old harbour

                He began his speech as he always did,
                Gentlemen,
                and the room fell silent while he unfolded the chart and laid it on the table by the lamp.
                Nobody had seen the soundings before and few believed them.
                """);
        assertEquals(List.of(), values(d, "//t:div[@type='letter']"));
        assertEquals(1, values(d, "//t:body//t:p[contains(., 'Gentlemen')]").size(), "the paragraph stays whole");
    }

    @Test
    void aLetterQuotedInANarrativeIsLeftToTheNarrative() throws Exception {
        Document d = faithful("""
                Journal of a schoolmistress, 1880

                March 3rd. Wrote to the Board. I keep a copy:

                Ashby, 3rd March 1880.
                Gentlemen,
                I beg to ask for a second stove for the infants' room.
                I am, Gentlemen, yours obediently,
                Ann Pryor.

                March 9th. No answer yet. Snow again.
                """);
        assertEquals(List.of(), values(d, "//t:div[@type='letter']"),
                "the entry's colon introduces the copy: the journal goes on after it, no series of letters");
    }

    private static final String NOTES = """
            Notes exchanged at Berne, 1926

            The Legation of Denmark presents its compliments to the Federal Political Department and has the honour
            to ask for visas for two officers of the Danish navy travelling to Geneva.
            The Legation avails itself of this opportunity to renew to the Department the assurance of its highest consideration.

            Berne, 12th April, 1926.

            The Federal Political Department presents its compliments to the Legation of Denmark and has the honour
            to inform it that the visas have been granted.
            The Department avails itself of this opportunity to renew to the Legation the assurance of its high consideration.

            Berne, 15th April, 1926.
            """;

    @Test
    void aNoteInTheThirdPersonNamesItsSenderAndAddresseeInItsFirstSentence() throws Exception {
        Document d = faithful(NOTES);
        assertEquals(List.of("Legation of Denmark", "Federal Political Department"), values(d, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("Federal Political Department", "Legation of Denmark"), values(d, "//t:correspAction[@type='received']/t:persName"));
        assertEquals(List.of("1926-04-12", "1926-04-15"), values(d, "//t:correspAction[@type='sent']/t:date/@when"));
    }

    @Test
    void complimentsPaidInANarrativeBeginNoNote() throws Exception {
        Document d = faithful("""
                Memoirs of a consul

                The old Pasha presents his compliments to every stranger in the same words, and I soon learnt to answer them.

                We rode out the next morning at dawn.
                """);
        assertEquals(List.of(), values(d, "//t:div[@type='letter']"), "a sentence that goes on after the addressee is no note");
    }

    @Test
    void aNumberedHeadingWhoseLastLineIsTheDatelineHeadsTheLetter() throws Exception {
        Document d = faithful("""
                Letters of the Basel printers

                7. FROBEN TO AMERBACH
                Basel, 3 May 1521

                Dear friend, the sheets are printed and the binder waits for your word.

                8. AMERBACH TO FROBEN
                Freiburg, 9 May 1521

                Your sheets came safely; send the rest by the carrier.
                """);
        assertEquals(List.of("1521-05-03", "1521-05-09"), values(d, "//t:correspAction[@type='sent']/t:date/@when"));
        assertEquals(List.of("FROBEN", "AMERBACH"), values(d, "//t:correspAction[@type='sent']/t:persName"));
    }

    @Test
    void anEditorsBracketedRemarkIsNoHeading() throws Exception {
        Document d = faithful("""
                Letters of the Basel printers

                7. FROBEN TO AMERBACH
                Basel, 3 May 1521

                Dear friend, the sheets are printed and the binder waits for your word.

                [Endorsed: Answered the 9th. Copy to Zwingli.]

                8. AMERBACH TO FROBEN
                Freiburg, 9 May 1521

                Your sheets came safely; send the rest by the carrier.
                """);
        assertEquals(2, values(d, "//t:div[@type='letter']").size(), "'… Copy to Zwingli.' in brackets begins no letter");
    }

    private static final String RECEIVED = """
            Papiers Lemaire — lettres reçues, 1902

                                                        Nantes, le 4 juin 1902.
            Monsieur Paul Lemaire,
            architecte, 3, quai de la Fosse.
            Monsieur,
            Je vous envoie les plans de la chapelle que vous m'avez demandés.
            Veuillez agréer, Monsieur, mes salutations distinguées.
                                                        A. Bourdais

                                                        Angers, le 9 juin 1902.
            Monsieur,
            Les pierres de Chauvigny seront livrées à la fin du mois.
            Veuillez agréer, Monsieur, l'assurance de ma considération.
                                                        J. Thibault
            """;

    @Test
    void aCourtesySalutationIsToThePersonTheTitleAndAnInsideAddressName() throws Exception {
        Document d = faithful(RECEIVED);
        assertEquals(List.of("A. Bourdais", "J. Thibault"), values(d, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("Monsieur Paul Lemaire", "Monsieur Paul Lemaire"), values(d, "//t:correspAction[@type='received']/t:persName"),
                "'Monsieur,' names no one: the letters are the titled Lemaire's, as the first letter's inside address shows");
    }

    @Test
    void whereTheTitledPersonWritesTooTheCourtesyNamesNoOne() throws Exception {
        Document d = faithful(RECEIVED.replace("J. Thibault", "P. Lemaire"));
        assertEquals(List.of("Monsieur Paul Lemaire"), values(d, "//t:correspAction[@type='received']/t:persName"),
                "an exchange, not letters received: the second letter's addressee is left unnamed");
    }

    private static final String FOOTED = """
            Letters of Thomas Vane, agent at Riga

            To Messrs. Hope and Co.

            Riga, 2 June 1802.

            Gentlemen,

            The flax harvest is late and prices will rise before August.

            I remain, Gentlemen, your obedient servant,

            Thomas Vane

            To Messrs. Hope and Co.,
            Amsterdam.

            To Mr. Jacob Lind

            Riga, 9 June 1802.

            Sir,

            Your bill of the 1st is accepted.

            Your obedient servant,

            Thomas Vane
            """;

    @Test
    void anAddressPrintedUnderTheSignatureIsNoNextLettersHeading() throws Exception {
        Document d = faithful(FOOTED);
        assertEquals(List.of("1802-06-02", "1802-06-09"), values(d, "//t:correspAction[@type='sent']/t:date/@when"),
                "'To Messrs. Hope and Co.,' / 'Amsterdam.' under the signature, its line ending on a comma, heads no letter");
    }

    @Test
    void aHeadingToXUnderASignatureAndASourceNoteStillHeadsALetter() throws Exception {
        // the second letter opens on its text, its salutation run in and its date at the foot: no opener under the heading
        Document d = faithful(FOOTED.replace("To Messrs. Hope and Co.,\nAmsterdam.", "ALS, Hope papers.")
                .replace("Riga, 9 June 1802.\n\nSir,\n\nYour bill of the 1st is accepted.", "Sir, your bill of the 1st is accepted.")
                .replace("Your obedient servant,\n\nThomas Vane\n", "Your obedient servant,\n\nThomas Vane\n\nRiga, 9 June 1802.\n"));
        assertEquals(List.of("Messrs. Hope and Co", "Mr. Jacob Lind"), values(d, "//t:correspAction[@type='received']/t:persName"));
    }

    @Test
    void aHeadingLetterNDashXToYDateNamesNumberPartiesAndDate() throws Exception {
        Document d = faithful("""
                # The Pryce family papers, part 2

                Transcribed by a great-granddaughter.

                ## Letter 3 — Owen to Catherine, 2 March 1871

                > Dearest Kate,
                >
                > The ship is loaded and we sail with the tide.
                >
                > Your loving Owen

                ## Letter 4 — Catherine to her sister Jane, undated

                > Dear Jane,
                >
                > Owen has sailed at last.
                >
                > Your affectionate sister
                > Kate

                ## Letter 5 — Owen to Catherine, 30 April 1871

                > Dearest Kate, we are at Valparaiso and all well.
                """);
        assertEquals(List.of("Owen", "Catherine", "Owen"), values(d, "//t:correspAction[@type='sent']/t:persName"),
                "'Letter 3 —' is the letter's number, not part of the sender's name");
        assertEquals(List.of("Catherine", "her sister Jane", "Catherine"), values(d, "//t:correspAction[@type='received']/t:persName"),
                "', 2 March 1871' and ', undated' after the addressee are the heading's date");
        assertEquals(List.of("1871-03-02", "1871-04-30"), values(d, "//t:correspAction[@type='sent']/t:date/@when"));
    }

    @Test
    void aNumberAndADashWithoutTheWordLetterIsNoLettersNumber() throws Exception {
        // "1854 — Owen to Catherine": a year, not a letter's number, before the dash
        Document d = faithful("""
                # The Pryce family papers

                ## 1871 — Owen to Catherine

                > Dearest Kate, the ship is loaded.
                >
                > Your loving Owen
                """);
        assertFalse(values(d, "//t:correspAction[@type='sent']/t:persName").contains("Owen"),
                "the year is not stripped as a letter's number");
    }
}
