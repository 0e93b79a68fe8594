package org.teikit.convert.dates;

import org.junit.jupiter.api.Test;
import org.teikit.convert.dates.DateParser;
import org.teikit.convert.dates.IsoDate;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class DateParserTest {

    @Test
    void normalisesTheDateFormsOfTheSources() {
        assertEquals(Optional.of("1944-06-11"), DateParser.parse("June 11, 1944"));
        assertEquals(Optional.of("1949-12-16"), DateParser.parse("16 December 1949"));
        assertEquals(Optional.of("1945-07"), DateParser.parse("July 1945"));
        assertEquals(Optional.of("1944-09-23"), DateParser.parse("44 09-23"));
        assertEquals(Optional.of("--12-31"), DateParser.parse("31/XII"));
        assertEquals(Optional.of("1957"), DateParser.parse("1957"));
        assertEquals(Optional.of("1944-06-11"), DateParser.parse("June 11, 1944,"));
    }

    @Test
    void rejectsImpossibleCalendarDates() {
        assertEquals(Optional.empty(), DateParser.parse("February 30, 1944"));
        assertEquals(Optional.empty(), DateParser.parse("32/XII"));
        assertEquals(Optional.empty(), DateParser.parse("Stalin"));
    }

    @Test
    void findsDatesInRunningTextPreferringTheMostPreciseReading() {
        List<IsoDate> found = DateParser.find("Sent on August 4, 1941 and received in September 1941.");
        assertEquals(List.of("1941-08-04", "1941-09"), found.stream().map(IsoDate::iso).toList());
        assertEquals("August 4, 1941", "Sent on August 4, 1941 and".substring(found.get(0).start(), found.get(0).end()));
    }
}
