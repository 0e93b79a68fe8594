package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A collection's title printed in capitals ({@code LETTERS OF X TO HIS MOTHER}) names its recipient as the same
 * title in lower case does: letters signed only by initials are the author's, one signed by another name stays as signed.
 */
class CapitalTitleRecipientTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    @Test
    void aTitleInCapitalsNamesTheRecipientByKin() throws Exception {
        Document d = convert("""
                # LETTERS OF LIEUTENANT JAMES ORR TO HIS MOTHER

                ---

                Halifax, May 2nd, 1812.

                My dear Mother,

                We came in yesterday after a slow passage of six weeks.

                Your affectionate son,
                J. O.

                ---

                Halifax, June 9th, 1812.

                My dear Mother,

                Still no orders. The town is full of rumours.

                Your affectionate son,
                J. O.

                ---

                Halifax, July 1st, 1812.

                Dear Mrs. Orr,

                Your son asks me to write, as his hand is hurt; it mends well.

                Yours very truly,
                Ada Pryor
                """);
        // trap: the third letter is signed by someone neither party's name holds, and stays hers
        assertEquals(List.of("LIEUTENANT JAMES ORR", "LIEUTENANT JAMES ORR", "Ada Pryor"), values(d, SENT + "/t:persName"));
    }
}
