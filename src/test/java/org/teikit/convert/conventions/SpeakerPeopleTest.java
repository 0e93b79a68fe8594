package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One person per speaker, with the name the record gives: offices named in the record's head or by a witness's
 * swearing, cast lists printed one entry a line, interview header fields, and a cast list whose names overlap.
 */
class SpeakerPeopleTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");

    private static Document convert(String text) throws Exception {
        return Converter.standard().convert(SourceDocument.parse(SourceText.of("fixture.txt", text)), "generic").tei().document();
    }

    /** The @who of each turn whose speaker reads {@code label}, in order. */
    private static List<String> whos(Document d, String label) {
        List<String> out = new ArrayList<>();
        Nodes sps = d.query("//t:sp[t:speaker]", TEI);
        for (int i = 0; i < sps.size(); i++) {
            Element sp = (Element) sps.get(i);
            if (sp.query("t:speaker", TEI).get(0).getValue().strip().replaceAll("[.:]$", "").equals(label)) out.add(sp.getAttributeValue("who"));
        }
        return out;
    }

    private static List<String> persNames(Document d, String who) {
        Nodes n = d.query("//t:person[@xml:id='" + who.replaceFirst("^#", "") + "']/t:persName", TEI);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) out.add(n.get(i).getValue().strip());
        return out;
    }

    private static final String HEARING_TURNS = """
            THE CHAIRMAN: The committee will come to order.

            MR. OKADA: Thank you, Mr. Chairman.

            THE CHAIRMAN: Mr. Okada, you are first.

            MR. OKADA: The lock was built in 1911.

            SENATOR DALE: May I ask a question?

            THE CHAIRMAN: Briefly.

            SENATOR DALE: How many trucks?
            """;

    @Test
    void theChairIsThePersonTheRecordPrintsAsPresiding() throws Exception {
        Document d = convert("HEARING ON THE LOCK\n\nThe committee met at ten, in Room 212, Senator Ivar Lindqvist (chairman) presiding.\n\n"
                + HEARING_TURNS);
        List<String> chair = whos(d, "THE CHAIRMAN");
        assertEquals(3, chair.size());
        assertEquals(1, chair.stream().distinct().count());
        assertTrue(persNames(d, chair.get(0)).contains("Senator Ivar Lindqvist"), persNames(d, chair.get(0)).toString());
        assertTrue(persNames(d, chair.get(0)).contains("THE CHAIRMAN"));
        assertNotEquals(chair.get(0), whos(d, "SENATOR DALE").get(0));
    }

    @Test
    void aSpeechThatAddressesSomeoneAfterTheChairsLabelNamesNoChair() throws Exception {
        // "THE CHAIRMAN: Mr. Okada, you are first." has the shape of a "Chairman: Mr. Lee" field, but it is a turn
        Document d = convert("HEARING ON THE LOCK\n\nThe committee met at ten.\n\n" + HEARING_TURNS);
        String chair = whos(d, "THE CHAIRMAN").get(0);
        assertEquals(List.of("THE CHAIRMAN"), persNames(d, chair));
        assertNotEquals(chair, whos(d, "MR. OKADA").get(0));
    }

    @Test
    void theChairOfAParticipantsListIsNamedWithoutTheLettersAfterTheName() throws Exception {
        Document d = convert("Present:\n   Sir Edmund Rawle, K.C. (Chairman)\n   Mr. H. J. van Dijk\n\n" + HEARING_TURNS);
        List<String> names = persNames(d, whos(d, "THE CHAIRMAN").get(0));
        assertTrue(names.contains("Sir Edmund Rawle"), names.toString());
    }

    @Test
    void twoPeoplePrintedAsPresidingNameNoChair() throws Exception {
        Document d = convert("Morning session, Mrs. Ortiz in the chair. Afternoon session, Mr. Hale presiding.\n\n" + HEARING_TURNS);
        assertEquals(List.of("THE CHAIRMAN"), persNames(d, whos(d, "THE CHAIRMAN").get(0)));
    }

    @Test
    void theWitnessIsTheOneLastSwornAboveTheTurn() throws Exception {
        Document d = convert("""
                Minutes of Evidence

                YUSUF AL-MASRI, called and sworn.

                MR. BRANDT. Your name is Yusuf al-Masri?

                THE WITNESS. Yes, sir.

                MR. BRANDT. You were foreman?

                THE WITNESS. For six years.

                Miss Clara Jensen, having been duly sworn, testified as follows:

                MR. BRANDT. Where were you that night?

                THE WITNESS. At the gate.

                MR. BRANDT. Alone?

                THE WITNESS. With the watchman.
                """);
        List<String> witness = whos(d, "THE WITNESS");
        assertEquals(4, witness.size());
        assertEquals(witness.get(0), witness.get(1));
        assertEquals(witness.get(2), witness.get(3));
        assertNotEquals(witness.get(0), witness.get(2));
        assertTrue(persNames(d, witness.get(0)).contains("YUSUF AL-MASRI"));
        assertTrue(persNames(d, witness.get(2)).contains("Miss Clara Jensen"), persNames(d, witness.get(2)).toString());
    }

    @Test
    void aCastListOfOneEntryALineBelowItsTitleEndsWithItsBlock() throws Exception {
        // the turns below are short single lines, shaped like "Name: role" entries: the list ends with its block
        Document d = convert("""
                Personen:

                Frau Amalie Kessler, his sister
                Lotte, her daughter

                <u>Frau Kessler</u>: Rudolf, you are standing in front of Papa again.

                <u>Lotte</u>: Coffee, Uncle.

                <u>Frau Kessler</u>: Not yours, Rudolf.

                <u>Lotte</u>: Mother, the lawyer.
                """);
        assertEquals(2, whos(d, "Frau Kessler").size());
        assertTrue(persNames(d, whos(d, "Frau Kessler").get(0)).contains("Frau Amalie Kessler"));
    }

    private static void faithful(String src, Document d) throws Exception {
        var report = org.teikit.fidelity.Fidelity.compare(SourceDocument.parse(SourceText.of("fixture.txt", src)),
                java.nio.file.Path.of("fixture.xml"), d.toXML().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(report.added().isEmpty() && report.lost().isEmpty(), report.differences().toString());
    }

    /** A radio script's cast, one part a line with dot leaders to its actor: the parts are the labels' people. */
    @Test
    void aCastListWithDotLeadersNamesThePartsAndKeepsTheActors() throws Exception {
        String src = """
                CAST:
                    ANNOUNCER ...... Walt Prior
                    MRS. HALE . . . . Vera Lund
                    TOM ............ Jack Orr

                ANNOUNCER: Good evening, and welcome to the theatre of the air.

                MRS. HALE: Tom, the lamp is smoking again.

                TOM: I trimmed it this morning, Mother.

                MRS. HALE: Then trim it again.
                """;
        Document d = convert(src);
        assertEquals(List.of("ANNOUNCER", "MRS. HALE", "TOM"), GenericConversion.values(d, "//t:castItem/t:role"));
        assertEquals(List.of("Walt Prior", "Vera Lund", "Jack Orr"), GenericConversion.values(d, "//t:castItem/t:roleDesc"));
        assertEquals(whos(d, "MRS. HALE").get(0), whos(d, "MRS. HALE").get(1));
        faithful(src, d);
    }

    /** Lines under a cast title that name no one in a way this reading knows: no list, and not a word lost. */
    @Test
    void aTitledBlockWhoseLinesNameNoOneIsNoCastListAndLosesNothing() throws Exception {
        String src = """
                CAST:
                    see the programme sheet
                    (not kept with this copy)

                Note: Timed at 14:30.

                MUSIC: Theme.

                HOST: Good evening.

                GUEST: Good evening to you.

                HOST: You have come a long way.
                """;
        Document d = convert(src);
        assertEquals(List.of(), GenericConversion.values(d, "//t:castItem/t:role"), "Note and MUSIC are no cast");
        faithful(src, d);
    }

    @Test
    void aCastListPrintedAsOneRunKeepsEachWordOnceAndDescriptionsWithTheirNames() throws Exception {
        String src = """
                CHARACTERS: MARTHA, a glover. JONAS, her apprentice. THE MAYOR.

                MARTHA. Where have you been all morning?

                JONAS. At the tannery, mistress.

                THE MAYOR. Good day.

                MARTHA. Good day, your worship.
                """;
        Document d = convert(src);
        assertEquals(List.of("CHARACTERS:"), GenericConversion.values(d, "//t:castList/t:head"), "the title alone heads the list");
        assertEquals(List.of("MARTHA", "JONAS", "THE MAYOR"), GenericConversion.values(d, "//t:castItem/t:role"));
        assertEquals(List.of("a glover", "her apprentice"), GenericConversion.values(d, "//t:castItem/t:roleDesc"));
        // was: the whole run as the head and again as the items, eight words added
        var report = org.teikit.fidelity.Fidelity.compare(SourceDocument.parse(SourceText.of("fixture.txt", src)),
                java.nio.file.Path.of("fixture.xml"), d.toXML().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(report.added().isEmpty() && report.lost().isEmpty(), report.differences().toString());

        Document run = convert("""
                Persons: HANS, a ferryman, GRETE and THE DOCTOR.

                HANS. The river is high tonight.

                GRETE. Too high for the ferry?

                THE DOCTOR. I must cross all the same.

                HANS. Never too high for me.
                """);
        assertEquals(List.of("HANS", "GRETE", "THE DOCTOR"), GenericConversion.values(run, "//t:castItem/t:role"),
                "a lower-case part of a run split at commas describes the name before it");
        assertEquals(List.of("a ferryman"), GenericConversion.values(run, "//t:castItem/t:roleDesc"));
        assertEquals("GRETE and", GenericConversion.values(run, "//t:castItem").get(1).replaceAll("\\s+", " ").strip());
    }

    @Test
    void anInterviewsHeaderFieldsNameWhoAsksAndWhoAnswers() throws Exception {
        Document d = convert("""
                Interviewer: Margit Halloran
                Narrator: Tomasz Wierzbicki (born 1904)
                Date: 12 May 1978
                Place: the narrator's home; South Chicago

                Q: When did you come to Chicago?

                A: In March, nineteen twenty-one.

                Q: How did you find the house?

                A: I did not find it. A man found me.
                """);
        assertTrue(persNames(d, whos(d, "Q").get(0)).contains("Margit Halloran"));
        assertTrue(persNames(d, whos(d, "A").get(0)).contains("Tomasz Wierzbicki"));
        assertEquals(0, d.query("//t:person[t:persName='Date' or t:persName='Place']", TEI).size(), "a field is no person");
    }

    @Test
    void anInterviewsHeaderInProseSaysWhoAsksAndWhoAnswers() throws Exception {
        Document d = convert("""
                ORAL HISTORY PROJECT

                Interview with Hilde Marquardt, conducted by Tomas Reyna on 4 June 1981 in Duluth.

                Q: Where were you born?

                A: In Stettin, in 1903.

                Q: And your father?

                A: A cooper.
                """);
        assertTrue(persNames(d, whos(d, "Q").get(0)).contains("Tomas Reyna"), persNames(d, whos(d, "Q").get(0)).toString());
        assertTrue(persNames(d, whos(d, "A").get(0)).contains("Hilde Marquardt"));
        Document inverted = convert("""
                Daniel Mbeki, interviewed by Ruth Okafor, Soweto, 1994

                Q. Tell me about the strike.

                A. Which one? There were three.

                Q. The first.

                A. In the spring.
                """);
        assertTrue(persNames(inverted, whos(inverted, "Q").get(0)).contains("Ruth Okafor"));
        assertTrue(persNames(inverted, whos(inverted, "A").get(0)).contains("Daniel Mbeki"));
    }

    @Test
    void labelsThatAreTheInitialsOfTheParticipantsNameThem() throws Exception {
        // DM and CD are no numerals here: the document's participants have those initials
        Document d = convert("""
                INTERVIEWER: Carla Duarte
                INTERVIEWEE: Daniel Mbeki

                CD: Thank you for coming.

                DM: It is a pleasure.

                CD: Tell me about the strike.

                DM: Which one? There were three.
                """);
        assertEquals(2, whos(d, "DM").size());
        assertTrue(persNames(d, whos(d, "DM").get(0)).contains("Daniel Mbeki"));
        assertTrue(persNames(d, whos(d, "CD").get(0)).contains("Carla Duarte"));
    }

    @Test
    void aParticipantEntryWithAnAffiliationAfterTheName() throws Exception {
        Document d = convert("""
                Participants:
                  INTERVIEWER — Ingrid Sørlie, Maritime Museum of Bergen
                  AKIKO MORI — former welder, 1962–1985

                INTERVIEWER: Thank you for agreeing to this.

                AKIKO MORI: Everybody asks that.

                INTERVIEWER: Fair enough.

                AKIKO MORI: No, I will tell you.
                """);
        assertTrue(persNames(d, whos(d, "INTERVIEWER").get(0)).contains("Ingrid Sørlie"));
    }

    @Test
    void ofTwoCastNamesSharingAWordTheLabelIsTheOneItBegins() throws Exception {
        Document d = convert("""
                The persons: Hassan Nasser, a clerk; Fatima, his wife; Umm Hassan, his mother.

                *Fatima.* Do not look at it like that, Umm Hassan.

                *Umm Hassan.* Everything that rings bites.

                *Hassan.* What did he say?

                *Fatima.* Nine o'clock, Sunday.

                *Hassan.* Promotion or dismissal.

                *Umm Hassan.* Dismissal.
                """);
        String hassan = whos(d, "Hassan").get(0);
        assertNotEquals(hassan, whos(d, "Umm Hassan").get(0));
        assertTrue(persNames(d, hassan).contains("Hassan Nasser"));
        assertFalse(persNames(d, whos(d, "Umm Hassan").get(0)).contains("Hassan Nasser"));
    }
}
