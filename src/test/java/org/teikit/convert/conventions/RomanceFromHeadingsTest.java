package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A French edition titled {@code CORRESPONDANCE D'X} (the author after the elided {@code d'}) numbers the letters to
 * her {@code 88. DE M. X} or {@code 89. D'ÉMILE X}: from that person, to the author.
 */
class RomanceFromHeadingsTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    private static final String EDITION = """
            CORRESPONDANCE D'HORTENSE VALMY

            87. À SON AMIE LOUISE

                                          Nantes, le 2 mai 1851.

            Ma chère Louise,

            Je pars demain pour la campagne.

                                                      Hortense.

            %s

                                          Rouen, le 9 mai 1851.

            Madame,

            J'ai bien reçu votre lettre.

                                                      É. Ferrand.
            """;

    @Test
    void aNumberedDeOrDApostropheHeadingIsALetterToTheAuthor() throws Exception {
        for (String heading : List.of("88. D'ÉMILE FERRAND", "88. DE M. ÉMILE FERRAND")) {
            Document d = convert(EDITION.formatted(heading));
            assertEquals(List.of("HORTENSE VALMY", heading.substring(4).replaceFirst("^(?:D'|DE )", "")), values(d, SENT + "/t:persName"), heading);
            assertEquals(List.of("SON AMIE LOUISE", "HORTENSE VALMY"), values(d, RECEIVED + "/t:persName"), heading);
        }
    }

    /** The look-alike: without the editor's number, a line "De la campagne." heads nothing. */
    @Test
    void anUnnumberedDeLineIsNoHeading() throws Exception {
        Document d = convert(EDITION.formatted("De Rouen."));
        assertEquals(1, values(d, "//t:correspDesc").size());
    }
}
