package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** Datelines as Blue Books print them: after "(Telegraphic.)" on the same line, and with Old and New Style dates. */
class BlueBookDatelinesTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    @Test
    void aTelegraphicMarkBeforeTheDatelineAndADualDate() throws Exception {
        Document d = convert("""
                No. 12.

                Sir G. Buchanan to Sir Edward Grey.—(Received April 2.)

                (Telegraphic.)                 Tiflis, March 19 (April 1), 1912.

                The Governor has left for the frontier.

                No. 13.

                Sir Edward Grey to Sir G. Buchanan.

                (Telegraphic.)   Foreign Office, April 3, 1912.

                Report any further movement.
                """);
        assertEquals(List.of("1912-04-01", "1912-04-03"), values(d, SENT + "/t:date/@when"),
                "the New Style date in brackets is the date; the date of receipt is not");
        assertEquals(List.of("Tiflis", "Foreign Office"), values(d, SENT + "/t:placeName"));
    }
}
