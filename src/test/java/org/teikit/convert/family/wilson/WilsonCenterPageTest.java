package org.teikit.convert.family.wilson;

import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Conversion;
import org.teikit.testing.Words;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.testing.Checks.validAndFaithful;
import static org.teikit.testing.Fixtures.*;

class WilsonCenterPageTest {

    @Test
    void pageWithHeadingLabelsGivesStructuredHeaderFrontSectionsAndTranscript() {
        Conversion c = convert(source("000_"));
        assertEquals("wilson-center", c.family());
        // the note body printed twice (once with its page number) is one note: one copy's words are merged
        String note = "Paraphrase transmitted to the Secretary of State by Lt. Robert Bogue, U.S. Naval Reserve of the White House Office, with his memorandum of June 29.";
        Document d = validAndFaithful(c, text("000_"), Words.words(note));

        assertEquals("Harriman and Stalin discuss Chinese Relations", value(d, "//t:titleStmt/t:title"));
        assertEquals("1944-06-11", value(d, "//t:sourceDesc/t:bibl/t:date[1]/@when"));
        assertEquals("Foreign Relations of the United States: Diplomatic Papers, 1944, China", value(d, "//t:sourceDesc/t:bibl/t:title[@level='m']"));
        assertEquals("VI", value(d, "//t:bibl/t:biblScope[@unit='volume']"));
        assertEquals("97", value(d, "//t:bibl/t:biblScope[@unit='page']"));
        assertEquals(8, count(d, "//t:bibl/t:editor"));
        assertEquals("Francis C. Prescott", value(d, "//t:bibl/t:editor[8]"));
        assertEquals("Government Printing Office", value(d, "//t:bibl/t:publisher"));
        assertEquals("Washington", value(d, "//t:bibl/t:pubPlace"));
        assertEquals("1967", value(d, "//t:bibl/t:date[2]/@when"));
        assertEquals("https://wilson-center-digital-archive.dvincitest.com/document/219927", value(d, "//t:bibl/t:idno[@type='URI']"));
        assertTrue(value(d, "//t:profileDesc/t:abstract/t:p").startsWith("Harriman relays Stalin's concerns"));
        assertEquals("en", value(d, "//t:langUsage/t:language/@ident"));

        assertEquals("1944-06-11", value(d, "//t:front/t:titlePage/t:docDate/@when"));
        assertEquals(List.of("Citation:", "Summary:", "Original Language:", "Contents:"), values(d, "//t:front/t:div[@type='section']/t:head"));

        String t = "//t:body/t:div[@xml:id='transcript']";
        assertEquals("letter", value(d, t + "/@type"), "the heading names a sender and an addressee");
        assertTrue(value(d, t + "/t:head").startsWith("The Ambassador in the Soviet Union (Harriman) to President Roosevelt"));
        assertEquals("No. 11.541 (Navy)", value(d, t + "/t:opener/t:idno"));
        assertEquals("Moscow,", value(d, t + "/t:opener/t:dateline/t:placeName/t:supplied"));
        assertEquals("1944-06-11", value(d, t + "/t:opener/t:dateline/t:date/@when"));
        assertEquals(4, count(d, t + "/t:p"));
    }

    @Test
    void noteRepeatedWithItsPageNumberIsOneNoteAtItsReferenceAndAPageBreak() {
        Document d = convert(source("000_")).tei().document();
        assertEquals(1, count(d, "//t:note[@type='source']"));
        assertEquals("1", value(d, "//t:div[@xml:id='transcript']/t:head/t:note[@type='source']/@n"));
        assertEquals("foot", value(d, "//t:note[@type='source']/@place"));
        assertTrue(value(d, "//t:note[@type='source']").startsWith("Paraphrase transmitted"), "the [Orig. note] marker is consumed");
        assertEquals(1, count(d, "//t:pb[@n='94']"));
    }

    @Test
    void sendersAndAddresseesBecomeParticipantsAndCorrespDesc() {
        Document d = convert(source("000_")).tei().document();
        assertEquals("#transcript", value(d, "//t:correspDesc/@corresp"));
        assertEquals("#harriman", value(d, "//t:correspAction[@type='sent']/t:persName/@ref"));
        assertEquals("Moscow", value(d, "//t:correspAction[@type='sent']/t:placeName"));
        assertEquals("1944-06-11", value(d, "//t:correspAction[@type='sent']/t:date/@when"));
        assertEquals(0, count(d, "//t:correspAction[@type='sent']/t:date/@cert"), "read from the dateline");
        assertEquals("#roosevelt", value(d, "//t:correspAction[@type='received']/t:persName/@ref"));
        assertEquals(List.of("harriman", "roosevelt"), values(d, "//t:particDesc//t:person/@xml:id"));
    }

    @Test
    void pageWithPlainLabelParagraphsKeepsHeadingSignatureFunderAndMonthDate() {
        Conversion c = convert(source("001_"));
        assertEquals("wilson-center", c.family());
        Document d = validAndFaithful(c, text("001_"), List.of());
        assertEquals("Message from Averell Harriman to the President and Secretary of State", value(d, "//t:titleStmt/t:title"));
        assertEquals("Chun & Jane Chiu Family Foundation", value(d, "//t:titleStmt/t:funder"));
        assertEquals("1945-07", value(d, "//t:front/t:titlePage/t:docDate/@when"));
        assertEquals("W.A. Harriman Papers", value(d, "//t:sourceDesc/t:bibl/t:title[@level='s']"));
        assertEquals(List.of("Citation:", "Summary:", "Credits:", "Original Language:", "Contents:"), values(d, "//t:front/t:div/t:head"));
        String t = "//t:body/t:div[@xml:id='transcript']";
        assertEquals("telegram", value(d, t + "/@type"), "FOR … FROM … is a cable's address");
        assertEquals("PERSONAL AND TOP SECRET FOR THE PRESIDENT AND SECRETARY OF STATE FROM HARRIMAN.", value(d, t + "/t:head"));
        assertEquals("WAH", value(d, t + "/t:closer/t:signed"));
        assertEquals("ILLEGIBLE", value(d, t + "//t:gap[@reason='illegible']/t:desc"));
        assertEquals("export", value(d, t + "//t:sic"));
        assertEquals("#harriman", value(d, "//t:correspAction[@type='sent']/t:persName/@ref"));
        assertEquals("1945-07", value(d, "//t:correspAction[@type='sent']/t:date/@when"));
        assertEquals("medium", value(d, "//t:correspAction[@type='sent']/t:date/@cert"), "the page's date, not the telegram's");
        assertEquals(0, count(d, "//t:correspAction[@type='received']/t:persName/@ref"), "offices are not guessed as people");
    }

    @Test
    void secondLayoutTelegramWithBoldLabelsPlaceDateSaluteAndClosing() {
        var doc = fixture("archive-telegram.txt");
        Conversion c = convert(doc);
        assertEquals("wilson-center", c.family());
        Document d = validAndFaithful(c, doc.source().text(), List.of());
        assertEquals("ru", value(d, "//t:langUsage/t:language/@ident"));
        assertEquals("Archive of the President of the Russian Federation", value(d, "//t:bibl/t:orgName[@type='repository']"));
        String t = "//t:body/t:div[@xml:id='transcript']";
        assertEquals("telegram", value(d, t + "/@type"), "the page's title names a telegram");
        assertEquals("KOVALEV TO FILIPPOV", value(d, t + "/t:head"));
        assertEquals("Beijing", value(d, t + "/t:opener/t:dateline/t:placeName"));
        assertEquals("--12-31", value(d, t + "/t:opener/t:dateline/t:date/@when"));
        assertEquals("Comrade Filippov,", value(d, t + "/t:opener/t:salute"));
        assertEquals("With respect,", value(d, t + "/t:closer/t:salute"));
        assertEquals("KOVALEV", value(d, t + "/t:closer/t:signed"));
        assertEquals("#kovalev", value(d, "//t:correspAction[@type='sent']/t:persName/@ref"));
        assertEquals("#stalin", value(d, "//t:correspAction[@type='received']/t:persName/@ref"));
        assertEquals("1949-12-31", value(d, "//t:correspAction[@type='sent']/t:date/@when"), "the page's year completes a dateline without one");
        assertEquals("#teikit", value(d, "//t:correspAction[@type='sent']/t:date/@resp"));
        assertEquals("Beijing", value(d, "//t:correspAction[@type='sent']/t:placeName"));
    }

    /** A page in the archive's layout: the title the archive gave it, then the transcript's first blocks. */
    private static String page(String title, String transcript) {
        return "**May 3, 1950**\n\n**" + title + "**\n\n**Citation:**\n\n\"" + title + "\", May 3, 1950, Wilson Center "
                + "Digital Archive, Private collection.\n<https://digitalarchive.wilsoncenter.org/document/999123>\n\n"
                + "**Summary:**\n\nA record kept by an aide.\n\n**Original Language:**\n\nEnglish\n\n**Contents:**\n\n"
                + "Transcript - English\n\n" + transcript;
    }

    private static String transcriptType(String text) throws Exception {
        Conversion c = convert(org.teikit.source.SourceDocument.parse(org.teikit.source.SourceText.of("page.txt", text)));
        assertEquals("wilson-center", c.family());
        return value(c.tei().document(), "//t:body/t:div[@xml:id='transcript']/@type");
    }

    @Test
    void theTranscriptIsTypedAsWhatItsOwnWordsSayItIs() throws Exception {
        assertEquals("conversation", transcriptType(page("Memorandum of Conversation between Vance and Okafor",
                "Present: Mr. Vance, Mr. Okafor\n\nThe Minister opened the meeting at ten.")));
        assertEquals("memorandum", transcriptType(page("Memorandum for the Minister on the Grain Harvest",
                "The harvest in the northern provinces fell short by a fifth.")));
        assertEquals("telegram", transcriptType(page("Cable from the Legation in Quito",
                "The Legation reports that the road to the coast is closed.")));
        assertEquals("letter", transcriptType(page("Letter, Olga Brandt to her publisher",
                "Dear Mr. Holm,\n\nThe proofs came back today.")));
        // the heading speaks before the archive's title
        assertEquals("telegram", transcriptType(page("Letter about the Harbour Talks",
                "TELEGRAM FROM THE CONSUL IN SMYRNA\n\nThe talks broke off at noon.")));
    }

    @Test
    void aTranscriptThatNamesNoKindStaysATranscript() throws Exception {
        // a diary entry: neither the title nor the heading names a letter, and nobody is addressed
        assertEquals("transcript", transcriptType(page("Diary of Ambassador Kessler, 3 May 1950",
                "Walked to the ministry in the rain. Nobody was there to receive us.")));
        // "Notes on …" is no record of conversation ("Notes of a Conversation" would be)
        assertEquals("transcript", transcriptType(page("Notes on the Conference Agenda",
                "The agenda has eleven points; the first three concern shipping.")));
    }
}
