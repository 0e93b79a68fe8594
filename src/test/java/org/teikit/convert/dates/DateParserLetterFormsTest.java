package org.teikit.convert.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teikit.convert.conventions.letters.LetterParts;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateParserLetterFormsTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "June 11, 1944|1944-06-11",
            "16 December 1949|1949-12-16",
            "44 09-23|1944-09-23",
            "31/XII|--12-31",
            "July 1945|1945-07",
            "Sent on August 4, 1941|1941-08-04",
            "Received on September 30, 1941|1941-09-30",
            "September 23, 1944.|1944-09-23",
    })
    void readsTheFormsTheLettersUse(String text, String iso) {
        assertEquals(Optional.of(iso), DateParser.parse(text));
    }

    @Test
    void impossibleDaysAndRunningTextAreNotDates() {
        assertEquals(Optional.empty(), DateParser.parse("February 30, 1944"));
        assertEquals(Optional.empty(), DateParser.parse("Sent on the next boat"));
        assertEquals(Optional.empty(), DateParser.parse("the talks of June 11, 1944 ended"));
    }

    @Test
    void datelinesSplitIntoPlaceAndDate() {
        var k = LetterParts.dateline("Kuibyshev, November 2, 1941").orElseThrow();
        assertEquals("Kuibyshev", k.placeName());
        assertEquals("1941-11-02", k.when());
        var m = LetterParts.dateline("□[Moscow,] June 11, 1944,").orElseThrow();
        assertEquals("Moscow", m.placeName());
        assertEquals("1944-06-11", m.when());
        assertEquals("", LetterParts.dateline("Sent on August 4, 1941").orElseThrow().placeName());
        assertEquals(Optional.empty(), LetterParts.dateline("The meeting on June 11, 1944 was long and covered many subjects."));
    }
}
