package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A family collection's letters headed by a number and the addressee alone ({@code 1. To Mrs. Lowe}, which markdown
 * reads as a list item), closed with the family's love ({@code Much love from your affectionate brother,}).
 */
class NumberedAddresseeHeadingsTest {
    private static final String RECEIVED = "//t:correspAction[@type='received']/t:persName";
    private static final String SENT = "//t:correspAction[@type='sent']/t:persName";

    @Test
    void numberedHeadingsNamingTheAddresseeAlone() throws Exception {
        Document d = faithful("""
                Letters Home, 1943

                1. To Mrs. Lowe

                Dear Mum,

                The crossing was rough but I was not sick, which is more than the sergeant can say.

                With fondest love,
                Percy

                4 May 1943

                2. To Edna Lowe

                Dear Ed,

                Tell nobody, but I have been made lance-corporal.

                Much love from your affectionate brother,
                Percy

                9 May 1943
                """);
        assertEquals(List.of("Mrs. Lowe", "Edna Lowe"), values(d, RECEIVED));
        assertEquals(List.of("Percy", "Percy"), values(d, SENT), "the signature under the family's love signs the letter");
        assertEquals(List.of("With fondest love,", "Much love from your affectionate brother,"), values(d, "//t:closer/t:salute"));
        assertEquals(List.of("Percy", "Percy"), values(d, "//t:closer/t:signed"), "the name under the formula, in its block, signs");
    }

    /** The look-alikes: a numbered list of errands is no letter, and "Love" opening a sentence is no closing. */
    @Test
    void aNumberedListAndASentenceAboutLoveAreNoLetterParts() throws Exception {
        Document d = convert("""
                Things to do before Sunday

                1. To the baker for the loaf

                2. To Mrs. Dale with the eggs

                Love the new curtains! Mother says they will fade.

                Much love is wasted on that cat.
                """);
        assertEquals(List.of(), values(d, "//t:correspDesc"));
        assertEquals(List.of(), values(d, "//t:closer"));
    }
}
