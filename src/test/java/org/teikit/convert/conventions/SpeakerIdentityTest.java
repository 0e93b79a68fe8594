package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** One person per speaker, from the document's own evidence: a name alone, a key, a role, a record's offices. */
class SpeakerIdentityTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");

    // --- a name alone takes the one full name printed outside the speeches

    @Test
    void aSurnameAloneTakesTheOneFullNameTheNarrativePrints() throws Exception {
        Document d = convert("""
                The hearing of the Dunmere case, 1702.

                Then Margery Quint was called, and then the carter.

                Judge. What did you see?

                Quint. The cart, my Lord, and the sacks upon it.

                Judge. Whose sacks?

                Quint. Master Hobb's, I think.

                Judge. You think?

                Quint. I am sure.
                """);
        assertTrue(persNames(d, "Quint").contains("Margery Quint"), persNames(d, "Quint").toString());
        assertFalse(persNames(d, "Quint").contains("Then Margery Quint"), "a sentence's first word is no part of the name");
    }

    @Test
    void aFirstNameAloneTakesTheNameAScreenplayIntroducesInCapitals() throws Exception {
        Document d = convert("""
                INT. KITCHEN - NIGHT

                ROSA VELLUM (30s, apron) scrubs a pan. Her brother TEO MARSH leans in the doorway.

                ROSA: You are late again.

                TEO: The bus broke down.

                ROSA: It always breaks down.

                TEO: It is an old bus.
                """);
        assertTrue(persNames(d, "ROSA").contains("ROSA VELLUM"), persNames(d, "ROSA").toString());
        assertTrue(persNames(d, "TEO").contains("TEO MARSH"), persNames(d, "TEO").toString());
    }

    @Test
    void aNameAloneThatTwoPrintedNamesShareTakesNeither() throws Exception {
        Document d = convert("""
                Present at the farm were Walter Penge and his cousin Agnes Penge, with the agent.

                Penge: The north field floods every spring.

                Agent: Then drain it.

                Penge: With what money?

                Agent: The board's.
                """);
        assertEquals(List.of("Penge"), persNames(d, "Penge"));
    }

    @Test
    void aNameThatOnlyRunsOnIntoAnotherWordIsNoFullName() throws Exception {
        // "is Hollis Guilty" cut from a sentence: "Hollis Guilty" begins no printed name run, "Ned Hollis" ends one
        Document d = convert("""
                The trial of Ned Hollis at the assizes.

                The foreman was asked: is Ned Hollis Guilty or not?

                Clerk. Hollis, stand up.

                Hollis. I stand, sir.

                Clerk. How do you plead?

                Hollis. Not guilty.
                """);
        assertTrue(persNames(d, "Hollis").contains("Ned Hollis"), persNames(d, "Hollis").toString());
    }

    // --- a cast printed one entry a line

    @Test
    void aCastPrintedAsOneBlockOfShortLinesIsReadAsItsEntries() throws Exception {
        Document d = convert("""
                Personen:

                Herr Anton Greif, a miller
                Frau Ida Greif, his wife
                Mops, a dog's boy
                Dr. Lind, a physician
                Vroni, a maid of the house

                Herr Greif: The wheel has stopped again.

                Frau Greif: Then start it, Anton.

                Herr Greif: It will not start for me.

                Frau Greif: Nothing does.
                """);
        assertTrue(persNames(d, "Herr Greif").contains("Herr Anton Greif"), persNames(d, "Herr Greif").toString());
        assertTrue(persNames(d, "Frau Greif").contains("Frau Ida Greif"), persNames(d, "Frau Greif").toString());
        assertNotEquals(who(d, "Herr Greif"), who(d, "Frau Greif"));
    }

    private static String who(Document d, String speaker) {
        Nodes n = d.query("//t:sp[t:speaker='" + speaker + "' or t:speaker='" + speaker + ":' or t:speaker='" + speaker + ".']/@who", TEI);
        assertTrue(n.size() > 0, "no turn of " + speaker);
        return n.get(0).getValue().substring(1);
    }

    private static List<String> persNames(Document d, String speaker) {
        return values(d, "//t:person[@xml:id='" + who(d, speaker) + "']/t:persName");
    }
}
