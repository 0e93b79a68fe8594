package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A one-way collection whose title names its writer and, by kinship alone, its recipient ({@code Letters of X to his
 * sister}): a familiar name signing two of its letters or more is the writer's pet name; one signed once by another
 * name is someone else's.
 */
class PetNameSignaturesTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    @Test
    void aFamiliarNameSigningSeveralLettersIsTheTitlesWriter() throws Exception {
        Document d = convert("""
                Letters of John Ashby to his sister, 1881-1882

                ---

                Bombay, March 3rd, 1881.

                Dear Meg,

                The heat is beyond anything I was told of.

                Your loving brother,
                Jack.

                ---

                Poona, May 9th, 1881.

                Dear Meg,

                We have moved up the ghauts, and it is cooler.

                Your loving brother,
                Jack.

                ---

                Poona, June 2nd, 1881.

                Dear Meg,

                Your brother is down with fever and asks me to send his love; he mends.

                Yours very sincerely,
                Harry.
                """);
        // trap: a name signing one letter only is read as it stands
        assertEquals(List.of("John Ashby", "John Ashby", "Harry"), values(d, SENT + "/t:persName"));
    }
}
