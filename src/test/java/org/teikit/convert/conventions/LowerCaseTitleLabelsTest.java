package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Dutch chambers' records label a member by an article, a title in small letters and the name
 * ({@code De heer X:}); the title belongs to the label. A sentence in which such a name speaks in the narrative
 * ({@code De heer X zeide: …}) is no label.
 */
class LowerCaseTitleLabelsTest {

    @Test
    void anArticleAndATitleInSmallLettersOpenTheLabel() throws Exception {
        Document d = convert("""
                De heer Vermeulen: Mijnheer de Voorzitter! Ik vraag het woord over de begrooting.

                De Voorzitter: Het woord is aan den heer Vermeulen.

                De heer Vermeulen: Dank u. De begrooting is te hoog voor dit jaar.

                De heer Bakker: Dat is niet juist, de posten zijn dezelfde.

                De heer Vermeulen: Toch wel, en ik zal het aantoonen.

                De heer Bakker zeide daarop: het is laat, laten wij stemmen.
                """);
        assertEquals(List.of("De heer Vermeulen", "De Voorzitter", "De heer Vermeulen", "De heer Bakker", "De heer Vermeulen"),
                values(d, "//t:sp/t:speaker"));
    }
}
