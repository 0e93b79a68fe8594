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

    @Test
    void sentencesThatBeginLikeThemAreNeither() {
        assertFalse(LetterParts.isSalute("Monsieur le maire est arrivé hier soir avec sa femme."));
        assertFalse(LetterParts.isClosingSalute("Mit dem Zug kam er um acht Uhr an."));
        assertFalse(LetterParts.isSalute("Liebe ist nicht genug, sagte er, und ging."));
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

}
