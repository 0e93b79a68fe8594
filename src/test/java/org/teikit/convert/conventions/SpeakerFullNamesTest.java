package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** Short labels (initials, a title and a surname) take the one full name the text outside the speeches prints for them. */
class SpeakerFullNamesTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");

    @Test
    void initialsTakeTheFullNameTheStandfirstPrints() throws Exception {
        Document d = convert("""
                A life on the canal

                Talk recorded by Nora Pell at the lock cottage. Tobias Wrenn worked the boats for forty years.

                NP: When did you start?

                TW: At nine. My father's boat, the Heron.

                NP: And school?

                TW: Winters only.
                """);
        assertTrue(persNames(d, "NP").contains("Nora Pell"), persNames(d, "NP").toString());
        assertTrue(persNames(d, "TW").contains("Tobias Wrenn"), persNames(d, "TW").toString());
    }

    @Test
    void aTitleAndSurnameTakeTheFullNameOfTheHeadingAboveThem() throws Exception {
        Document d = convert("""
                The CHAIRMAN. We will hear the first witness.

                TESTIMONY OF MARTHA L. QUILLAN, TREASURER, MILL WORKERS' UNION

                Mrs. QUILLAN. Thank you. Our members ask for one thing.

                The CHAIRMAN. Which is?

                Mrs. QUILLAN. A fair rate.

                The CHAIRMAN. Thank you.
                """);
        assertTrue(persNames(d, "Mrs. QUILLAN").contains("MARTHA L. QUILLAN"), persNames(d, "Mrs. QUILLAN").toString());
    }

    @Test
    void initialsThatFitTwoPrintedNamesTakeNeither() throws Exception {
        Document d = convert("""
                Notes by Ruth Dale, with Robert Dunne present.

                RD: Shall we begin?

                TW: Yes.

                RD: Good.

                TW: Go on.
                """);
        assertFalse(persNames(d, "RD").contains("Ruth Dale"));
        assertFalse(persNames(d, "RD").contains("Robert Dunne"));
        assertEquals(List.of("RD"), persNames(d, "RD"));
    }

    private static List<String> persNames(Document d, String speaker) {
        Nodes n = d.query("//t:sp[t:speaker='" + speaker + "']/@who", TEI);
        assertTrue(n.size() > 0, "no turn of " + speaker);
        return values(d, "//t:person[@xml:id='" + n.get(0).getValue().substring(1) + "']/t:persName");
    }
}
