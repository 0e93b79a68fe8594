package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.faithful;

/**
 * An editor's method that names the marks, {@code notes marked [1], [2] …}: a list of bracketed numbers with commas
 * between, after a space, refers to no note, so the notes go to the marks in the text. Checked word for word.
 */
class MarksNamedInTextTest {

    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:note[@type='source'][@n][parent::t:p]");
    }

    @Test
    void aListOfBracketedNumbersNamesTheMarks() throws Exception {
        Document d = faithful("""
                The notes, marked [1], [2] and so on, follow each deed. Some deeds have [1], [2], [3].

                The abbot[1] granted the mill to the reeve[2].

                [1] Abbot from 1201.
                [2] Named only here.
                """);
        assertEquals(List.of("1: abbot | Abbot from 1201.", "2: reeve | Named only here."), notes(d));
    }

    /** Not a list: a mark after a space, on its own, still refers ("the mill [1] was"). */
    @Test
    void aSingleMarkAfterASpaceStillRefers() throws Exception {
        Document d = faithful("""
                The mill [1] was rebuilt, and the weir [2], too.

                [1] In 1310.
                [2] In 1322.
                """);
        assertEquals(List.of("1: mill | In 1310.", "2: weir | In 1322."), notes(d));
    }
}
