package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/** A dateline giving the day in both styles with a stroke ({@code 19 March/30 March 1698}): the New Style day is the date. */
class DoubleDayDatelinesTest {
    private static final String SENT = "//t:correspAction[@type='sent']";

    private static final String LETTERS = """
            No. 4.  Mr. Stanyan to Lord Paget.

                                          Vienna, %s

            My Lord,

            The courier is not yet come from Belgrade.

            I am, my Lord, your most obedient servant,
            A. Stanyan.

            No. 5.  Lord Paget to Mr. Stanyan.

                                          Pera, 2 April 1698.

            Sir,

            I have yours of the last month.

            Your humble servant,
            Paget.
            """;

    @Test
    void theDayAfterTheStrokeIsTheDate() throws Exception {
        for (String dated : List.of("19 March/30 March 1698.", "March 19/March 30, 1698.")) {
            Document d = convert(LETTERS.formatted(dated));
            assertEquals(List.of("1698-03-30", "1698-04-02"), values(d, SENT + "/t:date/@when"), dated);
        }
    }

    /** The look-alike: a date in figures with strokes is no double day. */
    @Test
    void aDateInFiguresStands() throws Exception {
        Document d = convert(LETTERS.formatted("30/3/1698."));
        assertEquals("1698-04-02", values(d, SENT + "/t:date/@when").get(values(d, SENT + "/t:date/@when").size() - 1));
    }
}
