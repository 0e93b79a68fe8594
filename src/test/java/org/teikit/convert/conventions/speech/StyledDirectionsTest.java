package org.teikit.convert.conventions.speech;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lines shaped like a label that are none: a line wholly in italics that begins with a name is a direction (a styled
 * label sets only itself off), and a play's division heading is no speaker.
 */
class StyledDirectionsTest {
    private static List<Label> labels(String markdown) throws Exception {
        return Labels.at(SourceDocument.parse(SourceText.of("t.txt", markdown)).blocks().get(0).inlines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*MRS. GABB discovered, counting pennies.*", "*Enter NELL, with a candle.*",
            "*HARRY. He goes out by the garden door.*", "*Exit PURDUE, muttering.*"})
    void aDirectionInItalicsHasNoStyledLabel(String line) throws Exception {
        List<Label> found = labels(line);
        assertTrue(found.stream().noneMatch(l -> l.form().styled()), () -> line + " → " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*NELL.* Coming, father!", "*NELL (aside).* He'll never know.", "**PH: And the barges?**",
            "**NELL.** Coming!"})
    void aStyledLabelBeforeItsSpeechIsStillOne(String line) throws Exception {
        List<Label> found = labels(line);
        assertEquals(1, found.stream().filter(l -> l.form().styled()).count(), () -> line + " → " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SCENE I. The toll-house kitchen.", "ACT II. The same, a year later.", "SCENE THE SECOND. A lane."})
    void aPlaysDivisionIsNoSpeaker(String line) throws Exception {
        List<Label> found = labels(line);
        assertTrue(found.stream().noneMatch(l -> l.name().toUpperCase().startsWith("SCENE") || l.name().toUpperCase().startsWith("ACT")),
                () -> line + " → " + found);
    }
}
