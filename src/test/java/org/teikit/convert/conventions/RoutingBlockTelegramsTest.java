package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.teikit.convert.dates.DateParser;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Telegrams as a telegraph office's copies print them: "TELEGRAM RECEIVED" over a FROM:/TO:/DATED:/REC'D: routing
 * block, "TELEGRAM SENT" over a dateline and an address block in capitals, the text in capitals with STOP, a signature.
 */
class RoutingBlockTelegramsTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    private static final String COPIES = """
            Copies of the post's telegrams on the flood, October 1951.

            TELEGRAM RECEIVED

            URGENT

            FROM: CAIRO
            TO: SECSTATE WASHINGTON
            DATED: OCTOBER 3, 1951
            REC'D: 8:15 A.M., OCTOBER 4

            77, OCTOBER 3, 9 P.M.

            RIVER AT HIGHEST LEVEL SINCE 1938 STOP DELTA VILLAGES EVACUATED STOP REPEAT TO LONDON STOP

            CAFFERY

            TELEGRAM SENT

            WASHINGTON, OCTOBER 5, 1951, 4 P.M.

            AMEMBASSY
            CAIRO

            41

            YOUR 77 STOP RED CROSS FUNDS AVAILABLE STOP

            ACHESON
            """;

    @Test
    void aRoutingBlocksFromNamesThePostAndTheSignatureTheSender() throws Exception {
        Document d = convert(COPIES);
        assertEquals(List.of("CAFFERY", "ACHESON"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("CAIRO", "WASHINGTON"), values(d, SENT + "/t:placeName"),
                "FROM: names the post, as the sent telegram's dateline does");
        assertEquals(List.of("1951-10-03", "1951-10-05"), values(d, SENT + "/t:date/@when"),
                "DATED: is the date; REC'D: (the next day) is not");
    }

    @Test
    void aSentTelegramsAddressBlockNamesItsAddressee() throws Exception {
        Document d = convert(COPIES);
        assertEquals(List.of("SECSTATE WASHINGTON", "AMEMBASSY CAIRO"), values(d, RECEIVED + "/t:persName"));
        assertEquals(2, values(d, "//t:div[@type='telegram']").size(),
                "the form line over a routing block heads no telegram of its own; the text's \"REPEAT TO LONDON STOP\" is no heading");
    }

    @Test
    void monthsInCapitalsAreRead() {
        assertEquals(Optional.of("1951-10-03"), DateParser.parse("OCTOBER 3, 1951"));
        assertEquals(Optional.of("1919-05-09"), DateParser.parse("MAY 9 1919"));
        assertEquals(Optional.empty(), DateParser.parse("MAYBE 9 1919"));
    }
}
