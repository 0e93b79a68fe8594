package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** A numbered collection with no heading lines, whose title names the writer's kin: its addressee, editors' glosses, numbers. */
class CollectionTitleLettersTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    private static final String HOME = """
            LETTERS FROM THE GOLDFIELDS: JAMES MORROW TO HIS PARENTS, 1852-1853

            Translated from the Gaelic; the translator's remarks are in square brackets.

            1.

            Ballarat, 4 March 1852.

            Dear Father and Mother,

            We have a claim on the creek and the gold is coarse.

            Your son
            James

            2.

            Ballarat, the Feast of St. Patrick [i.e. 17 March] 1852.

            Dear Parents,

            The creek has flooded the claim.

            James

            3.

            [This letter is from his partner, Neil Gunn.]

            Ballarat, 2 April 1852.

            Dear Mr. and Mrs. Morrow,

            James is down with the fever but mending.

            Neil Gunn
            """;

    @Test
    void aTitleThatNamesTheWritersKinNamesTheAddresseeOfEveryLetter() throws Exception {
        Document d = convert(HOME);
        assertEquals(List.of("HIS PARENTS", "HIS PARENTS", "HIS PARENTS"),
                values(d, "//t:correspAction[@type='received']/t:persName"), "'Dear Father and Mother' are his parents");
    }

    @Test
    void anEditorsThatIsGlossGivesTheDateOfADayNamedOtherwise() throws Exception {
        Document d = convert(HOME);
        assertEquals(List.of("1852-03-04", "1852-03-17", "1852-04-02"), values(d, SENT + "/t:date/@when"));
    }

    @Test
    void theNextLettersNumberAndTheEditorsNoteAreNoPartOfTheFoot() throws Exception {
        Document d = convert(HOME);
        assertEquals(List.of("James", "James", "Neil Gunn"), values(d, SENT + "/t:persName"),
                "the signature stands above the next letter's number and the editor's note");
    }
}
