package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** A markdown heading below a letter that prints no closing formula (its notes' {@code ### NOTES}) never signs the letter. */
class HeadingBelowLetterTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    @Test
    void aSectionHeadingUnderAnUnclosedLetterIsNoSignature() throws Exception {
        Document d = convert("""
                Two letters home, 1915

                ---

                Rouen, May 2nd, 1915.

                Dear Father,

                All well here. The camp is dry at last.

                Harold Wynne

                ---

                Étaples, June 9th, 1915.

                Dear Father,

                We go up tomorrow,[^1] so this is short.

                ---

                ### NOTES

                [^1]: To the line near Festubert.
                """);
        List<String> senders = values(d, SENT + "/t:persName");
        assertEquals("Harold Wynne", senders.get(0), "a name alone under the last paragraph signs the letter");
        assertFalse(senders.contains("NOTES"), "the heading below the second letter signs nothing: " + senders);
    }
}
