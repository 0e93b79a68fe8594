package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A letter printed in a periodical: its salutation run into the first paragraph after a comma and dash, its closing
 * led into by a sentence, and the paper's next section, headed in capitals, after its signature.
 */
class PeriodicalLetterTest {

    @Test
    void theRunInSalutationTheLedInClosingAndTheNextSectionHead() throws Exception {
        Document d = convert("""
                THE QUARTERLY PAPER OF THE SEAMEN'S MISSION

                FROM OUR STATIONS.

                We print the following, received from the chaplain at Valparaiso:—

                                        VALPARAISO, 3rd May 1893.

                MY DEAR MR. TULLOCH,—The new reading-room was opened on Easter Monday, and forty men came the first night.

                With warm thanks to the friends who sent the books, I remain, yours very sincerely,

                HENRY GAIR.

                ACCOUNTS.

                The treasurer acknowledges the sums below.

                From a friend at Leith, ten shillings.

                From the Bible class at Kirkcaldy, one pound.

                From the crew of the Dunottar, seven shillings.
                """);
        assertEquals(List.of("MR. TULLOCH"), values(d, "//t:correspAction[@type='received']/t:persName"),
                "the salutation ends at its comma: not \"MR\"");
        assertEquals(List.of("HENRY GAIR"), values(d, "//t:correspAction[@type='sent']/t:persName"),
                "the name under the closing, above the next section's head");
    }

    @Test
    void aSentenceThatOnlyMentionsIAmIsNoClosing() throws Exception {
        Document d = convert("""
                Leith, 4 June 1893.

                Dear Tulloch,

                The boat is sound, and I am, as you know, no sailor; yet I went out in her twice.

                The mate is a good man and has asked for a berth in the new ship.

                Ever yours,

                Gair
                """);
        assertEquals(List.of("Ever yours,"), values(d, "//t:closer/t:salute"), "only the formula closes the letter");
    }
}
