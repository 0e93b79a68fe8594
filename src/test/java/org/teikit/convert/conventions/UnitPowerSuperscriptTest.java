package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.faithful;

/** A superscript 2 or 3 after a number and its unit ({@code 120 m<sup>2</sup>}) is a power, not a note's mark. */
class UnitPowerSuperscriptTest {

    @Test
    void aUnitsPowerIsNoMarkButANoteAfterAWordIs() throws Exception {
        Document d = faithful("""
                The yard covers 120 m<sup>2</sup> and the cistern holds 4 m<sup>3</sup>; the plot is 2 km<sup>2</sup>.
                It was let in 1820<sup>1</sup> to a carter.

                <sup>1</sup> Lease in the estate papers.
                """);
        List<String> notes = GenericConversion.notesAfterWords(d, "//t:note[@n][parent::t:p]");
        assertEquals(List.of("1: 1820 | Lease in the estate papers."), notes);
        assertTrue(d.toXML().contains("120 m<hi rend=\"superscript\">2</hi>"), d.toXML());
    }
}
