package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A Romance edition's "the same" in a gender ({@code AU MÊME}, {@code ALLA MEDESIMA}) is the latest correspondent whose
 * title has that gender, not always the letter just before's; where the genders agree, or the form tells none, it
 * stays the letter before's.
 */
class GenderedSameHeadingsTest {
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void aMasculineSameAfterALetterToAWomanIsTheManBeforeHer() throws Exception {
        Document d = convert("""
                LETTRES DU CHEVALIER D'ORMESSAN

                ─────────

                51. — À MONSIEUR LE CONSEILLER VAUDREUIL.

                À Lyon, ce 4 mai 1731.

                Monsieur, je reçois votre paquet et vous en remercie.

                Votre très humble serviteur,
                D'ORMESSAN.

                ─────────

                52. — À MADAME DE SAINT-ALBAN.

                À Lyon, ce 9 mai 1731.

                Madame, on m'a remis vos gants; je les garde pour vous.

                Votre serviteur,
                D'ORMESSAN.

                ─────────

                53. — AU MÊME.

                À Lyon, ce 20 mai 1731.

                Monsieur, le mémoire part demain par le coche.

                Votre serviteur,
                D'ORMESSAN.
                """);
        assertEquals(List.of("MONSIEUR LE CONSEILLER VAUDREUIL", "MADAME DE SAINT-ALBAN", "MONSIEUR LE CONSEILLER VAUDREUIL"),
                values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void aSameWhoseGenderAgreesStaysTheLetterBefores() throws Exception {
        // trap: "alla medesima" after a letter to a woman is hers, though a man was written to before her
        Document d = convert("""
                LETTERE DI FRANCESCO ALGAROTTI

                ─────────

                LETTERA I.

                Al Signor Marchese Tornielli.

                Venezia, li 3 Giugno 1751.

                Illustrissimo Signore,

                Ricevo la sua e la ringrazio.

                Devotissimo Servitore
                F. Algarotti.

                ─────────

                LETTERA II.

                Alla Signora Contessa Bentivoglio.

                Venezia, li 8 Giugno 1751.

                Illustrissima Signora,

                Le mando il libro promesso.

                Devotissimo Servitore
                F. Algarotti.

                ─────────

                LETTERA III.

                Alla medesima.

                Venezia, li 19 Giugno 1751.

                Illustrissima Signora,

                Il libro è partito col corriere.

                Devotissimo Servitore
                F. Algarotti.
                """);
        assertEquals(List.of("Signor Marchese Tornielli", "Signora Contessa Bentivoglio", "Signora Contessa Bentivoglio"),
                values(d, RECEIVED + "/t:persName"));
    }
}
