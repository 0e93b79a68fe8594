package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Headings that name the addressee the way Dutch and Romance editions do: by kinship in the older spelling
 * ({@code Aan zijne moeder}), by name then kinship ({@code Alla Signora Anna Neri sua sorella}), and "the same" glossed
 * by the editor ({@code Aan denzelfde [zijn oom]}), which is the addressee the gloss names, not the letter just before's.
 */
class GlossedHeadingsTest {
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void theSameWithTheEditorsGlossIsTheAddresseeTheGlossNames() throws Exception {
        Document d = convert("""
                BRIEVEN VAN HENDRIK VOS

                I.

                Aan zijn oom, Klaas Vos.

                Leiden, 4 October 1850.

                Waarde Oom!

                De boeken zijn aangekomen, en ik dank u zeer.

                Uw neef
                Hendrik.

                II.

                Aan zijne moeder.

                Leiden, 20 October 1850.

                Lieve Moeder!

                Het gaat mij goed; de kamer is warm en de hospita vriendelijk.

                Uw zoon
                Hendrik.

                III.

                Aan denzelfde [zijn oom].

                Leiden, 2 November 1850.

                Waarde Oom!

                Nog eens mijn dank voor het geld.

                Uw neef
                Hendrik.
                """);
        assertEquals(List.of("zijn oom, Klaas Vos", "zijne moeder", "zijn oom, Klaas Vos"), values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void theSameWithoutAGlossIsTheLetterBefores() throws Exception {
        Document d = convert("""
                I.

                Aan zijn oom, Klaas Vos.

                Leiden, 4 October 1850.

                Waarde Oom!

                De boeken zijn aangekomen.

                Uw neef
                Hendrik.

                II.

                Aan denzelfde.

                Leiden, 2 November 1850.

                Waarde Oom!

                Nog eens mijn dank.

                Uw neef
                Hendrik.
                """);
        assertEquals(List.of("zijn oom, Klaas Vos", "zijn oom, Klaas Vos"), values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void anAddresseeNamedThenByKinship() throws Exception {
        Document d = convert("""
                LETTERA I.

                Al Signor Conte Pietro Rinaldi.

                Firenze, 3 maggio 1760.

                Illustrissimo Signore,

                Ricevo la sua gentilissima.

                Devotissimo servitore
                Luigi Neri.

                LETTERA II.

                Alla Signora Anna Neri sua sorella.

                Firenze, 9 maggio 1760.

                Carissima sorella,

                Sto bene e vi saluto.

                Vostro fratello
                Luigi.
                """);
        assertEquals(List.of("Signor Conte Pietro Rinaldi", "Signora Anna Neri sua sorella"), values(d, RECEIVED + "/t:persName"));
    }
}
