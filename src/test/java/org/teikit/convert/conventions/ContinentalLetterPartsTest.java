package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Converter;
import org.teikit.convert.conventions.letters.LetterParts;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The salutations and closing formulas of letters printed in French and German. */
class ContinentalLetterPartsTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");

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
        Document d = Converter.standard().convert(SourceDocument.parse(SourceText.of("fixture.txt", """
                ### Karl Hartmann to Émile Vautrin

                Karlsruhe, den 19. März 1862

                Hochgeehrter Herr Vautrin!

                Wir werden die Fundamente tiefer legen.

                Mit vorzüglicher Hochachtung

                Ihr ergebener

                K. Hartmann
                """)), "generic").tei().document();
        assertEquals(List.of("Hochgeehrter Herr Vautrin!"), values(d, "//t:opener/t:salute"));
        assertEquals(List.of("Mit vorzüglicher Hochachtung", "Ihr ergebener"), values(d, "//t:closer/t:salute"));
        assertEquals(List.of("K. Hartmann"), values(d, "//t:closer/t:signed"));
        assertEquals(List.of("1862-03-19"), values(d, "//t:correspAction[@type='sent']/t:date/@when"));
    }

    private static List<String> values(Document d, String xpath) {
        Nodes n = d.query(xpath, TEI);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) out.add(n.get(i).getValue().strip());
        return out;
    }
}
