package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Definitions an edition opens with its word for a note and the number ({@code Anm. 1.}, {@code Nota 2.},
 * {@code Przypis 3.}), in the languages editions are made in; a sentence that begins with such a word is no definition.
 * Each case is checked word for word against its source.
 */
class NoteWordDefinitionsTest {

    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:note[@type='source'][@n][parent::t:p]");
    }

    @Test
    void aGermanEditionsAnmerkungenStandAtTheirMarks() throws Exception {
        Document d = faithful("""
                Der Zeuge Jakob Rehder (1) sagte aus, er habe den Wagen um neun Uhr gesehen (2).

                Anm. 1. Ein Vetter des Angeklagten, damals Schmied in Tolkemit.

                Anm. 2. Nach dem Kalender jenes Jahres ging die Sonne um acht Uhr unter.
                """);
        assertEquals(List.of("1: Rehder | Ein Vetter des Angeklagten, damals Schmied in Tolkemit.",
                "2: gesehen | Nach dem Kalender jenes Jahres ging die Sonne um acht Uhr unter."), notes(d));
    }

    @Test
    void spanishAndPolishNoteWordsOpenDefinitionsToo() throws Exception {
        Document d = faithful("""
                Fue bautizada en la capilla¹ y confirmada en el año siguiente.² Zapisano to w księdze³ parafii.

                Nota 1. La capilla de San Roque, hoy derribada.

                Nota 2. En la visita del obispo.

                Przypis 3. Księga zaginęła w roku 1915.
                """);
        assertEquals(List.of("1: capilla | La capilla de San Roque, hoy derribada.", "2: siguiente. | En la visita del obispo.",
                "3: księdze | Księga zaginęła w roku 1915."), notes(d));
    }

    /** A superscript number in parentheses, {@code (²)}, as Polish and Czech minutes print their marks and definitions; the parentheses are the mark's. */
    @Test
    void superscriptNumbersInParenthesesOpenDefinitions() throws Exception {
        Document d = faithful("""
                Na posiedzeniu obecnych było 9 radnych (¹). Kosztorys mostu wyniósł 1 800 złotych (²).

                (¹) Nieobecni radni Kłos i Wrona.

                (²) Kosztorys nie zachował się.
                """);
        assertEquals(List.of("1", "2"), values(d, "//t:p/t:note[@type='source']/@n"));
        assertEquals(List.of("Nieobecni radni Kłos i Wrona.", "Kosztorys nie zachował się."), values(d, "//t:p/t:note[@type='source']"));
        // the parentheses are the mark's: none is left in the reading text around the note
        assertEquals(List.of("Na posiedzeniu obecnych było 9 radnych", ". Kosztorys mostu wyniósł 1 800 złotych", "."),
                values(d, "//t:p[t:note]/text()"));
    }

    @Test
    void aSentenceOpeningWithTheWordIsNoDefinition() throws Exception {
        Document d = faithful("""
                The deed was sealed in 1612.¹

                Nota bene: the seal is lost. Note 4 pages are missing from the roll, as the clerk wrote.

                ¹ The year is written over an erasure.
                """);
        assertEquals(List.of("1: 1612. | The year is written over an erasure."), notes(d));
        assertEquals(List.of(), values(d, "//t:note[@n='4']"));
    }
}
