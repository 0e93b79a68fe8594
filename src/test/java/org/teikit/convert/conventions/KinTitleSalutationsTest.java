package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A collection titled by the writer's kin ({@code letters to his wife}) whose salutations name the person greeted;
 * a dateline whose place takes two lines; a rule after the closing that ends the letter's own text.
 */
class KinTitleSalutationsTest {

    private static final String FAMILY = """
            Letters of Sapper Tom Bewick to his wife, 1917

            ---

                                In billets
                                March 3rd 1917

            Dear Ada,

            The rain has stopped at last and we have dry boots.

            Your loving husband
            Tom

            ---

            Form B. 104, printed, filled in by the depot.

            Regimental number: 40112
            Remarks: none

            ---

                                No. 4 Stationary Hospital,
                                Arques.
                                9th March 1917.

            Dear Mrs. Bewick,

            Your husband is here with a sprained ankle and is doing well.

            Yours faithfully,
            J. Pell
            Chaplain

            ---

                                Rothbury
                                March 14th 1917

            My own dear Tom,

            The children send their kisses and the hens are laying.

            Your ever loving wife
            Ada
            """;

    @Test
    void aSalutationThatNamesThePersonGreetedOutweighsTheTitlesKin() throws Exception {
        Document d = convert(FAMILY);
        assertEquals(List.of("Ada", "Mrs. Bewick", "Tom"), values(d, "//t:correspAction[@type='received']/t:persName"),
                "\"Dear Ada\" names her; the title's \"his wife\" is no name");
        assertEquals(List.of("Sapper Tom Bewick", "J. Pell", "Ada"), values(d, "//t:correspAction[@type='sent']/t:persName"));
    }

    @Test
    void aRuleAfterTheClosingEndsTheLettersOwnText() throws Exception {
        Document d = convert("""
                Bewick family papers

                                    In billets
                                    March 3rd 1917

                Dear Ada,

                The rain has stopped at last and we have dry boots.

                Your loving husband
                Tom

                ---

                Form B. 104, printed, filled in by the depot.

                Regimental number: 40112

                Unit: 9th Field Company

                Casualty: none

                Remarks: forwarded

                Stamp: DEPOT HEXHAM

                ---

                                    Rothbury
                                    March 14th 1917

                My own dear Tom,

                The hens are laying.

                Your ever loving wife
                Ada
                """);
        assertEquals(List.of("Tom", "Ada"), values(d, "//t:correspAction[@type='sent']/t:persName"),
                "the signature above the rule is the first letter's; the form printed after it has none");
    }

    @Test
    void aDatelineWhosePlaceTakesTwoLinesBeginsALetter() throws Exception {
        Document d = convert(FAMILY);
        assertEquals(List.of("1917-03-03", "1917-03-09", "1917-03-14"), values(d, "//t:correspAction[@type='sent']/t:date/@when"));
    }

    @Test
    void aSalutationOfKinWordsKeepsTheTitlesKin() throws Exception {
        Document d = convert("""
                Letters of Ivar Lund to his parents, 1881

                Chicago, May 2, 1881

                Dear Father and Mother-in-law,

                The work at the yards is hard but the pay is good.

                Your son
                Ivar

                Chicago, June 9, 1881

                Dear old Mother,

                I have moved to a better room.

                Your son
                Ivar
                """);
        assertEquals(List.of("his parents", "his parents"), values(d, "//t:correspAction[@type='received']/t:persName"),
                "kin words and endearments name the relation the title names, no other person");
    }
}
