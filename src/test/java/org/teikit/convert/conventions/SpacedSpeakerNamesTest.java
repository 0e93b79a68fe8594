package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Speakers printed letter-spaced, as German and older prints set them ({@code M a r t h a.}, {@code D e r   W i r t:}):
 * the label is the name the letters spell, decided by repetition like any label, and no word of the source is lost. A
 * word spaced for emphasis inside a sentence, or once at a line's start, is no label.
 */
class SpacedSpeakerNamesTest {

    @Test
    void aSpacedNameWithItsStopLabelsTheTurnAndKeepsItsDirection() throws Exception {
        Document d = faithful("""
                Die Brücke

                M a r t h a  (am Fenster). Er kommt nicht mehr heute.

                J o s e f. Wer sagt das?

                M a r t h a. Der Regen sagt es. Die Brücke ist fort.

                J o s e f  (steht auf). Dann gehe ich über den Steg.

                M a r t h a. Bleib!
                """);
        assertEquals(List.of("Martha", "Josef", "Martha", "Josef", "Martha"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of("am Fenster", "steht auf"), values(d, "//t:sp/t:stage"));
        assertTrue(values(d, "//t:sp/t:p").get(0).startsWith("Er kommt nicht"));
    }

    @Test
    void aSpacedNameOfTwoWordsWithAColonIsOneLabel() throws Exception {
        Document d = faithful("""
                D e r   W i r t: Noch ein Glas?

                K a s p a r: Noch eins, und dann die Rechnung.

                D e r   W i r t: Die Rechnung kommt von selbst.

                K a s p a r: Wie alles hier.
                """);
        assertEquals(List.of("Der Wirt", "Kaspar", "Der Wirt", "Kaspar"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aWordSpacedForEmphasisIsNoLabel() throws Exception {
        Document d = faithful("""
                Aus dem Tagebuch

                Heute sagte der Lehrer, das sei n i e m a l s so gewesen, und wir glaubten ihm.

                N i e m a n d. So stand es an der Tafel, und keiner wusste, wer es geschrieben hatte.

                Am Abend schrieb ich an die Mutter, dass es m i r gut gehe und der Winter bald vorbei sei.
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
    }
}
