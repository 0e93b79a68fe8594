package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** One person per speaker, from the document's own evidence: a name alone, a key, a role, a record's offices. */
class SpeakerIdentityTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");

    // --- a name alone takes the one full name printed outside the speeches

    @Test
    void aSurnameAloneTakesTheOneFullNameTheNarrativePrints() throws Exception {
        Document d = convert("""
                The hearing of the Dunmere case, 1702.

                Then Margery Quint was called, and then the carter.

                Judge. What did you see?

                Quint. The cart, my Lord, and the sacks upon it.

                Judge. Whose sacks?

                Quint. Master Hobb's, I think.

                Judge. You think?

                Quint. I am sure.
                """);
        assertTrue(persNames(d, "Quint").contains("Margery Quint"), persNames(d, "Quint").toString());
        assertFalse(persNames(d, "Quint").contains("Then Margery Quint"), "a sentence's first word is no part of the name");
    }

    @Test
    void aFirstNameAloneTakesTheNameAScreenplayIntroducesInCapitals() throws Exception {
        Document d = convert("""
                INT. KITCHEN - NIGHT

                ROSA VELLUM (30s, apron) scrubs a pan. Her brother TEO MARSH leans in the doorway.

                ROSA: You are late again.

                TEO: The bus broke down.

                ROSA: It always breaks down.

                TEO: It is an old bus.
                """);
        assertTrue(persNames(d, "ROSA").contains("ROSA VELLUM"), persNames(d, "ROSA").toString());
        assertTrue(persNames(d, "TEO").contains("TEO MARSH"), persNames(d, "TEO").toString());
    }

    @Test
    void aNameAloneThatTwoPrintedNamesShareTakesNeither() throws Exception {
        Document d = convert("""
                Present at the farm were Walter Penge and his cousin Agnes Penge, with the agent.

                Penge: The north field floods every spring.

                Agent: Then drain it.

                Penge: With what money?

                Agent: The board's.
                """);
        assertEquals(List.of("Penge"), persNames(d, "Penge"));
    }

    @Test
    void aNameThatOnlyRunsOnIntoAnotherWordIsNoFullName() throws Exception {
        // "is Hollis Guilty" cut from a sentence: "Hollis Guilty" begins no printed name run, "Ned Hollis" ends one
        Document d = convert("""
                The trial of Ned Hollis at the assizes.

                The foreman was asked: is Ned Hollis Guilty or not?

                Clerk. Hollis, stand up.

                Hollis. I stand, sir.

                Clerk. How do you plead?

                Hollis. Not guilty.
                """);
        assertTrue(persNames(d, "Hollis").contains("Ned Hollis"), persNames(d, "Hollis").toString());
    }

    // --- a participants key in one run, an interview's header in another language, labels cut to their initial

    @Test
    void aParticipantsKeyInOneRunNamesEachLabel() throws Exception {
        Document d = convert("""
                Recording 7, the bakery counter.
                Participants: Bun = customer (Olive Harker); Till = Petra Quist, owner of the shop.

                01  Till:  morning
                02  Bun:   morning (.) two loaves please
                03  Till:  white or brown
                04  Bun:   brown (0.5) no white
                05  Till:  white it is
                06  Bun:   ta
                """);
        assertTrue(persNames(d, "Bun").contains("Olive Harker"), persNames(d, "Bun").toString());
        assertTrue(persNames(d, "Till").contains("Petra Quist"), persNames(d, "Till").toString());
    }

    @Test
    void aKeyEntryThatNamesNobodyLeavesItsLabelItself() throws Exception {
        Document d = convert("""
                Recording 8, the bus stop.
                Participants: Hat = a passer-by (unnamed); Coat = Ilse Rahn, a teacher.

                01  Hat:   is this the twelve
                02  Coat:  it is the fourteen
                03  Hat:   oh (.) right
                04  Coat:  the twelve comes at ten past
                05  Hat:   thank you
                """);
        assertEquals(List.of("Hat"), persNames(d, "Hat"));
        assertTrue(persNames(d, "Coat").contains("Ilse Rahn"));
    }

    @Test
    void aGermanInterviewHeaderNamesWhoAsksAndWhoAnswers() throws Exception {
        Document d = convert("""
                Interview mit Gerda Pohl, Schneiderin in Jena
                Geführt von Ulrich Saalfeld am 3. März 1991

                FRAGE: Wann haben Sie angefangen?

                ANTWORT: Mit vierzehn, bei meiner Tante.

                FRAGE: Und war das schwer?

                ANTWORT: Die Finger taten weh.
                """);
        assertTrue(persNames(d, "FRAGE").contains("Ulrich Saalfeld"), persNames(d, "FRAGE").toString());
        assertTrue(persNames(d, "ANTWORT").contains("Gerda Pohl"), persNames(d, "ANTWORT").toString());
    }

    @Test
    void aLabelCutToItsInitialAfterTheFullLabelStopsIsTheSameSpeaker() throws Exception {
        Document d = convert("""
                Question: Where did you grow up?

                Answer: In Gera, by the river.

                Question: And school?

                Answer: Four years only.

                [Tape change]

                Q: And then?

                A: Then the factory.

                Q: How long?

                A: Thirty years.
                """);
        assertEquals(who(d, "Question"), who(d, "Q"));
        assertEquals(who(d, "Answer"), who(d, "A"));
        assertNotEquals(who(d, "Q"), who(d, "A"));
    }

    @Test
    void anInitialSpeakingBesideTheFullLabelIsAnotherSpeaker() throws Exception {
        // "A" speaks while "Anna" still does: two people, not one name cut short
        Document d = convert("""
                Anna: Where is the key?

                A: Under the mat.

                Anna: It is not.

                A: Then in the pot.

                Anna: Found it.

                A: Good.
                """);
        assertNotEquals(who(d, "Anna"), who(d, "A"));
    }

    // --- a recorder transcript's legend of voice numbers

    private static final String RECORDER_ROWS = """
            0912:01  CAM-1    flaps five.
            0912:04  CAM-2    flaps five, set.
            0912:09  RDO-1    Tower, Juliet two ready.
            0912:15  TWR      Juliet two, cleared for takeoff.
            0912:20  RDO-2    cleared for takeoff, Juliet two.
            0912:24  CAM-1    your controls.
            0912:27  CAM-2    my controls.
            """;

    @Test
    void aVoiceNumberTheLegendIdentifiesIsOnePersonOnEverySource() throws Exception {
        Document d = convert("""
                RECORDER TRANSCRIPT

                LEGEND
                CAM      Cockpit microphone
                RDO      Radio from the aircraft
                TWR      Radio from the tower
                -1       Voice identified as the Pilot in Command
                -2       Voice identified as the Co-pilot
                -?       Voice unidentified

                """ + RECORDER_ROWS);
        assertEquals(who(d, "CAM-1"), who(d, "RDO-1"));
        assertEquals(who(d, "CAM-2"), who(d, "RDO-2"));
        assertNotEquals(who(d, "CAM-1"), who(d, "CAM-2"));
        assertTrue(persNames(d, "RDO-1").contains("Pilot in Command"), persNames(d, "RDO-1").toString());
    }

    @Test
    void withoutALegendVoiceNumbersJoinNobody() throws Exception {
        Document d = convert("RECORDER TRANSCRIPT\n\n" + RECORDER_ROWS);
        assertNotEquals(who(d, "CAM-1"), who(d, "RDO-1"));
    }

    // --- the prisoner, and offices printed beside their holders' names

    @Test
    void thePrisonerIsThePersonLastIndictedAboveTheTurn() throws Exception {
        Document d = convert("""
                501. WILLIAM TROTT was indicted for stealing a copper kettle, the goods of Ann Bree.

                ANN BREE: I missed the kettle on the Monday.

                PRISONER: I found it in the lane.

                ANN BREE: It was on my hob.

                PRISONER: I never was in her house.

                502. JANE MOSS was indicted for stealing a shawl.

                PRISONER: The shawl was given me.

                ANN BREE: That I cannot say.
                """);
        List<String> prisoner = whos(d, "PRISONER");
        assertEquals(3, prisoner.size());
        assertTrue(names(d, prisoner.get(0)).contains("WILLIAM TROTT"), names(d, prisoner.get(0)).toString());
        assertTrue(names(d, prisoner.get(2)).contains("JANE MOSS"), names(d, prisoner.get(2)).toString());
        assertNotEquals(prisoner.get(0), prisoner.get(2), "one office held by two people in turn");
    }

    @Test
    void anOfficePrintedBesideANameIsTheNameOfTheLabelThatAbbreviatesIt() throws Exception {
        Document d = convert("""
                The Trial of Peter Vane, 1699.

                Before Sir Hugh Marlow, Lord Chief Baron, and Sir Amos Pell, Recorder.

                For the Crown: Sir Giles Fenn, Attorney-General; Mr. Roger Dace, Clerk of Arraigns.

                L.C.B.: Read the charge.

                ATT.-GEN.: My Lord, the prisoner is charged with forgery.

                L.C.B.: Has he counsel?

                ATT.-GEN.: None, my Lord.

                VANE: I will speak for myself.

                L.C.B.: Then speak.
                """);
        assertTrue(persNames(d, "L.C.B.").contains("Sir Hugh Marlow"), persNames(d, "L.C.B.").toString());
        assertTrue(persNames(d, "ATT.-GEN.").contains("Sir Giles Fenn"), persNames(d, "ATT.-GEN.").toString());
        assertTrue(persNames(d, "VANE").contains("Peter Vane"), persNames(d, "VANE").toString());
    }

    @Test
    void anOfficePrintedForTwoPeopleNamesNeither() throws Exception {
        Document d = convert("""
                Present: Sir Hugh Marlow, Puisne Judge; Sir Amos Pell, Puisne Judge.

                P.J.: The court will rise at four.

                CLERK: Yes, my Lord.

                P.J.: Call the next.

                CLERK: There is none.
                """);
        assertFalse(persNames(d, "P.J.").contains("Sir Hugh Marlow"));
        assertFalse(persNames(d, "P.J.").contains("Sir Amos Pell"));
    }

    /** The @who (without '#') of every turn of the speaker, in order. */
    private static List<String> whos(Document d, String speaker) {
        List<String> out = new java.util.ArrayList<>();
        Nodes n = d.query("//t:sp[t:speaker='" + speaker + "' or t:speaker='" + speaker + ":' or t:speaker='" + speaker + ".']/@who", TEI);
        for (int k = 0; k < n.size(); k++) out.add(n.get(k).getValue().substring(1));
        return out;
    }

    private static List<String> names(Document d, String id) {
        return values(d, "//t:person[@xml:id='" + id + "']/t:persName");
    }

    private static String who(Document d, String speaker) {
        Nodes n = d.query("//t:sp[t:speaker='" + speaker + "' or t:speaker='" + speaker + ":' or t:speaker='" + speaker + ".']/@who", TEI);
        assertTrue(n.size() > 0, "no turn of " + speaker);
        return n.get(0).getValue().substring(1);
    }

    private static List<String> persNames(Document d, String speaker) {
        return values(d, "//t:person[@xml:id='" + who(d, speaker) + "']/t:persName");
    }
}
