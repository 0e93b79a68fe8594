package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * An old Italian edition's letters: the title's word for them after the kind ({@code LETTERE INEDITE DI X}) before the
 * writer's name, closings of service in cut-short superlatives ({@code Umiliss.mo Devot.mo Servitore}), and the place
 * and date written between the closing's lines.
 */
class ItalianEditionClosingsTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    @Test
    void anEditionsAdjectiveAfterTheKindLeavesTheWriterNamedByTheTitle() throws Exception {
        Document d = convert("""
                LETTERE INEDITE
                DI
                PAOLO ANTONIO ROLLI

                ※

                LETTERA I.

                Al Signor Abate Conti.

                Illustrissimo Signore,

                Le mando i versi promessi, e la prego di correggerli.

                Venezia, li 2 Giugno 1729.

                LETTERA II.

                Al medesimo.

                Illustrissimo Signore,

                I versi sono partiti col corriere di Roma.

                Venezia, li 9 Giugno 1729.
                """);
        assertEquals(List.of("PAOLO ANTONIO ROLLI", "PAOLO ANTONIO ROLLI"), values(d, SENT + "/t:persName"));
    }

    @Test
    void aServantsClosingCutShortIsAClosingAndTheNameBelowItSigns() throws Exception {
        Document d = convert("""
                Carteggio Zeno–Muratori, 1710

                ※

                LETTERA I.

                Al Signor Ludovico Muratori.

                Illustrissimo Signore,

                Ho ricevuto il libro; il servitore del Conte me lo portò ieri sera.

                Umiliss.mo Obblig.mo Servitore
                Apostolo Zeno.

                Venezia, li 14 Marzo 1710.
                """);
        // trap: the body's "il servitore del Conte" is no closing, as it is no line of its own
        assertEquals(List.of("Apostolo Zeno"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("1710-03-14"), values(d, SENT + "/t:date/@when"));
    }

    @Test
    void aDatelineBetweenTheClosingsLinesDatesTheLetter() throws Exception {
        Document d = convert("""
                Carteggio Zeno–Muratori, 1711

                ※

                LETTERA II.

                Al Signor Ludovico Muratori.

                Illustrissimo Signore,

                Il pacco è giunto. Le scriverò più a lungo sabato.

                I fogli del secondo tomo sono già in mano dello stampatore.

                Il Padre Bacchini la saluta e aspetta la sua risposta.

                Dei codici di Verona le dirò quando li avrò veduti.

                Di V. S. Ill.ma
                Venezia, li 3 Aprile 1711.
                                          Devot.mo Servitore
                                          Apostolo Zeno.

                LETTERA III.

                Al medesimo.

                Illustrissimo Signore,

                Nulla di nuovo.

                Di V. S. Ill.ma
                                          Devot.mo Servitore
                                          Apostolo Zeno.
                """);
        // trap: the second closing prints no date between its lines, and none is made up for it
        assertEquals(List.of("1711-04-03"), values(d, SENT + "/t:date/@when"));
        assertEquals(List.of("Apostolo Zeno", "Apostolo Zeno"), values(d, SENT + "/t:persName"));
    }
}
