package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;

/**
 * Marks whose style the document's own definitions show: {@code 1) text} endnotes make {@code weir.1)} and
 * {@code dam,6)} in the text their marks, German {@code a) Text} notes make {@code ist.a)} theirs; a note's second
 * paragraph inside a foot of {@code (n)} definitions; a mark after a comma where the sentence goes on past it
 * ({@code station, (a) and}). And the look-alikes: {@code plate a)} after a space, an enumeration after a colon.
 */
class DefinitionStyleMarksTest {

    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:note[@type='source'][@n][parent::t:p or parent::t:item or parent::t:head]");
    }

    @Test
    void endnotesPrintedWithAClosingParenthesisMakeGluedNumbersTheirMarks() throws Exception {
        Document d = faithful("""
                REPORT ON THE HARBOUR WORKS, 1911

                The new pier was begun in March and reached the outer rock by the autumn.1) The cost
                has so far kept within the estimate, though the price of timber rose twice,2) and the
                contractor has asked for more time.

                ----

                ENDNOTES

                1) The rock lies two hundred yards beyond the old breakwater.
                2) From 48s. to 55s. the load, according to the merchants' returns.
                """);
        assertEquals(List.of("1: autumn. | The rock lies two hundred yards beyond the old breakwater.",
                "2: twice, | From 48s. to 55s. the load, according to the merchants' returns."), notes(d));
        // the whole mark is the note's: no parenthesis is left behind in the text
        assertTrue(!d.toXML().contains("</note>)"), d.toXML());
    }

    @Test
    void lettersGluedToTheStopAreMarksWhereTheNotesAreLettered() throws Exception {
        Document d = faithful("""
                Chronik der Gemeinde Oberau

                Im Herbst wurde die neue Brücke über den Mühlbach fertig.a) Die Kosten trug die Gemeinde allein.

                Der Winter war streng; man sah Wölfe im Forst.b) Siehe auch Tafel c) im Anhang.

                ## Anmerkungen

                a) Die Brücke steht noch heute, 1958 verbreitert.
                b) So auch das Pfarrbuch zum Jahre 1830.
                """);
        assertEquals(List.of("a: fertig. | Die Brücke steht noch heute, 1958 verbreitert.",
                "b: Forst. | So auch das Pfarrbuch zum Jahre 1830."), notes(d));
        // "Tafel c)" after a space names the plate, no mark: its words stay in the text
        assertTrue(d.toXML().contains("Siehe auch Tafel c) im Anhang"), d.toXML());
    }

    @Test
    void aNotesSecondParagraphBetweenTwoDefinitionsStaysInTheFoot() throws Exception {
        Document d = faithful("""
                The mill was let to Thomas Hale (1) at a rent of nine pounds, and the weir
                was mended by the parish (2) the following spring.

                (1) A miller of Stowe, who held the lease till 1771.

                His son kept it after him.

                (2) The churchwardens' book gives the cost as £4 6s.
                """);
        assertEquals(List.of("1: Hale | A miller of Stowe, who held the lease till 1771.His son kept it after him.",
                "2: parish | The churchwardens' book gives the cost as £4 6s."), notes(d));
        // the second paragraph is the note's own, a paragraph inside it
        assertEquals(2, GenericConversion.values(d, "//t:note[@n='1']/t:p").size(), d.toXML());
    }

    @Test
    void aMarkAfterACommaWhereTheSentenceGoesOnIsAReference() throws Exception {
        Document d = faithful("""
                The village stands on the line of the old road, (a) and a milestone was found in
                the churchyard wall. The vicar keeps it in the porch, (b) but the inscription is worn.

                (a) The road from the ford to the hill camp.
                (b) Only the letters IMP can now be read.
                """);
        assertEquals(List.of("a: road, | The road from the ford to the hill camp.",
                "b: porch, | Only the letters IMP can now be read."), notes(d));
    }

    @Test
    void aSymbolInBracketsIsTheMarkOfTheNoteDefinedSo() throws Exception {
        Document d = faithful("""
                The envoy asked for a loan for the new road.[*] The Minister made no answer,
                but promised a reply by the next mail.[†]

                   [*] See the inclosure in No. 14.
                   [†] It was sent on the 9th.
                """);
        assertEquals(List.of("*: road. | See the inclosure in No. 14.", "†: mail. | It was sent on the 9th."), notes(d));
        assertTrue(!d.toXML().contains("[<note"), d.toXML());
    }

    /** Trap: a symbol in brackets that no definition names stays the text's. */
    @Test
    void aSymbolInBracketsWithNoDefinitionIsText() throws Exception {
        Document d = faithful("The grades were marked [*] for honours and left blank for a pass.\n");
        assertEquals(List.of(), notes(d));
        assertTrue(d.toXML().contains("[*] for honours"), d.toXML());
    }

    /** Trap: an enumeration after a colon and its items stay the text's. */
    @Test
    void anEnumerationAfterAColonIsNoReference() throws Exception {
        Document d = faithful("""
                The vestry asked for two things: (a) a new bell rope, and (b) a lock for the chest.

                (a) The old rope had been mended with wire.
                (b) The key was lost in 1802.
                """);
        assertEquals(List.of(), notes(d));
    }
}
