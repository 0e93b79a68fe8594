package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A bundle of private letters set between rules, with no headings: a lover's and a family's salutations
 * ({@code My own Nan,}, {@code Kit darling —}), love as the closing ({@code All my love always,}), a note signed with
 * initials alone between two rules, and a dateline under a rule where the others date at the foot.
 */
class LettersBetweenRulesTest {
    private static final String SENT = "//t:correspAction[@type='sent']", RECEIVED = "//t:correspAction[@type='received']";

    private static final String BUNDLE = """
            Letters to Nan

            A bundle kept in a biscuit tin; the order is the editor's.

            * * *

            My own Nan,

            The boat was late and the rain came through the tarpaulin, but I thought of you all the way up the
            estuary and did not mind it.

            All my love always,
            Hal

            March 1921

            * * *

            Friday
            My dearest,

            Tomorrow at the lych-gate. Bring the blue scarf.

            H. J.

            * * *

            14 Quay Street
            Falmouth
            2nd May 1921

            Dear Miss Trevose,

            I write to ask your father's leave to call on Sunday, and hope you will not think it forward.

            I am, dear Miss Trevose,
            Yours sincerely,
            Harold Jenner

            * * *

            Nan darling —

            They have given me the Penryn round from June. We can be married by Michaelmas.

            Ever your own,
            Hal

            June 1921
            """;

    @Test
    void eachLetterBetweenTheRulesIsOne() throws Exception {
        Document d = convert(BUNDLE);
        assertEquals(List.of("Hal", "H. J", "Harold Jenner", "Hal"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("Nan", "Nan", "Miss Trevose", "Nan"), values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void aDatelineUnderARuleIsItsOwnLettersNotTheFootOfTheOneAbove() throws Exception {
        Document d = convert(BUNDLE);
        assertEquals(List.of("1921-03", "1921-05-02", "1921-06"), values(d, SENT + "/t:date/@when"));
    }

    /** A dateline at sea or in the field: the place after the comma opens with {@code off}, {@code before} or {@code at}. */
    @Test
    void aShipsOrACampsDatelineDatesTheLetter() throws Exception {
        Document d = convert("""
                Letters to Nan

                * * *

                H.M.S. Vigilant, off Lisbon, May 3rd, 1810.

                My own Nan,

                We lie here waiting for the convoy.

                Ever your own,
                Hal

                * * *

                Camp, before Badajoz, April 2nd, 1812.

                My own Nan,

                The siege goes slowly.

                Ever your own,
                Hal
                """);
        assertEquals(List.of("1810-05-03", "1812-04-02"), values(d, SENT + "/t:date/@when"));
    }

    /** The look-alike: a paragraph of prose between rules that happens to end on a name is no letter. */
    @Test
    void proseBetweenRulesEndingOnANameIsNoLetter() throws Exception {
        Document d = convert("""
                Notes on the parish

                * * *

                The lych-gate was rebuilt in 1887 at the cost of the churchwardens.

                Its timbers came from the old tithe barn, pulled down the year before by order of
                Mr Hosken

                * * *

                The bells were recast in 1902.
                """);
        assertEquals(0, values(d, "//t:correspDesc").size());
    }
}
