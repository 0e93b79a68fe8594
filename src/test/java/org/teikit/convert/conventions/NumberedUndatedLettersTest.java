package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A collection without heading lines whose editor numbers the letters: a number over no dateline or salutation heads
 * a letter too, dated by the editor's bracket under it.
 */
class NumberedUndatedLettersTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    private static final String LETTERS = """
            Letters of Piet Hol to Mara Veen (1930)

            1.

                                    Delft, 4 March 1930

            Dear Mara,

            The lectures begin again on Monday.

            Your Piet

            2.

            %s

            Mara, I cannot come tonight after all. P.

            3.

                                    Delft, 20 March 1930

            Dear Mara,

            The exams are over.

            Your Piet
            """;

    @Test
    void aNumberOverNoDatelineHeadsALetterDatedByTheEditorsBracket() throws Exception {
        Document d = convert(LETTERS.formatted("[A note, undated; it belongs to 11 March 1930 by its contents.]"));
        assertEquals(List.of("1930-03-04", "1930-03-11", "1930-03-20"), values(d, SENT + "/t:date/@when"));
        assertEquals(List.of("Piet Hol", "Piet Hol", "Piet Hol"), values(d, SENT + "/t:persName"));
    }

    @Test
    void anEditorsBracketWithTwoDatesDatesNothing() throws Exception {
        Document d = convert(LETTERS.formatted("[A note, undated; between 4 March 1930 and 20 March 1930.]"));
        assertEquals(3, values(d, "//t:correspDesc").size());
        assertEquals(List.of("1930-03-04", "1930-03-20"), values(d, SENT + "/t:date/@when"));
    }

    @Test
    void aNumberedListInsideALetterIsNoLetter() throws Exception {
        Document d = convert("""
                Letters of Piet Hol to Mara Veen (1930)

                                        Delft, 4 March 1930

                Dear Mara,

                Here is what to bring:

                1.

                Boots.

                2.

                A lamp.

                3.

                Bread.

                Your Piet

                                        Delft, 20 March 1930

                Dear Mara,

                The exams are over.

                Your Piet
                """);
        assertEquals(List.of("1930-03-04", "1930-03-20"), values(d, SENT + "/t:date/@when"));
    }
}
