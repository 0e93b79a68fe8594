package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;

/**
 * Notes a markup processor numbers for the writer: pandoc's inline {@code ^[…]}, AsciiDoc's {@code footnote:[…]}
 * (a named one reused as {@code footnote:id[]}), reStructuredText's {@code [#]_}, {@code [#label]_} and {@code [*]_}
 * with their {@code .. [#]} definitions. Each is given the number the processor would print; look-alikes
 * (a pandoc superscript, markup shown in a code span) are no notes. Each case is checked word for word against its source.
 */
class ProcessorNumberedNotesTest {

    private static List<String> notes(Document d) {
        return GenericConversion.notesAfterWords(d, "//t:note[@type='source'][@n][parent::t:p or parent::t:item or parent::t:quote]");
    }

    @Test
    void pandocInlineNotesAreNumberedInOrder() throws Exception {
        Document d = faithful("""
                The mill pond froze in 1895.^[The coldest February on record at the vicarage.] Skaters came
                from the town^[By the new tramway, at a penny each way.] and the miller sold them tea.

                > "We had never seen such crowds."^[A letter of the miller's wife, quoted by her grandson.]
                """);
        assertEquals(List.of("1: 1895. | The coldest February on record at the vicarage.",
                "2: town | By the new tramway, at a penny each way.",
                "3: crowds.\" | A letter of the miller's wife, quoted by her grandson."), notes(d));
    }

    /** Traps: pandoc's superscript {@code m^2^}, an exponent {@code 10^[3]} and a citation are no notes; a superscript inside a note stays in it. */
    @Test
    void pandocSuperscriptsAndCitationsAreNoNotes() throws Exception {
        Document d = faithful("""
                The yard covers 40 m^2^ and held 10^[3] bricks [@ward2003, p. 9]. It was paved
                in 1904.^[See the 3^rd^ edition of the map.]
                """);
        assertEquals(List.of("1: 1904. | See the 3^rd^ edition of the map."), notes(d));
        assertTrue(d.toXML().contains("40 m^2^"), d.toXML());
    }

    @Test
    void asciidocFootnotesAndANamedOneReusedArePlacedOnce() throws Exception {
        Document d = faithful("""
                The ferry ran twice a day.footnote:[Timetable of 1911, in the parish chest.] Its fares were
                fixed by the council.footnote:fares[Council minutes, 2 May 1910.] Carts paid double
                footnote:[A cart and horse, one shilling.] and the fares did not change until 1920.footnote:fares[]
                """);
        assertEquals(List.of("1: day. | Timetable of 1911, in the parish chest.",
                "2: council. | Council minutes, 2 May 1910.",
                "3: double | A cart and horse, one shilling."), notes(d));
    }

    /** Trap: an unnamed macro with nothing in it, the word with a space before its bracket, a longer word: no notes. */
    @Test
    void asciidocLookAlikesAreNoNotes() throws Exception {
        Document d = faithful("""
                An empty footnote:[] is ignored, and so is the footnote: [with a space] or the endfootnote:[x y].
                The bridge was rebuilt.footnote:[In iron, by the county surveyor.]
                """);
        assertEquals(List.of("1: rebuilt. | In iron, by the county surveyor."), notes(d));
        assertTrue(d.toXML().contains("with a space"), d.toXML());
    }

    @Test
    void restAutoNumberedNotesTakeTheNumbersOfTheirDefinitions() throws Exception {
        Document d = faithful("""
                The dam was raised twice [#]_ before the flood of 1864, which the engineer [#rawlinson]_ had
                foreseen. The spillway was too narrow [#]_, and the valve tower [*]_ could not be reached.
                The inquiry blamed the contractor, not the engineer [#rawlinson]_.

                .. [#] In 1853 and again in 1859.
                .. [#rawlinson] Robert Rawlinson, who reported to the Home Office.
                .. [#] By some twelve feet, on the inquiry's figures.
                .. [*] Its bridge had been washed away.
                """);
        assertEquals(List.of("1: twice | In 1853 and again in 1859.",
                "2: engineer | Robert Rawlinson, who reported to the Home Office.",
                "3: narrow | By some twelve feet, on the inquiry's figures.",
                "*: tower | Its bridge had been washed away."), notes(d));
    }

    /** A definition numbered by hand keeps its number; the auto-numbered ones skip it. */
    @Test
    void restAutoNumbersSkipTheNumbersGivenByHand() throws Exception {
        Document d = faithful("""
                The kiln [1]_ burned lime, and the quay [#]_ shipped it.

                .. [1] Built in 1790.
                .. [#] Rebuilt in stone in 1822.
                """);
        assertEquals(List.of("1: kiln | Built in 1790.", "2: quay | Rebuilt in stone in 1822."), notes(d));
    }

    /** Trap: a literal block after {@code ::} shows the syntax; it neither refers nor defines, nor takes a number. */
    @Test
    void restSyntaxInALiteralBlockIsShownNotUsed() throws Exception {
        Document d = faithful("""
                Footnotes are numbered by the processor. Write them so::

                    the word [#]_ and then

                    .. [#] the text.

                The lock was built in 1794 [#]_.

                .. [#] By the canal company.
                """);
        assertEquals(List.of("1: 1794 | By the canal company."), notes(d));
        assertTrue(d.toXML().contains("the text.</p>"), d.toXML());
    }

    /** Auto-symbol notes take docutils' symbols in the order of their definitions: *, then †. */
    @Test
    void restAutoSymbolNotesTakeTheSymbolsInOrder() throws Exception {
        Document d = faithful("""
                The toll house [*]_ stood at the bridge, and the gate [*]_ was taken down in 1871.

                .. [*] Now a private house.
                .. [*] Its posts survive in the hedge.
                """);
        assertEquals(List.of("*: house | Now a private house.", "†: gate | Its posts survive in the hedge."), notes(d));
    }
}
