package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Spanish and Portuguese printing glues the dash to the stop after a speaker's name ({@code PACO.—Ya voy.}); the name
 * before it is the label, and a direction in parentheses after the dash is the speech's stage. A cast headed
 * {@code PERSONAJES} is the cast, not turns.
 */
class GluedDashLabelsTest {

    @Test
    void aNameWithADashGluedToItsStopLabelsTheSpeech() throws Exception {
        Document d = convert("""
                PERSONAJES

                DOÑA CLARA, su madre.
                PACO, mozo de la venta.

                ESCENA PRIMERA

                DOÑA CLARA.—¿Quién llama a estas horas?
                PACO.—(Desde la puerta.) El cartero, señora.
                DOÑA CLARA.—Que deje la carta en la mesa.
                PACO.—Dice que hay que firmar.
                DOÑA CLARA.—Pues firma tú, hijo.
                """);
        assertEquals(List.of("DOÑA CLARA", "PACO", "DOÑA CLARA", "PACO", "DOÑA CLARA"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of("(Desde la puerta.)"), values(d, "//t:sp[2]/t:stage"));
        assertEquals(List.of("El cartero, señora."), values(d, "//t:sp[2]/t:p"));
    }

    @Test
    void anEnDashOrTwoHyphensGlueTheSameWay() throws Exception {
        Document d = convert("""
                LUÍS.–Onde estiveste?
                MARTA.–Na feira, com a tia.
                LUÍS.--E trouxeste o pão?
                MARTA.--Trouxe dois.
                """);
        assertEquals(List.of("LUÍS", "MARTA", "LUÍS", "MARTA"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of("Trouxe dois."), values(d, "//t:sp[4]/t:p"));
    }

    @Test
    void aGluedDashAfterAWordThatIsNoRepeatedNameMakesNoDialogue() throws Exception {
        Document d = convert("""
                Diario del viaje

                Burgos.—Llegamos de noche, con frío y sin cena.

                Al otro día.—Misa temprano y luego el camino de León.

                Nota.—El arriero pidió dos reales más.
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
        assertTrue(values(d, "//t:p").contains("Burgos.—Llegamos de noche, con frío y sin cena."));
    }
}
