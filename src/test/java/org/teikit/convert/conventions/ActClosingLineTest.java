package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A line that closes an act by naming it ({@code Ende des zweiten Aufzuges.}, {@code End of the First Act.}), standing
 * alone before the next act's heading or at the text's end: no part of the last speech.
 */
class ActClosingLineTest {

    @Test
    void aGermanActsClosingLineIsNoPartOfTheLastSpeech() throws Exception {
        Document d = convert("""
                Erster Aufzug.

                KARL. Wo ist der Schlüssel?

                MINNA. Im Garten, unter dem Stein.

                KARL. Dann hole ich ihn.

                MINNA. Geh nur.

                Ende des ersten Aufzuges.

                Zweiter Aufzug.

                KARL. Er war nicht da.

                MINNA. Dann such weiter.
                """);
        assertEquals(List.of("Geh nur."), values(d, "//t:sp[4]/t:p"));
        assertEquals(List.of("Ende des ersten Aufzuges."), values(d, "//t:trailer"));
    }

    @Test
    void anEnglishClosingLineAtTheTextsEnd() throws Exception {
        Document d = convert("""
                ACT I

                JANE. The boat is late.

                TOM. It always is.

                JANE. Then we wait.

                TOM. We wait.

                End of the First Act.
                """);
        assertEquals(List.of("We wait."), values(d, "//t:sp[4]/t:p"));
    }

    @Test
    void aSpeechThatNamesAnActMidActStaysSpeech() throws Exception {
        Document d = convert("""
                ACT I

                JANE. Did you see the play?

                TOM. I left early.

                Before the second act.

                JANE. Why?

                TOM. I was bored.
                """);
        assertFalse(values(d, "//t:stage").stream().anyMatch(s -> s.contains("second act")), values(d, "//t:stage").toString());
        assertEquals(List.of("I left early.", "Before the second act."), values(d, "//t:sp[2]/t:p"));
    }
}
