package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.notesAfterWords;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A French edition's letters: {@code CORRESPONDANCE DE X} as the title, headings {@code 27. — À MONSIEUR X.} (read as
 * a numbered item by the markdown parser), datelines with the weekday ({@code ce jeudi 3 mars}), {@code AU MÊME} in
 * capitals, the editor's month in brackets for an undated note, and {@code (1)} notes at each letter's foot above a
 * rule of box-drawing characters.
 */
class FrenchEditionLettersTest {
    private static final String SENT = "//t:correspAction[@type='sent']", RECEIVED = "//t:correspAction[@type='received']";

    private static final String EDITION = """
            CORRESPONDANCE
            DE
            MONSIEUR DE BRÉVANNES

            TOME II
            (1702)

            ─────────

            27. — À MONSIEUR LE PRÉSIDENT DE MESNIL.

            À Dijon, ce jeudi 2 mars.

            Je vous envoie, Monsieur, le mémoire de notre ami (1), que j'ai relu deux fois avec le même plaisir.

            Je suis, Monsieur, votre très humble serviteur,
            BRÉVANNES.

            (1) L'abbé Thibault, dont le mémoire sur les eaux de la Saône
            parut l'année suivante.

            ─────────

            28. — AU MÊME.

            [Mars 1702.]

            Un mot seulement : le porteur vous dira le reste.

            ─────────
            """;

    @Test
    void theNumberedDashHeadingsNameTheAddresseeAndTheTitleTheWriter() throws Exception {
        Document d = convert(EDITION);
        assertEquals(List.of("MONSIEUR DE BRÉVANNES", "MONSIEUR DE BRÉVANNES"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("MONSIEUR LE PRÉSIDENT DE MESNIL", "MONSIEUR LE PRÉSIDENT DE MESNIL"), values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void aDatelineWithItsWeekdayAndAnEditorsMonthDateTheLetters() throws Exception {
        Document d = convert(EDITION);
        assertEquals(List.of("1702-03-02", "1702-03"), values(d, SENT + "/t:date/@when"));
    }

    @Test
    void aNoteAtTheLettersFootAboveARuleIsPlacedAtItsMark() throws Exception {
        Document d = convert(EDITION);
        List<String> notes = notesAfterWords(d, "//t:body//t:note[@place='foot']");
        assertEquals(1, notes.size(), () -> notes.toString());
        assertEquals(true, notes.get(0).startsWith("1: ami |"), () -> notes.toString());
    }

    /** The look-alike: a numbered list item opening with a dash in running prose heads no letter. */
    @Test
    void aDashedListItemInAnEssayHeadsNoLetter() throws Exception {
        Document d = convert("""
                Notes sur la vigne

                1. — la taille se fait en mars, avant la montée de la sève ;

                2. — le buttage se fait en novembre.

                On laisse ensuite la terre reposer.
                """);
        assertEquals(0, values(d, "//t:correspDesc").size());
    }
}
