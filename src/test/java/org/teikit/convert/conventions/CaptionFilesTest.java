package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Caption files as sources: a WebVTT voice's cues in a row are one turn, timed by its first cue; a voiceless cue is
 * no one's speech; SubRip's speakers are the ones its text names. Each file is also checked word for word.
 */
class CaptionFilesTest {

    private static final String FERRY = """
            WEBVTT - ferry film
            Kind: captions

            STYLE
            ::cue(v[voice="Skipper"]) { color: cyan }

            NOTE Transcribed from the 1958 print.

            intro
            00:00:02.000 --> 00:00:04.000
            [engine starts]

            00:00:05.000 --> 00:00:08.500 line:90%
            <v Skipper>We cross eight times a day
            in summer.

            00:00:08.600 --> 00:00:11.000
            <v Skipper>Four in winter, weather allowing.</v>

            00:00:11.500 --> 00:00:13.000
            <v.quiet Mrs Lowe>And on Sundays? <v Skipper>Twice, <i>after</i> chapel.

            00:00:13.500 --> 00:00:15.000
            <v Mrs Lowe>That will do &amp; more.
            """;

    @Test
    void aVoicesCuesInARowAreOneTimedTurn() throws Exception {
        Document d = faithful(FERRY);
        assertEquals(List.of("Skipper", "Mrs Lowe", "Skipper", "Mrs Lowe"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of("We cross eight times a day in summer. Four in winter, weather allowing."), values(d, "//t:sp[1]/t:p"));
        assertEquals(List.of("00:00:05.000", "00:00:11.500", "00:00:11.500", "00:00:13.500"), values(d, "//t:sp/t:fw"));
        assertEquals(List.of("Twice, after chapel."), values(d, "//t:sp[3]/t:p"));
        assertEquals(List.of("after"), values(d, "//t:sp[3]//t:hi"));
        assertEquals(List.of("That will do & more."), values(d, "//t:sp[4]/t:p"));
        String outside = String.join("\n", values(d, "//t:body/t:p"));
        assertTrue(outside.contains("Transcribed from the 1958 print."), outside);   // the note is kept
        assertTrue(outside.contains("engine starts"), outside);                      // a voiceless cue: no one's turn
        assertFalse(String.join(" ", values(d, "//t:body")).contains("cyan"), "the style is the player's");
    }

    @Test
    void eachTurnIsExplainedAtItsFirstCuesLine() throws Exception {
        var c = org.teikit.convert.Converter.standard().convert(SourceDocument.parse(SourceText.of("ferry.vtt", FERRY)), "generic");
        var entries = c.explanation().entries();
        assertTrue(entries.stream().anyMatch(e -> e.topic().equals("source") && e.text().startsWith("WebVTT captions: 5 cues, 4 turns")),
                entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.line() == 14 && e.topic().equals("speech")), entries.toString());
    }

    @Test
    void subRipKeepsTheSpeakersItsTextNames() throws Exception {
        Document d = faithful("""
                1
                00:00:01,000 --> 00:00:03,000
                HARRIS: Is the lamp trimmed?

                2
                00:00:03,200 --> 00:00:05,000
                PENROSE: Trimmed and lit.

                3
                00:00:05,500 --> 00:00:07,000
                HARRIS: Then log it.

                4
                00:00:07,200 --> 00:00:09,000
                PENROSE: <i>Logged</i>, seven o'clock.
                """);
        assertEquals(List.of("HARRIS", "PENROSE", "HARRIS", "PENROSE"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of("00:00:01,000", "00:00:03,200", "00:00:05,500", "00:00:07,200"), values(d, "//t:sp/t:fw"));
    }

    /** Traps: captions named in a transcription, and a numbered paragraph, are no caption file. */
    @Test
    void textThatMentionsCaptionsIsNoCaptionFile() throws Exception {
        SourceDocument named = SourceDocument.parse(SourceText.of("t.txt", "The WEBVTT file was lost.\n\n00:00:01.000 --> 00:00:02.000 was its first cue.\n"));
        assertFalse(named.source().readAs().isPresent());
        SourceDocument numbered = SourceDocument.parse(SourceText.of("t.txt", "1\nThe first point of the agenda.\n"));
        assertFalse(numbered.source().readAs().isPresent());
    }
}
