package org.teikit.convert.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain style of the Society of Friends, which numbers the months instead of naming them. */
class FriendsDatesTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "5th month 12th, 1794|1794-05-12",
            "5th mo. 12th 1794|1794-05-12",
            "12th of 5th mo. 1794|1794-05-12",
            "28th of 5th mo., 1794|1794-05-28",
            "3rd day of Fourth Month, 1801|1801-04-03",
            "11th month 2nd, 1795|1795-11-02",
            "1st of 12th month 1800|1800-12-01",
    })
    void numberedMonthsWithTheirYear(String text, String iso) {
        assertEquals(Optional.of(iso), DateParser.parse(text));
    }

    @Test
    void withoutAYearTheyAreADayOfAMonth() {
        assertEquals("--07-03", DateParser.monthDay("Fifth-day, 3rd of 7th mo.").orElseThrow().iso());
        assertEquals("--04-09", DateParser.monthDay("4th mo. 9th").orElseThrow().iso());
    }

    @Test
    void ordinalsInRunningTextAreNoDates() {
        // "the 9th month" has no day; "months" is no month; "the 2nd" has no month; the 13th month does not exist
        assertEquals(List.of(), DateParser.find("when thou comest in the 9th month, or after the 4th and 5th months, as on the 2nd"));
        assertEquals(Optional.empty(), DateParser.parse("13th month 2nd, 1795"));
        assertEquals(Optional.empty(), DateParser.parse("2nd month 30th, 1795"));
        assertTrue(DateParser.monthDay("the 9th month").isEmpty());
    }
}
