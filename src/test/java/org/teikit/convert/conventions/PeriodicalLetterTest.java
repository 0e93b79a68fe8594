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
    void aLineIntroducingAQuotedExtractBeginsALetterAReportOfOneDoesNot() throws Exception {
        Document d = convert("""
                THE HARVEST FIELD

                No. 41.]        JUNE 1, 1902.        [Price 1d.

                CHINA.

                A letter from Miss Orr, dated 2nd March, says that the school has reopened.

                From the Rev. DAVID KERR to the Home Secretary, Ningpo, 14th March 1902.

                "The river is low and the boats cannot come up. We have forty boys in the school and room for no more."

                INDIA.

                Mr. WALTER BAIN writes to the Convener from Poona, under date 3rd April 1902:—

                "The plague has lessened. The hospital has twelve beds free for the first time this year."

                CEYLON.

                Mr. JAMES ROY writes to the Convener from Kandy, under date 9th April 1902.

                He reports that the rains are late and the new school is not yet roofed.
                """);
        assertEquals(List.of("Rev. DAVID KERR", "Mr. WALTER BAIN"), values(d, "//t:correspAction[@type='sent']/t:persName"),
                "\"A letter from Miss Orr, dated …, says …\" reports a letter and quotes none; nor does the line over Mr. Roy's report");
        assertEquals(List.of("Home Secretary", "Convener"), values(d, "//t:correspAction[@type='received']/t:persName"));
        assertEquals(List.of("1902-03-14", "1902-04-03"), values(d, "//t:correspAction[@type='sent']/t:date/@when"));
    }

    @Test
    void aSignaturesCommaBeforeTheOfficeBelowItIsNoClosingOfTheName() throws Exception {
        Document d = convert("""
                Leith, 4 June 1893.

                Dear Sir,

                The annual meeting will be held on the 20th.

                Yours faithfully,
                ROBERT M. CAIRD,
                Hon. Treasurer.
                """);
        assertEquals(List.of("ROBERT M. CAIRD"), values(d, "//t:correspAction[@type='sent']/t:persName"));
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
