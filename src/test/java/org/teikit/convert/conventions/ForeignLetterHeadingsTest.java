package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** Dutch and Portuguese editions of letters: their headings ("Aan zijn zuster.", "A Luísa X, em Coimbra."), numbers, salutations. */
class ForeignLetterHeadingsTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    private static final String DUTCH = """
            BRIEVEN VAN KAREL DE VRIES AAN ZIJN ZUSTER
            1890

            Karel de Vries schreef uit Utrecht aan zijn zuster Anna, die te Zwolle woonde.

            I.

            Aan zijn zuster.

            Utrecht, den 5den Maart 1890.

            Lieve Anna,

            De colleges zijn begonnen en mijn kamer kijkt uit op de gracht.

            Je broer,
            Karel.

            II.

            Aan dezelfde.

            Utrecht, 1sten April 1890.

            Beste Anna,

            Het ijs is weg en de boten varen weer.

            Karel.
            """;

    @Test
    void aDutchHeadingNamesTheAddresseeByKinship() throws Exception {
        Document d = convert(DUTCH);
        assertEquals(2, values(d, "//t:correspDesc").size(), "'Aan zijn zuster.' heads a letter");
        assertEquals("KAREL DE VRIES", values(d, SENT + "/t:persName").get(0), "the sender is the collection's author");
    }

    @Test
    void theSameInDutchIsTheLetterBeforesAddressee() throws Exception {
        Document d = convert(DUTCH);
        List<String> to = values(d, RECEIVED + "/t:persName");
        assertEquals(2, to.size());
        assertEquals(to.get(0), to.get(1), "'Aan dezelfde.' is to the addressee of the letter before");
    }

    @Test
    void theIntroductionNamesTheKinsmanTheHeadingsCallByKinshipOnly() throws Exception {
        Document d = convert(DUTCH);
        assertEquals("zijn zuster Anna", values(d, RECEIVED + "/t:persName").get(0),
                "the introduction says 'aan zijn zuster Anna'");
    }

    @Test
    void dutchSalutationsOpenTheLetter() throws Exception {
        Document d = convert(DUTCH);
        assertEquals(List.of("Lieve Anna,", "Beste Anna,"), values(d, "//t:opener/t:salute"));
    }

    @Test
    void aRomanNumberAloneAboveTheHeadingIsTheLettersNumber() throws Exception {
        Document d = convert(DUTCH);
        assertEquals(List.of("I.", "II."), values(d, "//t:div[@type='letter']/t:head[@type='number']"));
    }

    @Test
    void dutchDatelinesWithOrdinalDaysAreRead() throws Exception {
        Document d = convert(DUTCH);
        assertEquals(List.of("1890-03-05", "1890-04-01"), values(d, SENT + "/t:date/@when"));
    }

    private static final String PORTUGUESE = """
            CARTAS DE ANTÓNIO FERREIRA A SUA FILHA
            (1880)

            CARTA I

            A Luísa Ferreira, em Coimbra.

            Lisboa, 12 de Abril de 1880.

            Minha querida Luísa,

            Recebi a tua carta e estimo que estejas de saúde.

            Teu pai,
            António.

            CARTA II

            A sua irmã, D. Clara Ferreira.

            Lisboa, 2 de Maio de 1880.

            Minha querida Clara,

            A Luísa escreve pouco; diz-lhe que escreva.

            António.

            CARTA III

            A Luísa Ferreira.

            Lisboa, 30 de Maio de 1880.

            Minha querida Luísa,

            Chegou o caixote com os livros.

            António.
            """;

    @Test
    void aPortugueseHeadingNamesTheAddresseeAndThePlaceTheLetterWentTo() throws Exception {
        Document d = convert(PORTUGUESE);
        List<String> to = values(d, RECEIVED + "/t:persName");
        assertEquals(3, to.size(), to.toString());
        assertEquals("Luísa Ferreira, em Coimbra", to.get(0));
        assertEquals("sua irmã, D. Clara Ferreira", to.get(1), "'A sua irmã' names the addressee by kinship");
    }

    @Test
    void underALettersNumberAPortugueseAXNamesTheAddressee() throws Exception {
        Document d = convert(PORTUGUESE);
        List<String> to = values(d, RECEIVED + "/t:persName");
        assertEquals("Luísa Ferreira", to.get(to.size() - 1), "'A Luísa Ferreira.' under CARTA III");
    }

    @Test
    void portugueseDatelinesAndSalutationsAreRead() throws Exception {
        Document d = convert(PORTUGUESE);
        assertEquals(List.of("1880-04-12", "1880-05-02", "1880-05-30"), values(d, SENT + "/t:date/@when"));
        assertEquals(List.of("Minha querida Luísa,", "Minha querida Clara,", "Minha querida Luísa,"), values(d, "//t:opener/t:salute"));
    }
}
