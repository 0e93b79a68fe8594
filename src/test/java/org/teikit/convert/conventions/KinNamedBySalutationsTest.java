package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A title naming the recipient by kinship alone ({@code to his mother}) whose salutations, where they name anyone, all
 * name one person: letters saluting by kinship or endearment are to that person too; where they name two people, no
 * letter is given either's name.
 */
class KinNamedBySalutationsTest {
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    @Test
    void theOneNameTheSalutationsGiveIsTheKinsman() throws Exception {
        Document d = convert("""
                Letters of Robert Lyle to his wife, 1900

                ---

                Cape Town, January 4th, 1900.

                My dearest Jean,

                We landed this morning in a gale.

                Your loving husband,
                R. L.

                ---

                De Aar, February 2nd, 1900.

                Dearest Jean,

                Still waiting for the guns.

                Your loving husband,
                R. L.

                ---

                Modder River, March 1st, 1900.

                My own darling,

                The relief is done, and I am whole.

                Your loving husband,
                R. L.
                """);
        assertEquals(List.of("Jean", "Jean", "Jean"), values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void twoNamesGreetedLeaveTheKinshipAsTheTitlePrintsIt() throws Exception {
        // trap: the salutations name Jean and Effie; the endearment is to neither for certain
        Document d = convert("""
                Letters of Robert Lyle to his family, 1900

                ---

                Cape Town, January 4th, 1900.

                My dearest Jean,

                We landed this morning in a gale.

                Your loving husband,
                R. L.

                ---

                De Aar, February 2nd, 1900.

                Dearest Effie,

                Tell your mother the guns have come.

                Your loving father,
                R. L.

                ---

                Modder River, March 1st, 1900.

                My own darlings,

                The relief is done, and I am whole.

                Your loving
                R. L.
                """);
        assertEquals(List.of("Jean", "Effie"), values(d, RECEIVED + "/t:persName").subList(0, 2));
        assertEquals(false, values(d, RECEIVED + "/t:persName").get(2).matches("Jean|Effie"));
    }
}
