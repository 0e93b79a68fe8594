package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;
import org.teikit.convert.conventions.speech.Label;
import org.teikit.convert.conventions.speech.Labels;
import org.teikit.source.Inline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Transcription exports that print the speaker's name and a time on a line of their own, the speech in the paragraph
 * below ({@code Name  00:04}): labels where such lines repeat and alternate, never a single name and time in prose.
 */
class NameAboveTimeLabelsTest {

    private static List<Label> labels(String line) {
        return Labels.at(List.of(new Inline.Text(line)));
    }

    @Test
    void aNameAndATimeAloneOnTheLineReadAsAnOwnLineLabelWithItsTime() {
        Label l = labels("Tomasz Brennan  00:12").get(0);
        assertEquals("Tomasz Brennan", l.name());
        assertEquals(Label.Form.OWN_LINE, l.form());
        assertEquals("00:12", Inline.plain(l.time()));
        assertTrue(l.rest().isEmpty());
        Label numbered = labels("Speaker 3  1:02:45").get(0);
        assertEquals("Speaker 3", numbered.name());
        assertEquals("1:02:45", Inline.plain(numbered.time()));
        assertEquals("Ines", labels("Ines 4:10").get(0).name());
    }

    @Test
    void repeatedAlternatingNamesAboveTimesOpenTurns() throws Exception {
        Document d = faithful("""
                Allotment Hour, episode 4

                Tomasz Brennan  00:02
                Morning all. Today we are at the far end of the site, by the water butts.

                Greta Olumide  00:09
                And it is raining, of course. Pass me the trowel.

                Tomasz Brennan  00:15
                Here you are. Are the beans up yet?

                Speaker 3  00:21
                Not a chance, not in this weather.

                Greta Olumide  00:26
                Give them a week. They always sulk in April.

                Tomasz Brennan  00:33
                That is the spirit. Right, onions next.
                """);
        assertEquals(List.of("Tomasz Brennan", "Greta Olumide", "Tomasz Brennan", "Speaker 3", "Greta Olumide", "Tomasz Brennan"),
                values(d, "//t:sp/t:speaker"));
        assertEquals("00:09", values(d, "//t:sp[2]/t:fw[@type='timestamp']").get(0));
        assertEquals("And it is raining, of course. Pass me the trowel.", values(d, "//t:sp[2]/t:p").get(0));
    }

    @Test
    void aTimetableLineInProseIsNoSpeech() throws Exception {
        Document d = faithful("""
                We reached the junction late in the evening and found the board still lit.

                Platform Four  21:40

                The last train had gone, so we walked into the town and took a room above the bakery.
                The porter said the first service in the morning would leave from the same platform.
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
    }

    @Test
    void aTimetableOfStationsAndTimesIsNoDialogue() throws Exception {
        Document d = faithful("""
                Summer timetable

                Kendal  09:15
                Oxenholme  09:24
                Lancaster  09:41
                Preston  10:02
                """);
        assertEquals(List.of(), values(d, "//t:sp"));
    }
}
