package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** Labels printed in several styles weighed together; a telegram's "[Telegram]" line and the number above the next heading. */
class PooledLabelStylesAndTelegramsTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");



    @Test
    void labelsInSeveralStylesNoneEnoughAloneAreWeighedTogether() throws Exception {
        Document d = convert("""
                WARSAW. The play is set in the spring of 1939, in a bakery.

                **ANNA.** You have counted those coins three times.

                **PIOTR.** And three times they came to less.

                KAROL: Is this where one buys bread?

                **ANNA.** There is no bread left.

                PIOTR. The baker has gone to Łódź.

                ANNA. And the debts with you.

                KAROL. I have brought flour.
                """);
        assertEquals(List.of("ANNA", "PIOTR", "KAROL", "ANNA", "PIOTR", "ANNA", "KAROL"), values(d, "//t:sp/t:speaker"));
        assertEquals(1, values(d, "//t:p[starts-with(., 'WARSAW.')]").size(), "a start seen once, in one style, is prose");
    }

    @Test
    void sentenceStartsOfProseInTwoStylesAreNotPooled() throws Exception {
        // "Name." starts are prose look-alikes: two of them plus one bold word make no dialogue
        Document d = convert("""
                Berlin. The train was late again, and the platform was full.

                **Note.** The timetable had changed in May.

                Berlin. We waited in the cold for an hour.

                **Note.** Nobody had told the passengers.
                """);
        assertEquals(0, d.query("//t:sp", TEI).size());
    }

    @Test
    void aTelegramLineUnderTheHeadingNamesItsKindAndTheNumberAboveTheNextHeadingIsTheNextOnes() throws Exception {
        Document d = convert("""
                # Papers Relating to the Danube Commission, 1926

                No. 41

                The Minister at Bucharest (Halloway) to the Foreign Secretary

                [Telegram]

                Bucharest, March 3, 1926—7 p.m.

                No. 18. The Government has today refused the proposal.

                Halloway

                No. 42

                The Foreign Secretary to the Minister at Bucharest (Halloway)

                London, March 5, 1926.

                Sir,

                Your telegram No. 18 of March 3 is received.

                Chamberlain
                """);
        assertEquals(List.of("telegram", "letter"), values(d, "//t:text//t:div[t:head]/@type").stream()
                .filter(t -> !t.equals("section")).toList());
        assertEquals(List.of("No. 41", "No. 42"), values(d, "//t:div/t:head[@type='number']"));
        assertEquals(List.of("1926-03-03", "1926-03-05"), values(d, "//t:correspDesc/t:correspAction[@type='sent']/t:date/@when"));
        assertEquals(List.of("Bucharest, March 3, 1926—7 p.m."), values(d, "//t:div[@type='telegram']/t:opener/t:dateline"));
    }

    @Test
    void aRegistersHeadingGivesTheMessagesNumberAndDate() throws Exception {
        Document d = convert("""
                ## Telegram No. 212 of May 3, 1941, from Keller to the Ministry

                Refugee ships arrived today with 1,140 passengers. Please instruct.

                Keller

                ## Ministry to Keller. Telegram 88 of May 5, 1941

                Your 212. Funds for 150 only.

                Wirth

                ## Keller to Ministry, No. 224, May 14, 1941

                The Minister received me this morning. Of the 12 families, 5 may enter.

                Keller
                """);
        assertEquals(List.of("1941-05-03", "1941-05-05", "1941-05-14"), values(d, "//t:correspDesc/t:correspAction[@type='sent']/t:date/@when"));
        assertEquals(List.of("Keller", "Ministry", "Keller"), values(d, "//t:correspDesc/t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("the Ministry", "Keller", "Ministry"), values(d, "//t:correspDesc/t:correspAction[@type='received']/t:persName"));
        assertEquals(List.of("telegram", "telegram", "letter"), values(d, "//t:text//t:div[t:head]/@type").stream()
                .filter(t -> !t.equals("section")).toList());
    }

    @Test
    void aNumberAndDateInsideProseAreNoRegisterHeading() throws Exception {
        // "X to Y" needs parties; a sentence that names a telegram is not a heading
        Document d = convert("""
                The reply came in telegram No. 88 of May 5, from the Ministry to the legation, and was short.

                Nothing more was heard until June.
                """);
        assertEquals(0, d.query("//t:correspDesc", TEI).size());
    }

    @Test
    void aCollectionsLettersHeadedOnlyByANumberTakeTheirPartiesFromTheTitleAndTheirDateFromTheFoot() throws Exception {
        Document d = convert("""
                # Letters of Thomas Ashworth to his Sister, Mary Ashworth, 1851–1853

                I.

                My dear Mary,

                The ship came in at last on the 2nd.

                Your loving brother,
                Tom

                Bombay, 4th May, 1851.

                II.

                Dearest Mary,

                Your letter of March came yesterday.

                Tom

                Poona, 2nd January, 1852.
                """);
        assertEquals(List.of("1851-05-04", "1852-01-02"), values(d, "//t:correspDesc/t:correspAction[@type='sent']/t:date/@when"));
        assertEquals(List.of("Thomas Ashworth", "Thomas Ashworth"), values(d, "//t:correspDesc/t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("his Sister, Mary Ashworth", "his Sister, Mary Ashworth"),
                values(d, "//t:correspDesc/t:correspAction[@type='received']/t:persName"));
    }

    @Test
    void aNumberAloneIsNoLetterWithoutACollectionsTitleOrASalutationBelowIt() throws Exception {
        Document noTitle = convert("""
                # Notes from the journey

                I.

                My dear Mary, she wrote that evening, and then crossed it out.

                II.

                Dear Sir,

                The account is enclosed.
                """);
        assertEquals(0, noTitle.query("//t:correspDesc", TEI).size(), "no 'Letters of X' title: the numbers are sections");
        Document noSalute = convert("""
                # Letters of Thomas Ashworth

                I.

                The first part of the collection holds his letters from Bombay.

                II.

                The second part, those from Poona.
                """);
        assertEquals(0, noSalute.query("//t:correspDesc", TEI).size(), "a number not followed by a salutation heads no letter");
    }
}
