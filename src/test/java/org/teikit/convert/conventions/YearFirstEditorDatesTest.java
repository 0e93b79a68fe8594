package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.faithful;
import static org.teikit.convert.conventions.GenericConversion.values;

/** An editor's date over a letter with the year first, as calendars and editions of early letters print it. */
class YearFirstEditorDatesTest {

    private static final String EDITION = """
            THE WYNDHAM PAPERS

            XIV.

            ANNE WYNDHAM TO HER SON THOMAS.

            [1642, 3 March.]

            To my welbeloved sone Thomas Wyndham at Oxford be these.

            Sone, I grete yow wel and send yow by the carrier a cheese and vj s. for your gown.
            Your father is at Bristow about the shipp.

            Your lovyng moder ANNE WYNDHAM.

            XV.

            THOMAS WYNDHAM TO HIS MOTHER.

            [1642, April 9.]

            Right worshipfull moder, I have your cheese and your letter and thank yow for bothe.
            The colledge is full of souldiers and we have no lectures.

            Your obedient sone THOMAS WYNDHAM.

            XVI.

            ANNE WYNDHAM TO HER SON THOMAS.

            [1642, about Midsummer; the endorsement is later.]

            Sone, your father is come home and is sore vexed with the bargeman.

            Your lovyng moder ANNE WYNDHAM.
            """;

    @Test
    void aYearFirstBracketUnderTheHeadingDatesTheLetter() throws Exception {
        Document d = faithful(EDITION);
        assertEquals(3, values(d, "//t:div[@type='letter']").size());
        // the third bracket is the editor's remark, no day: that letter stays without a day rather than being given one
        assertEquals(List.of("1642-03-03", "1642-04-09"), values(d, "//t:correspAction[@type='sent']/t:date/@when"));
    }
}
