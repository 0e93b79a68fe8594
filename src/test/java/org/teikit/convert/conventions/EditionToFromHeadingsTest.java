package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A scholarly edition of one person's correspondence numbers its letters {@code 57. To X} and {@code 58. From X}, the
 * edited person the other party; the title names her on its own line above the volume's; a correspondent dates in
 * figures ({@code Leiden, 4/5/02}) where the edition's own dates in words show the day first.
 */
class EditionToFromHeadingsTest {
    private static final String SENT = "//t:correspAction[@type='sent']";
    private static final String RECEIVED = "//t:correspAction[@type='received']";

    private static final String EDITION = """
            THE CORRESPONDENCE OF AGATHA MERRIDEW
            Volume 3: 1900-1904

            57. To Pieter Hasselt

                                    Cambridge Observatory
                                    21 April 1902

            Dear Dr Hasselt,

            The plates arrived unbroken, and I have measured the first six.

            Yours sincerely
            A. Merridew

            58. From Pieter Hasselt

                                    Leiden, 4/5/02

            Dear Miss Merridew,

            I am glad the plates travelled well; the seventh follows next week.

            Yours very truly
            P. Hasselt

            59. To the Astronomer Royal

                                    Cambridge Observatory
                                    Madingley Road
                                    12th June 1902

            Sir,

            I beg to submit the enclosed measures for the Monthly Notices.

            I am, Sir, your obedient servant,
            Agatha Merridew
            """;

    @Test
    void theEditedPersonIsTheOtherPartyNamedByTheTitleLineAlone() throws Exception {
        Document d = convert(EDITION);
        assertEquals(List.of("AGATHA MERRIDEW", "Pieter Hasselt", "AGATHA MERRIDEW"), values(d, SENT + "/t:persName"));
        assertEquals(List.of("Pieter Hasselt", "AGATHA MERRIDEW", "the Astronomer Royal"), values(d, RECEIVED + "/t:persName"));
    }

    @Test
    void aDateInFiguresIsReadInTheOrderTheDatesInWordsShow() throws Exception {
        Document d = convert(EDITION);
        assertEquals(List.of("1902-04-21", "1902-05-04", "1902-06-12"), values(d, SENT + "/t:date/@when"));
    }

    /** The look-alike: where the edition writes its dates month first, the same figures are the 5th of April. */
    @Test
    void datesInWordsMonthFirstReadTheFiguresSo() throws Exception {
        Document d = convert(EDITION.replace("21 April 1902", "April 21, 1902").replace("12th June 1902", "June 12, 1902"));
        assertEquals(List.of("1902-04-21", "1902-04-05", "1902-06-12"), values(d, SENT + "/t:date/@when"));
    }
}
