package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;

/**
 * Note marks of plain copies: a law database's {@code FN1}, a typescript's {@code 1/}, modifier letters
 * {@code ᵃ}, and superscripts flattened to digits glued to the word, which are marks only where the document's
 * definitions pair with them in order. Each case has its look-alikes, and is checked word for word.
 */
class PlainNoteMarksTest {

    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:note[@type='source'][@n][parent::t:p or parent::t:item]");
    }

    @Test
    void fnMarksGluedToTheStop() throws Exception {
        Document d = faithful("""
                The buyer paid by cheque.FN1 The bank refused it under Rule 12(2), as the account was closed.FN2

                FOOTNOTES
                FN1. The cheque is in the record at page 9.
                FN2. See the teller's affidavit.
                """);
        assertEquals(List.of("1: cheque. | The cheque is in the record at page 9.", "2: closed. | See the teller's affidavit."), notes(d));
    }

    @Test
    void slashMarksAfterASpaceButNoFractionOrDate() throws Exception {
        Document d = faithful("""
                Output rose to 2,100 bales 1/, and about 1/2 of it went abroad. On 5/6/29 the mills
                worked 3 3/4 days a week 2/.
                ______
                1/ Figures of the trade board.
                2/ Estimate of the consul.
                """);
        assertEquals(List.of("1: bales | Figures of the trade board.", "2: week | Estimate of the consul."), notes(d));
        assertTrue(d.toXML().contains("about 1/2 of it") && d.toXML().contains("5/6/29") && d.toXML().contains("3 3/4"), d.toXML());
    }

    @Test
    void modifierLettersGluedToTheWord() throws Exception {
        Document d = faithful("""
                Small letters (ᵃ, ᵇ) refer to the notes.

                The abbot built a granaryᵃ and a mill by the weir.ᵇ

                Notes
                ᵃ granary: a tithe barn, perhaps.
                ᵇ weir: now gone.
                """);
        assertEquals(List.of("a: granary | granary: a tithe barn, perhaps.", "b: weir. | weir: now gone."), notes(d));
    }

    @Test
    void flattenedDigitsPairedWithNumberedLines() throws Exception {
        Document d = faithful("""
                The canal opened in 1794.1 Boats carried coal from Hallam2, and later stone.3

                1 Act of Parliament of 1791.
                2 The colliery closed in 1880.
                3 Mostly for the new church.
                """);
        assertEquals(List.of("1: 1794. | Act of Parliament of 1791.", "2: Hallam | The colliery closed in 1880.",
                "3: stone. | Mostly for the new church."), notes(d));
    }

    @Test
    void flattenedDigitsCitedTwiceArePlacedOnce() throws Exception {
        Document e = faithful("""
                The keeper kept a diary.1 The keeper, Amos Hird2, died in 1850, and Hird2 was buried at Elm.

                Notes
                1. Now in the county library. ↩
                2. Born 1790. ↩ ↩2
                """);
        assertEquals(List.of("1: diary. | Now in the county library. ↩", "2: Hird | Born 1790. ↩ ↩2"), notes(e));
        assertTrue(e.toXML().contains("and Hird2 was"), e.toXML());
    }

    /** Trap: an enumeration numbered with slashes, its items in lower case, is no typescript's notes. */
    @Test
    void aSlashEnumerationInLowerCaseIsNoNotes() throws Exception {
        Document d = faithful("""
                The council chose the lower site, because:

                1/ the ground there drains to the river;

                2/ the road is already made, and the cost is half.

                Work began in May.
                """);
        assertEquals(List.of(), notes(d));
        assertTrue(d.toXML().contains("1/ the ground"), d.toXML());
    }

    /**
     * Traps: question numbers glued to one letter ({@code Q1}, {@code Q3}) and a decimal going on after its stop
     * ({@code 4.2,}) name 1, 2, 3 in order before a numbered list, but a code and a decimal are no marks.
     */
    @Test
    void questionNumbersAndDecimalsBeforeANumberedListAreText() throws Exception {
        Document d = faithful("""
                Q1 Chair: How many locks are there?

                Witness: Forty, as table 4.2, on page 9, shows.

                Q3 Chair: And how are they kept?

                Witness: In three ways:

                1. a survey each spring;
                2. a repair list;
                3. a diver after floods.

                Q4 Chair: Thank you.
                """);
        assertEquals(List.of(), notes(d));
        // the question's number stays text (now the turn's furniture, before its speaker: <fw>Q3</fw><speaker>Chair)
        assertTrue(d.toXML().contains("table 4.2, on") && d.toXML().matches("(?s).*>Q3<.*>Chair<.*"), d.toXML());
    }

    /** Traps: glued digits that do not name the numbered lines in order are text (a model, a decimal, a mill's number). */
    @Test
    void gluedDigitsOutOfStepAreText() throws Exception {
        Document d = faithful("""
                The B2 engine gave 7.5 horse-power, in Mill No. 2 as in Mill3.

                1 The engine was sold in 1902.
                2 The mill burned in 1911.
                """);
        assertEquals(List.of(), notes(d));
        assertTrue(d.toXML().contains("B2 engine") && d.toXML().contains("7.5 horse") && d.toXML().contains("Mill3."), d.toXML());
    }

    /** Traps: asterisks that hide a name, after an initial ({@code P***}) or a title ({@code Baron ***,}), are no marks. */
    @Test
    void asterisksHidingANameAreNoMarks() throws Exception {
        Document d = faithful("""
                We came to the village of P***, where the priest had left.* Baron ***, the landlord, asked
                whether we played chess.**

                ────────
                * He had gone to the monastery.
                ** Chess is a theme of the book.
                """);
        assertEquals(List.of("*: left. | He had gone to the monastery.", "**: chess. | Chess is a theme of the book."), notes(d));
        assertTrue(d.toXML().contains("P***,") && d.toXML().contains("Baron ***,"), d.toXML());
    }
}
