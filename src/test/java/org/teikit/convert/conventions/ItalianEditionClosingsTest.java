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
}
