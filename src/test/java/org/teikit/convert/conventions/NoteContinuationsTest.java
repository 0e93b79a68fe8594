package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Notes of more than one paragraph, where notes stand apart (under a Notes heading, after a rule): a paragraph that a
 * later note bounds continues the note before it; at the end, a paragraph continues the last note unless the notes
 * are a list it stands outside of, as markdown reads a list.
 */
class NoteContinuationsTest {

    private static List<String> noteTexts(Document d) {
        return values(d, "//t:note[@n]");
    }

    @Test
    void aParagraphBetweenTwoNotesContinuesTheFirst() throws Exception {
        Document d = faithful("""
                The ferry ran twice a day[1] until the bridge opened[2].

                ## Notes

                [1] In summer; once in winter.

                The timetable of 1902 shows three crossings on market days.

                [2] In 1911.
                """);
        List<String> notes = noteTexts(d);
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("once in winter.") && notes.get(0).contains("three crossings on market days."), notes.get(0));
        assertEquals("In 1911.", notes.get(1));
    }

    @Test
    void aLastParagraphContinuesTheLastBracketedNote() throws Exception {
        Document d = faithful("""
                The ferry ran twice a day[1] until the bridge opened[2].

                ## Notes

                [1] In summer; once in winter.

                [2] In 1911.

                The toll was lifted only in 1923, after a petition of the parish.
                """);
        List<String> notes = noteTexts(d);
        assertTrue(notes.get(1).startsWith("In 1911.") && notes.get(1).contains("petition of the parish."), notes.toString());
    }

    /** Trap: after notes set as a numbered list, the page's closing line is no part of the last note. */
    @Test
    void aLineAfterAListOfNotesStaysTheDocuments() throws Exception {
        Document d = faithful("""
                The ferry ran twice a day[1] until the bridge opened[2].

                ## Notes

                1. In summer; once in winter.

                2. In 1911.

                Transcribed for the parish history society, 2019.
                """);
        assertEquals(List.of("In summer; once in winter.", "In 1911."), noteTexts(d));
        assertTrue(values(d, "//t:body//t:p[not(ancestor::t:note)]").contains("Transcribed for the parish history society, 2019."),
                values(d, "//t:body//t:p").toString());
    }
}
