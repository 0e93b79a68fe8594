package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.teikit.convert.conventions.letters.LetterParts;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The salutations and closing formulas of letters printed in French and German. */
class ContinentalLetterPartsTest {
    @ParameterizedTest
    @ValueSource(strings = {"Monsieur,", "Madame,", "Cher Monsieur et ami,", "Ma chère Louise,", "Lieber Freund!",
            "Liebe Anna,", "Hochgeehrter Herr Vautrin!", "Sehr geehrte Frau Doktor,", "Mein lieber Karl!"})
    void salutations(String text) {
        assertTrue(LetterParts.isSalute(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Votre dévoué,", "Votre tout dévoué", "Tout à vous,", "Ihr ergebener", "Ihre sehr ergebene",
            "Dein treuer Freund", "Mit vorzüglicher Hochachtung", "Mit herzlichen Grüßen,"})
    void closings(String text) {
        assertTrue(LetterParts.isClosingSalute(text), text);
    }

    /** English closings with their lead-in, as letters to a newspaper and petitions print them. */
    @ParameterizedTest
    @ValueSource(strings = {"I am, Sir, yours obediently,", "I am, Sir, your obedient servant,",
            "I remain, dear Madam, yours faithfully,", "I am, yours truly,"})
    void closingsAfterTheirLeadIn(String text) {
        assertTrue(LetterParts.isClosingSalute(text), text);
    }

    @Test
    void sentencesThatBeginLikeThemAreNeither() {
        assertFalse(LetterParts.isSalute("Monsieur le maire est arrivé hier soir avec sa femme."));
        assertFalse(LetterParts.isClosingSalute("Mit dem Zug kam er um acht Uhr an."));
        assertFalse(LetterParts.isSalute("Liebe ist nicht genug, sagte er, und ging."));
        assertFalse(LetterParts.isClosingSalute("I am, Sir, not sure that the ferry will run."));
    }

    @Test
    void aClosingInTwoBlocksIsOneCloser() throws Exception {
        Document d = convert("""
                ### Karl Hartmann to Émile Vautrin

                Karlsruhe, den 19. März 1862

                Hochgeehrter Herr Vautrin!

                Wir werden die Fundamente tiefer legen.

                Mit vorzüglicher Hochachtung

                Ihr ergebener

                K. Hartmann
                """);
        assertEquals(List.of("Hochgeehrter Herr Vautrin!"), values(d, "//t:opener/t:salute"));
        assertEquals(List.of("Mit vorzüglicher Hochachtung", "Ihr ergebener"), values(d, "//t:closer/t:salute"));
        assertEquals(List.of("K. Hartmann"), values(d, "//t:closer/t:signed"));
        assertEquals(List.of("1862-03-19"), values(d, "//t:correspAction[@type='sent']/t:date/@when"));
    }


    @Test
    void headingsInTheEditionsLanguageNameTheParties() throws Exception {
        Document d = convert("# Briefwechsel\n\nNr. 12. Goethe an Schiller.\n\nWeimar, den 3. März 1798.\n\nLieber Freund!\n\n"
                + "Ihr Brief kam gestern.\n\nG.\n\nNr. 13. Schiller an Goethe.\n\nJena, den 6. März 1798.\n\nLieber Freund!\n\n"
                + "Dank für alles.\n\nSch.\n\nLettre 45. — À Madame de Staël.\n\nParis, le 12 juin 1802.\n\nMadame,\n\nJe reçois.\n");
        assertEquals(List.of("Goethe", "Schiller"), values(d, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("Schiller", "Goethe", "Madame de Staël"), values(d, "//t:correspAction[@type='received']/t:persName"));
        assertEquals(List.of("1798-03-03", "1798-03-06", "1802-06-12"), values(d, "//t:correspAction[@type='sent']/t:date/@when"));
    }

    /**
     * "A LUIGI FERRANTE, MILANO." heads an Italian letter to Ferrante; "A WORKING MAN." under an English letter to a
     * newspaper is its pseudonymous signature, not the heading of a letter to a working man.
     */
    @Test
    void anItalianAHeadingNeedsAPlaceOrAnHonorificAndAnEnglishPseudonymIsNone() throws Exception {
        Document it = convert("# LETTERE AGLI AMICI\n\nXII.\n\nA LUIGI FERRANTE, MILANO.\n\nTorino, li 3 aprile 1847.\n\n"
                + "Caro amico,\n\nTi scrivo in fretta.\n\nTuo aff.mo\n\nG.\n");
        List<String> to = values(it, "//t:correspAction[@type='received']/t:persName");
        assertTrue(to.size() == 1 && to.get(0).startsWith("LUIGI FERRANTE"), to.toString());
        Document en = convert("# Correspondence on the Ferry\n\nTO THE EDITOR OF THE MERCURY.\n\nSir, — Will you allow me to"
                + " call attention to the ferry?\n\nI am, Sir, yours obediently,\n\nA WORKING MAN.\n\nWylam, Feb. 27, 1894.\n\n"
                + "TO THE EDITOR OF THE MERCURY.\n\nSir, — The ferry is not to be closed.\n\nYours, &c.,\n\nJOHN HEDLEY.\n\n"
                + "Ovingham, Feb. 28, 1894.\n");
        assertFalse(values(en, "//t:correspAction[@type='received']/t:persName").contains("WORKING MAN"),
                values(en, "//t:correspAction[@type='received']/t:persName").toString());
        assertEquals(List.of("1894-02-27", "1894-02-28"), values(en, "//t:correspAction[@type='sent']/t:date/@when"));
    }

    @Test
    void aDespatchsReceiptIsNoPartOfItsAddresseeAndTelegraphicNamesATelegram() throws Exception {
        Document d = convert("# Correspondence respecting Morocco\n\nNo. 2.\n\nSir F. Bertie to Sir Edward Grey.—(Received January 8.)\n\n"
                + "Paris, January 6, 1906.\n\nSir,\n\nM. Rouvier spoke to me.\n\nNo. 3. Sir A. Nicolson to Sir Edward Grey.—(Received January 20.)\n\n"
                + "(Telegraphic.)\n\nAlgeciras, January 19, 1906.\n\nTHE Conference met.\n");
        assertEquals(List.of("Sir Edward Grey", "Sir Edward Grey"), values(d, "//t:correspAction[@type='received']/t:persName"));
        assertEquals(List.of("letter", "telegram"), values(d, "//t:div[t:head]/@type").stream().filter(t -> !t.equals("section")).toList());
    }

    @Test
    void aRepublicanDatelineTakesTheEditorsBracketedDateAndAuMemeIsTheAddresseeAbove() throws Exception {
        Document d = convert("""
                LETTRES DE PAUL ARNAUD

                Lettre 3. — À M. Jules Cordier.

                Lyon, 12 floréal an XI [2 mai 1803].

                Monsieur,

                Je pars demain.

                Lettre 4. — Au même.

                Lyon, 20 floréal an XI [10 mai 1803].

                Je suis revenu.
                """);
        assertEquals(List.of("1803-05-02", "1803-05-10"), values(d, "//t:correspAction[@type='sent']/t:date/@when"),
                "the Republican date is printed; the Gregorian one only in the editor's brackets");
        assertEquals(List.of("Lyon", "Lyon"), values(d, "//t:correspAction[@type='sent']/t:placeName"));
        assertEquals(List.of("M. Jules Cordier", "M. Jules Cordier"), values(d, "//t:correspAction[@type='received']/t:persName"),
                "\"Au même\" is the addressee of the letter before; the dateline is no heading \"Lyon … an XI\"");
    }
}
