package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A two-party correspondence whose title names both ({@code Lettres de X à Y}), its letters headed only by a
 * number and dated with the month in Roman numerals, the year sometimes of two figures.
 */
class RomanMonthCorrespondenceTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    private static final String PAIR = """
            Lettres de Paul Mercier à Louise Daubigny (1908-1909)

            Présentées par Jeanne Vidal. Les dates sont données comme Mercier les écrit, le mois en chiffres romains.

            1.

                                    Lyon, 14.III.1908

            Ma chère Louise,

            Je relis le chapitre IV.2 de ton manuel, et je te l'envoie le 20.III par la poste.

            Ton Paul

            2.

                                    Lyon, 2-V-08

            Chère amie,

            La foire ouvre le 9.V; viendras-tu avec ta sœur?

            P.

            3.

                                    Grenoble, 30.VI.1908

            Cher Monsieur Rivière,

            Je vous remercie de la copie que vous avez bien voulu faire pour Mlle Daubigny.

            Paul Mercier

            4.

                                    Mâcon, 11. I. 1909

            Mon cher Paul,

            Ta lettre du 3.I m'a fait plaisir. Je viens dimanche.

            Louise
            """;

    @Test
    void datesWithARomanMonthAreTheLettersDates() throws Exception {
        Document d = convert(PAIR);
        assertEquals(List.of("1908-03-14", "1908-05-02", "1908-06-30", "1909-01-11"), values(d, SENT + "/t:date/@when"),
                "'2-V-08' takes the century of the collection; the day-month '20.III' in the text is no dateline");
    }

    @Test
    void theTitleNamesBothPartiesOfTheCorrespondence() throws Exception {
        Document d = convert(PAIR);
        assertEquals(List.of("Paul Mercier", "Paul Mercier", "Paul Mercier", "Louise Daubigny"), values(d, SENT + "/t:persName"),
                "a letter signed with the recipient's first name is hers");
        assertEquals(List.of("Louise Daubigny", "Louise Daubigny", "Cher Monsieur Rivière", "Paul Mercier"), values(d, RECEIVED + "/t:persName"),
                "a salutation that names a third person keeps him as the addressee");
    }
}
