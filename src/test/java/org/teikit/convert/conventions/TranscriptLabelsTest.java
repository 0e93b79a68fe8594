package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Converter;
import org.teikit.convert.conventions.speech.Label;
import org.teikit.convert.conventions.speech.Labels;
import org.teikit.convert.conventions.speech.SpeakerNames;
import org.teikit.source.Inline;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Label conventions of transcripts and records: a recording's timestamp before the label, numbered voices and the key
 * that names them, a direction in brackets inside a label, a parliamentary member identified in parentheses, titles
 * that are no salutations, a participant's initials, a deposition's examiner and witness.
 */
class TranscriptLabelsTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");

    private static List<Label> labels(String line) {
        return Labels.at(List.of(new Inline.Text(line)));
    }

    /** The longest reading of a line as a label. */
    private static Label longest(String line) {
        List<Label> all = labels(line);
        return all.get(all.size() - 1);
    }

    private static String explain(String text) throws Exception {
        return Converter.standard().convert(SourceDocument.parse(SourceText.of("fixture.txt", text)), "generic")
                .explanation().entries().stream().map(e -> e.line() + ": " + e.text()).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The @who of the first turn whose speaker reads {@code label}. */
    private static String who(Document d, String label) {
        List<String> w = values(d, "//t:sp[t:speaker = '" + label + "']/@who");
        assertFalse(w.isEmpty(), "no turn of " + label);
        return w.get(0);
    }

    private static List<String> persNames(Document d, String who) {
        return values(d, "//t:person[@xml:id='" + who.replaceFirst("^#", "") + "']/t:persName");
    }

    private static final String TAPE = """
            Interviewer: Dana Whitlock
            Narrator: Rose Ebbing, born 1926

            [00:00:05] INTERVIEWER: Rose, where were you born?

            [00:00:19] ROSE EBBING: Number six, just along there.

            [00:00:41] INTERVIEWER: Eight children.

            [00:00:43] ROSE EBBING: Eight that lived.

            [00:02:36] [Recording paused]

            [00:20:02] INTERVIEWER: Tape two.

            [00:20:06] RE: The market, yes.
            """;

    @Test
    void aTimestampBeforeTheLabelIsTheRecordingsTimeNotPartOfTheSpeaker() throws Exception {
        Label l = labels("[00:03:12] INTERVIEWER: Where were you?").get(0);
        assertEquals("INTERVIEWER", l.name());
        assertEquals("[00:03:12]", Inline.plain(l.time()));
        assertEquals("Where were you?", Inline.plain(l.rest()));
        assertEquals("MR. LEE", longest("00:03:12 MR. LEE: Yes.").name());
        assertEquals("ANNA", labels("(12:04) ANNA: No.").get(0).name());

        Document d = convert(TAPE);
        assertEquals(List.of("INTERVIEWER", "ROSE EBBING", "INTERVIEWER", "ROSE EBBING", "INTERVIEWER", "RE"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of("[00:00:05]"), values(d, "//t:sp[1]/t:fw[@type='timestamp'][following-sibling::t:speaker]"));
        assertEquals("Rose, where were you born?", values(d, "//t:sp[1]/t:p").get(0));
        assertTrue(explain(TAPE).contains("6 turns open with the recording's time"), explain(TAPE));
    }

    @Test
    void initialsOfAListedParticipantLabelTurnsEvenWhereTheySpellAFieldWord() throws Exception {
        Document d = convert(TAPE);
        assertEquals(who(d, "ROSE EBBING"), who(d, "RE"), "RE is Rose Ebbing's initials, not 'regarding'");
        assertTrue(persNames(d, who(d, "RE")).contains("Rose Ebbing"));
        assertTrue(explain(TAPE).contains("'RE' read as a participant's initials"));
        // without a participant of those initials, RE: stays the memo's field
        Document memo = convert("RE: the bridge\n\nTO: Mr. Lee\n\nRE: the road\n\nTO: Mrs. Ortiz\n");
        assertEquals(0, memo.query("//t:sp", TEI).size());
    }

    private static final String MEETING = """
            Speakers identified afterwards from the recording:
            Speaker 1 = Maureen Dobbs, chair of the association
            Speaker 2 = Ian Petrie, for the bus company
            Speaker 3 = a resident who did not give her name

            Item 1: Welcome

            Speaker 1: Can everybody hear me at the back?

            Speaker 2: Thank you. I will be brief.

            Speaker 3: Six minutes for who?

            Item 2: Questions

            Unknown Speaker: Is there going to be a replacement?

            Speaker 2: We are looking at a hopper bus.

            Speaker 3: Twice a day.

            Speaker 1: One at a time, please.
            """;

    @Test
    void numberedVoicesAreSpeakersAndTheKeyAboveNamesThem() throws Exception {
        assertEquals("Speaker 12", labels("Speaker 12: Yes.").get(0).name());
        assertTrue(labels("Speaker 12. Yes.").stream().noneMatch(l -> l.name().equals("Speaker 12")), "a number closes a label only before a colon");
        Document d = convert(MEETING);
        assertEquals(List.of("Speaker 1", "Speaker 2", "Speaker 3", "Unknown Speaker", "Speaker 2", "Speaker 3", "Speaker 1"),
                values(d, "//t:sp/t:speaker"));
        assertTrue(values(d, "//t:p").stream().anyMatch(p -> p.startsWith("Item 1: Welcome")), "a numbered item is no voice");
        assertTrue(persNames(d, who(d, "Speaker 1")).contains("Maureen Dobbs"), persNames(d, who(d, "Speaker 1")).toString());
        assertTrue(persNames(d, who(d, "Speaker 2")).contains("Ian Petrie"));
        assertNotEquals(who(d, "Speaker 1"), who(d, "Speaker 3"));
        assertTrue(explain(MEETING).contains("Maureen Dobbs, Ian Petrie"), explain(MEETING));
    }

    @Test
    void aDirectionInBracketsInsideALabelIsItsStageAndSirBeforeANameIsATitle() throws Exception {
        Label l = labels("LORD ASHBY [aside]: She will ruin us all.").get(0);
        assertEquals("LORD ASHBY", l.name());
        assertEquals("aside", Inline.plain(l.stage()));
        Document d = convert("""
                USHER [calling]: Silence in court!

                SIR MILES (rising): With the leave of your lordship.

                JUDGE: Very well, Sir Miles.

                SIR MILES: Where were you?

                LORD ASHBY [aside]: She will ruin us.

                JUDGE: Go on.

                USHER: All stand!
                """);
        assertEquals(List.of("USHER", "SIR MILES", "JUDGE", "SIR MILES", "LORD ASHBY", "JUDGE", "USHER"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of("calling", "rising", "aside"), values(d, "//t:sp/t:stage"));
        // a salutation made of salutation words alone still is one
        assertEquals(0, convert("Sir: I write again.\n\nSir: And again.\n\nGentlemen: Once more.\n\nSir: Lastly.\n")
                .query("//t:sp", TEI).size());
    }

    private static final String HANSARD = """
            HOUSE OF COMMONS

            The Prime Minister (Mr. Edmund Harrow): With permission, Mr. Speaker, I shall make a statement.

            Hon. Members: Hear, hear!

            Mr. Gordon Pike (Leader of the Opposition): I thank the Prime Minister.

            Mr. Harrow: I am aware of the report.

            Mr. Pike: Nothing was done.

            Mr. Speaker: Order.

            Hon. Members: Hear, hear!

            Mr. Harrow: The pumps are on their way.

            Mr. Speaker: Order. We must move on.
            """;

    @Test
    void aMemberIdentifiedInParenthesesIsOnePersonWithTheShortLabelAndAGroupSpeaks() throws Exception {
        Label seat = longest("Mr. Ralph Dunstan (Fenwold): The Prime Minister has said so.");
        assertEquals("Mr. Ralph Dunstan (Fenwold)", seat.name());
        assertTrue(seat.stage().isEmpty());
        assertEquals("aside", Inline.plain(labels("JUDGE (aside): Go on.").get(0).stage()), "after a name in capitals it is a direction");
        assertEquals("Mr. Edmund Harrow", SpeakerNames.person("The Prime Minister (Mr. Edmund Harrow)"));
        assertEquals("Mr. Gordon Pike", SpeakerNames.person("Mr. Gordon Pike (Leader of the Opposition)"));

        Document d = convert(HANSARD);
        assertEquals(List.of("The Prime Minister (Mr. Edmund Harrow)", "Hon. Members", "Mr. Gordon Pike (Leader of the Opposition)",
                "Mr. Harrow", "Mr. Pike", "Mr. Speaker", "Hon. Members", "Mr. Harrow", "Mr. Speaker"), values(d, "//t:sp/t:speaker"));
        assertEquals(who(d, "The Prime Minister (Mr. Edmund Harrow)"), who(d, "Mr. Harrow"));
        assertEquals(who(d, "Mr. Gordon Pike (Leader of the Opposition)"), who(d, "Mr. Pike"));
        assertEquals("#mr-edmund-harrow", who(d, "Mr. Harrow"));
        assertTrue(explain(HANSARD).contains("the person is Mr. Edmund Harrow"));
    }

    @Test
    void aTitledNameAbbreviatedToItsInitialIsTheSamePerson() {
        assertTrue(SpeakerNames.samePerson("Mrs. B.", "Mrs. Brill"));
        assertTrue(SpeakerNames.samePerson("Mrs. Brill", "Mrs. B"));
        assertFalse(SpeakerNames.samePerson("Mr. B.", "Mrs. Brill"), "the titles contradict each other");
        assertFalse(SpeakerNames.samePerson("B.", "Brill"), "an initial without a title names no one");
        assertFalse(SpeakerNames.samePerson("Mrs. C.", "Mrs. Brill"));
    }

    private static final String DEPOSITION = """
            DEPOSITION OF EDITH MAY CRANE

            APPEARANCES:
                For the Plaintiff: Mr. Samuel Holt, of Holt & Weir.
                For the Defendant: Ms. Joan Brandt, of Pruett & Lowe.

            EDITH MAY CRANE, the plaintiff, having been first duly sworn, was examined and testified as follows:

            EXAMINATION
            BY MR. HOLT:

            Q. Would you state your name?
            A. Edith May Crane.
            Q. Where do you live?
            A. Pell Street.

            MS. BRANDT: Objection.

            MR. HOLT: She is answering it.

            THE WITNESS: May I have some water?

            MS. BRANDT: Of course.

            MR. HOLT: Five minutes.

            THE WITNESS: Thank you.

            CROSS-EXAMINATION
            BY MS. BRANDT:

            Q. Who was on the day shift?
            A. I was.
            """;

    @Test
    void aDepositionsQuestionsAreTheExaminingCounselsAndItsAnswersTheWitnesss() throws Exception {
        Document d = convert(DEPOSITION);
        List<String> q = values(d, "//t:sp[t:speaker = 'Q']/@who");
        assertEquals(3, q.size());
        assertEquals(who(d, "MR. HOLT"), q.get(0));
        assertEquals(q.get(0), q.get(1));
        assertEquals(who(d, "MS. BRANDT"), q.get(2), "the cross-examination's questions are the other counsel's");
        assertTrue(persNames(d, q.get(0)).contains("Mr. Samuel Holt"), persNames(d, q.get(0)).toString());
        assertTrue(persNames(d, who(d, "MS. BRANDT")).contains("Ms. Joan Brandt"));
        assertEquals(who(d, "THE WITNESS"), who(d, "A"));
        assertTrue(persNames(d, who(d, "A")).contains("EDITH MAY CRANE"), persNames(d, who(d, "A")).toString());
        assertTrue(explain(DEPOSITION).contains("examiner MR. HOLT"), explain(DEPOSITION));
    }

    /**
     * An anonymised focus group: voices coded P1, P2 (and the moderator), described in a participants list whose title
     * carries a remark. The coded lines of the list are its entries, not turns; each code's turns are one person's.
     * (Before: no code was read as a label, and the transcript had no speech at all.)
     */
    @Test
    void participantCodesSpeakAndTheirListDescribesThem() throws Exception {
        Document d = convert("""
                Focus group 3, Central Library

                Participants (anonymised):
                P1: female, 30s, weekly user
                P2: male, 60s, retired

                Moderator: How do you use the library now?

                P1: On Saturdays, with my daughter.

                P2: Every day, for the newspapers.

                Moderator: And if it opened until eight?

                P1: Then I would come after work.
                """);
        assertEquals(List.of("Moderator", "P1", "P2", "Moderator", "P1"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of(), values(d, "//t:sp[contains(., 'female')]"), "the list's entries are no turns");
        List<String> p1 = values(d, "//t:sp[t:speaker = 'P1']/@who");
        assertEquals(p1.get(0), p1.get(1));
        assertEquals(List.of(), labels("P1 was the first to speak."), "no colon, no label");
    }
}
