package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Lines between a transcript's turns that are rows of their own: a chat log's or a table's timed line without a label,
 * a numbered transcript's empty numbered lines and the record's remark in parentheses; and their look-alikes that stay
 * in the speech (a labelled chat line, a lower-case aside, a conversation analyst's pause, a continuation line).
 */
class OwnRowsTest {

    private static final String CHAT = """
            Channel log, #ferries

            [07:40] <marta> morning, is the 8:10 running?
            [07:41] <joss> no idea, the board says delayed
            [07:41] *** pavel has joined #ferries
            [07:42] <marta> delayed how long
            [07:43] <pavel> forty minutes, fog in the sound
            [07:43] * joss groans
            [07:44] <joss> I'll take the bus then
            [07:45] <marta> same, see you at the stop
            [07:46] *** joss has quit (Client exited)
            [07:47] <pavel> cowards
            """;

    @Test
    void aChatLogsTimedLineWithoutANickIsARowOfItsOwn() throws Exception {
        Document d = convert(CHAT);
        List<String> outside = values(d, "//t:body/t:p");
        assertTrue(outside.contains("*** pavel has joined #ferries"), outside.toString());
        assertTrue(outside.contains("* joss groans"), outside.toString());
        assertTrue(outside.contains("*** joss has quit (Client exited)"), outside.toString());
        assertEquals(List.of(), values(d, "//t:sp//t:p[contains(., 'joined') or contains(., 'groans') or contains(., 'quit')]"));
        assertTrue(values(d, "//t:body/t:fw[@type='timestamp']").contains("[07:43]"));
    }

    @Test
    void everyChatLineWithANickStaysATurn() throws Exception {
        Document d = convert(CHAT);
        assertEquals(List.of("marta", "joss", "marta", "pavel", "joss", "marta", "pavel"), values(d, "//t:sp/t:speaker"));
        assertEquals("no idea, the board says delayed", values(d, "//t:sp[2]/t:p").get(0));
    }

    @Test
    void aTablesSoundRowWithoutASourceIsNoPartOfTheTurnAbove() throws Exception {
        Document d = convert("""
                TIME      SOURCE   CONTENT

                0912:01   HOT-1    flaps fifteen.
                0912:04   HOT-2    fifteen, set.
                0912:09            [sound of horn]
                0912:12   HOT-1    gear down.
                0912:15   HOT-2    gear down, three green.
                0912:20   TWR      cleared to land two seven.
                0912:24   RDO-2    cleared to land, two seven.
                0912:30            [sound of stall warning]
                0912:33   HOT-1    go around.
                """);
        assertEquals(List.of("[sound of horn]", "[sound of stall warning]"), values(d, "//t:body/t:stage"));
        assertEquals(List.of("fifteen, set."), values(d, "//t:sp[2]/t:p"));
        assertEquals(7, values(d, "//t:sp").size());
    }

    private static final String DEPOSITION = """
                                                                      Page 31
             1   BY MR. ABERNATHY:
             2       Q.   Did you sign the delivery note on the
             3   morning of the ninth?
             4       A.   I did, at the loading bay.
             5       Q.   Was anyone with you?
             6       A.   Only the driver, Colin, and he
             7   (indicating) stood about there.
             8            (Deposition Exhibit 4 was marked
             9            for identification.)
            10   BY MR. ABERNATHY:
            11       Q.   Is this the note?
            12       A.   Yes, that is my initial.
            13            (Discussion off the record.)
            14       Q.   You may answer.
            15       A.   It is my initial.
            16
            17
            18
            """;

    @Test
    void aNumberedTranscriptsRemarkInParenthesesIsTheRecordsBetweenTheTurns() throws Exception {
        Document d = convert(DEPOSITION);
        List<String> stages = values(d, "//t:body/t:stage");
        assertEquals(2, stages.size(), stages.toString());
        assertTrue(stages.get(0).startsWith("(Deposition Exhibit 4 was marked") && stages.get(0).endsWith("for identification.)"), stages.get(0));
        assertEquals("(Discussion off the record.)", stages.get(1));
        assertEquals(List.of("BY MR. ABERNATHY:"), values(d, "//t:body/t:p[preceding-sibling::t:sp]"));
        assertEquals(List.of("Q", "A", "Q", "A", "Q", "A", "Q", "A"), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void emptyNumberedLinesAtAPagesEndAreNoPartOfTheLastTurn() throws Exception {
        Document d = convert(DEPOSITION);
        assertEquals(List.of("It is my initial."), values(d, "//t:sp[last()]/t:p"));
        List<String> numbers = values(d, "//t:body/t:fw[@type='lineNumber']");
        assertTrue(numbers.containsAll(List.of("16", "17", "18")), numbers.toString());
    }

    @Test
    void aLowerCaseAsideAndAContinuationLineStayInTheSpeech() throws Exception {
        Document d = convert(DEPOSITION);
        String answer = values(d, "//t:sp[4]/t:p").get(0);
        assertTrue(answer.startsWith("Only the driver") && answer.endsWith("stood about there."), answer);
        assertTrue(values(d, "//t:sp[1]/t:p").get(0).endsWith("morning of the ninth?"));
    }

    @Test
    void aSpeakersOwnAsideOnALineOfItsOwnOrBeforeHisWordsStaysInTheSpeech() throws Exception {
        Document d = convert("""
                 1       Q.   Where did the van stop?
                 2       A.   Just by the second gate,
                 3            (pointing)
                 4   about there.
                 5       Q.   And you saw the driver get out?
                 6       A.   I did.
                 7       Q.   Did he speak to you?
                 8       A.   He said something like
                 9   (Very loud) clear off, and then he drove away.
                10       Q.   Thank you.
                """);
        assertEquals(List.of(), values(d, "//t:body/t:stage | //t:body/t:p"));
        assertTrue(values(d, "//t:sp[2]/t:p").get(0).endsWith("about there."), values(d, "//t:sp[2]").toString());
        assertTrue(values(d, "//t:sp[6]/t:p").get(0).endsWith("drove away."), values(d, "//t:sp[6]").toString());
    }

    @Test
    void aConversationAnalystsTimedPauseIsNoRemarkOfTheRecord() throws Exception {
        Document d = convert("""
                01  Rita:  so did you get the
                02         parcel in the end=
                03  Tom:   =yeah it came Tuesday
                04         (0.6)
                05  Rita:  and was it (.) all there
                06  Tom:   mostly
                07         (1.2)
                08  Tom:   one plate broke
                09  Rita:  oh no::
                10  Tom:   it was the cheap one
                """);
        assertEquals(List.of(), values(d, "//t:body/t:stage"));
        assertTrue(values(d, "//t:sp[2]/t:p").get(0).endsWith("(0.6)"), values(d, "//t:sp[2]/t:p").toString());
        assertEquals(7, values(d, "//t:sp").size());
    }
}
