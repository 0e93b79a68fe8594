package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * A warrant or a set of rules numbers its articles with a word cut short, a number and its stop ({@code Art. 2.}, {@code Sec. 4. The
 * treasurer shall …}): no speaker, however often it comes back. A catechism's single letter before its number
 * ({@code Q. 1. What …}) is no such word.
 */
class NumberedArticlesTest {

    @Test
    void aShortenedWordBeforeANumberedArticleIsNoSpeaker() throws Exception {
        Document d = convert("""
                Rules of the Harbour Rowing Club, adopted at the annual meeting.

                Art. 1. Of meetings.

                Sec. 1. The club shall meet on the first Monday of each month.

                Sec. 2. The captain shall keep the boats and the key of the shed.

                Art. 2. Of dues.

                Sec. 1. The treasurer shall collect the dues before the regatta.

                Art. 3. Of the boats.

                Sec. 1. No member shall take a boat out alone after dark.

                Art. 4. Of changes.

                Sec. 1. These rules may be changed by a vote of two thirds.
                """);
        assertEquals(List.of(), values(d, "//t:sp/t:speaker"));
    }

    @Test
    void aCatechismsLetterBeforeItsNumberStillSpeaks() throws Exception {
        Document d = convert("""
                Q. 1. What is the use of a plough?

                A. To turn the soil before sowing.

                Q. 2. When should the field be ploughed?

                A. In the autumn, after the harvest.

                Q. 3. Why so early?

                A. So that the frost may break the clods.
                """);
        assertEquals(List.of("Q", "A", "Q", "A", "Q", "A"), values(d, "//t:sp/t:speaker"));
    }
}
