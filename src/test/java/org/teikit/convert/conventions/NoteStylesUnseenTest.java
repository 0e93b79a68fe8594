package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.faithful;

/**
 * Note styles of copied and exported texts: printers' symbols one a line under the rule (the double bar typed
 * {@code ||}, the section sign also the author's), pages marked {@code {p. 12}}, word-processor endnotes numbered
 * {@code [i]}, {@code [ii]}, and a wiki page's references ({@code a. ^ text}, {@code 1. ^ a b text}). Each case is
 * also checked word for word against its source.
 */
class NoteStylesUnseenTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");


    /** Each note placed in a paragraph or list item, as "n: the word before it | its text". */
    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:note[@type='source'][@n][parent::t:p or parent::t:item]");
    }

    /** "* text" reads as a list item; the line under it that opens with the next symbol is that symbol's note. */
    @Test
    void aLineUnderAStarNoteOpensTheNextSymbolsNote() throws Exception {
        Document d = faithful("""
                The mill was driven by a stream,* and the miller kept bees.†

                ______
                * It rises on the moor above the village.
                † He sold the honey at the Michaelmas fair.
                """);
        assertEquals(List.of("*: stream, | It rises on the moor above the village.",
                "†: bees. | He sold the honey at the Michaelmas fair."), notes(d));
    }

    /** Without the ‖ sign a transcriber types two bars: a mark after a word, a definition at a line's start. */
    @Test
    void twoBarsAreTheDoubleBarMark() throws Exception {
        Document d = faithful("""
                The bridge was of stone,§ the ford was deep.|| The inn was shut.

                ______

                § Rebuilt in 1790 after the flood.

                || So the parish book, vol. ii.
                """);
        assertEquals(List.of("§: stone, | Rebuilt in 1790 after the flood.", "||: deep. | So the parish book, vol. ii."), notes(d));
    }

    /** "§ 3. The Ferry" opens the author's own section: a number after a section sign is no note's text. */
    @Test
    void aSectionSignBeforeANumberIsTheAuthorsDivision() throws Exception {
        Document d = faithful("""
                § 3. The Ferry

                The ferry ran until the bridge was built,§ as described in § 5 below.

                ______

                § The ferryman's lease survives.
                """);
        assertEquals(List.of("§: built, | The ferryman's lease survives."), notes(d));
        assertTrue(d.toXML().contains("<p>§ 3. The Ferry</p>"), d.toXML());
    }

    /** {@code {p. 12}} on its own line is the printed page: a pb, and the page's note ends before it. */
    @Test
    void aPageInBracesOnItsOwnLineIsAPageBreak() throws Exception {
        Document d = faithful("""
                {p. 12}

                The road crossed the heath.*

                ______
                * Now enclosed.

                {p. 13}

                Beyond it lay the river.
                """);
        assertEquals(1, d.query("//t:pb[@n='12']", TEI).size(), d.toXML());
        assertEquals(1, d.query("//t:pb[@n='13']", TEI).size(), d.toXML());
        assertEquals(List.of("*: heath. | Now enclosed."), notes(d));
    }

    /**
     * Endnotes numbered in lower-case roman numbers, set against the word: "[iii]" is a mark where "[iii] text"
     * defines it; "Henry III", "(ii)" of a list and "vol. iv" are not.
     */
    @Test
    void romanEndnotesBesideRomanNumbersThatAreText() throws Exception {
        Document d = faithful("""
                The manor was granted by Henry III to the priory,[i] and the grant renewed twice.[ii]

                The barn has:

                (i) a queen-post roof;
                (ii) a threshing floor.[iii]

                See vol. iv of the county history.

                ________________

                [i] Close Rolls, 1251.

                [ii] In 1302 and 1330.

                [iii] Relaid in brick about 1850.
                """);
        assertEquals(List.of("i: priory, | Close Rolls, 1251.", "ii: twice. | In 1302 and 1330.",
                "iii: floor. | Relaid in brick about 1850."), notes(d));
        assertTrue(d.toXML().contains("Henry III to the priory"), d.toXML());
    }

    /** A wiki page's notes "a. ^ text" in a paragraph, and its references "1. ^ a b text" without the back-link letters. */
    @Test
    void aWikiPagesCaretDefinitionsAndBackLinks() throws Exception {
        Document d = faithful("""
                The pit closed in 1921.[1] Its shaft was filled.[a] The village was rebuilt.[b]

                Notes

                a. ^ With colliery waste.
                b. ^ By the company, in brick.

                References

                1. ^ a b Smith, John (1950). The Pits. p. 12.
                """);
        assertEquals(List.of("1: 1921. | Smith, John (1950). The Pits. p. 12.", "a: filled. | With colliery waste.",
                "b: rebuilt. | By the company, in brick."), notes(d));
    }

    /** "See also[edit]" is a copied section heading: the last reference above it does not run on into that section. */
    @Test
    void aWikiSectionWithItsEditLinkEndsTheNotes() throws Exception {
        Document d = faithful("""
                The pit closed in 1921.[1]

                References[edit]

                1. ^ The Colliery Guardian, 1921.

                See also[edit]

                List of collieries in the county
                """);
        assertEquals(List.of("1: 1921. | The Colliery Guardian, 1921."), notes(d));
        assertFalse(d.query("//t:note//t:p", TEI).size() > 0, d.toXML());
        assertTrue(d.toXML().contains("List of collieries in the county</p>"), d.toXML());
    }

    /**
     * A document that marks its notes "[1] text" numbers its items in the text "1.", "2.": after a break such items
     * are the next part's business, and its references go to the notes defined after them.
     */
    @Test
    void numberedItemsAfterABreakAreTextWhereTheNotesAreMarkedLater() throws Exception {
        Document d = faithful("""
                The club met in May.[1]

                [1] In the back room of the Swan.

                * * *

                1. The rules were read.

                2. The treasurer reported a loss,[1] and the dues were raised.[2]

                [1] Of eleven shillings.

                [2] To a crown a year.
                """);
        assertEquals(List.of("1: May. | In the back room of the Swan.", "1: loss, | Of eleven shillings.",
                "2: raised. | To a crown a year."), notes(d));
        assertTrue(d.toXML().contains("The rules were read."), d.toXML());
    }

    /** A marker-defined note under the next heading is another part's: this part's numbered notes stay notes. */
    @Test
    void numberedNotesStayNotesWhereOnlyTheNextPartMarksItsOwn() throws Exception {
        Document d = faithful("""
                ### The first letter

                The weir was mended.<sup>1</sup>

                ---

                1. With oak from the estate.

                ### The second letter

                The pond froze.¹

                ¹ For a fortnight.
                """);
        assertEquals(List.of("1: mended. | With oak from the estate.", "1: froze. | For a fortnight."), notes(d));
    }

    /** "[1]: https://… "Title"" is markdown's link reference definition: the address of a link, no note 1. */
    @Test
    void aLinkReferenceDefinitionIsNoNote() throws Exception {
        Document d = faithful("""
                The parish registers are listed at [1] below.[^reg]

                [^reg]: Deposited in 1961.

                [1]: https://example.org/registers "Registers"
                """);
        assertEquals(List.of("reg: below. | Deposited in 1961."), notes(d));
        assertTrue(d.toXML().contains("https://example.org/registers"), d.toXML());
    }

    /**
     * A paragraph that opens with "(1) " enumerates: its "(2)", "(3)" after a space are its items, and the notes
     * "Note 2." go to the marks of the text that follows.
     */
    @Test
    void anEnumerationsParenthesisedNumbersAreNoReferences() throws Exception {
        Document d = faithful("""
                We bought for the journey:

                    (1) a lantern, from the ironmonger;
                    (2) boots, two pairs;
                    (3) a map of the county.

                The carrier(2) took our boxes, and the ostler(3) saw to the horse.

                Note 2. Mr. Amos of the Bell.

                Note 3. A surly man named Tench.
                """);
        assertEquals(List.of("2: carrier | Mr. Amos of the Bell.", "3: ostler | A surly man named Tench."), notes(d));
        assertTrue(d.toXML().contains("(2) boots, two pairs; (3) a map"), d.toXML());
    }

    /** An editor's bracket that names the marks ("numbered [1], [2]") mentions them: the notes go to the text's marks. */
    @Test
    void marksNamedInsideAnEditorsBracketAreNoReferences() throws Exception {
        Document d = faithful("""
                [Editor's remark: the [Margin: …] glosses are the scribe's; his notes are numbered [1], [2] and follow the paragraph.]

                The toll at the bridge was a penny,[1] and the ford was free.[2]

                [1] Raised to twopence in 1620.

                [2] Except at the spring tides.
                """);
        assertEquals(List.of("1: penny, | Raised to twopence in 1620.", "2: free. | Except at the spring tides."), notes(d));
    }
}
