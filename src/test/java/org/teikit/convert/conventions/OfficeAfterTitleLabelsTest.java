package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A chamber's record labels its officers by a title, an article and the office in lower case
 * ({@code M. le président.}, {@code Mme la rapporteure.}); such a label speaks like a name, and a sentence that only
 * begins with a title and an article is none.
 */
class OfficeAfterTitleLabelsTest {

    @Test
    void aTitleArticleAndOfficeInLowerCaseLabelTheSpeech() throws Exception {
        Document d = convert("""
                M. le président. La séance est reprise.

                M. Julien Ferrand. Je voulais parler du budget des écoles.

                M. le président. Parlez, monsieur Ferrand.

                M. le ministre des finances. Je demande la parole.

                M. Julien Ferrand. Je vous la cède volontiers.

                M. le ministre des finances. Merci, mon cher collègue.
                """);
        assertEquals(List.of("M. le président", "M. Julien Ferrand", "M. le président", "M. le ministre des finances",
                "M. Julien Ferrand", "M. le ministre des finances"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void theFeminineArticleOpensAnOfficeToo() throws Exception {
        Document d = convert("""
                Mme la rapporteure. La commission propose le rejet.

                M. Paul Vidal. Nous ne sommes pas d'accord.

                Mme la rapporteure. Alors votons.

                M. Paul Vidal. Votons.
                """);
        assertEquals(List.of("Mme la rapporteure", "M. Paul Vidal", "Mme la rapporteure", "M. Paul Vidal"),
                values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aSentenceOpeningWithATitleAndArticleInProseIsNoLabel() throws Exception {
        Document d = convert("""
                Le compte rendu de la journée.

                M. le maire est arrivé tard et a ouvert la réunion sans discours. Les habitants attendaient.

                Il faisait froid dans la salle.
                """);
        assertEquals(List.of(), values(d, "//t:sp/t:speaker"));
    }
}
