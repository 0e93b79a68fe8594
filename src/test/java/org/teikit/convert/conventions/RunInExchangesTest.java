package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A trial report's questions and answers run on in one paragraph, the printer's dash before each answer
 * ({@code ? - A.}), are each a turn; and the look-alike: a paragraph naming "A." once, with no dash that recurs.
 */
class RunInExchangesTest {

    @Test
    void runInQuestionsAndAnswersAreEachATurn() throws Exception {
        Document d = faithful("""
                301. MARY COLE was indicted for stealing a silver spoon, the goods of James Pratt.

                JAMES PRATT sworn.

                Q. Where do you live? - A. In Fetter-lane; I keep a cook's shop. Q. Did you lose
                a spoon? - A. I did, on the Monday; it lay on the counter.

                Q. Who was in the shop? - A. Only the prisoner, and a boy who went out before her.

                Court. Did you find it again? - A. At a silversmith's in Holborn, the same evening.
                """);
        assertEquals(List.of("Q", "A", "Q", "A", "Q", "A", "Court", "A"), values(d, "//t:sp/t:speaker"));
        assertEquals(List.of("Did you lose a spoon?"), values(d, "//t:sp[3]/t:p"));
    }

    /** Trap: a report that names "A." once, the dash never coming back, is prose. */
    @Test
    void aSingleMentionIsNoExchange() throws Exception {
        Document d = faithful("""
                The clerk read the depositions. Q. and A. were taken down in full, as the rule requires; the first
                witness was asked his trade - A. Smith, cooper, of Wapping. The court then rose.
                """);
        assertEquals(0, values(d, "//t:sp").size(), d.toXML());
    }
}
