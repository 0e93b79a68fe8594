package org.teikit.convert.dates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The day, the month in Roman numerals and the year: {@code 7.XI.1936}, {@code 19-III-1908}, {@code 4 VI 1927}. */
class RomanMonthDatesTest {

    @Test
    void readsADayARomanMonthAndAYear() {
        assertEquals(List.of("1936-11-07"), isos(DateParser.find("Kraków, 7.XI.1936")));
        assertEquals(List.of("1908-03-19"), isos(DateParser.find("Brno 19-III-1908")));
        assertEquals(List.of("1927-06-04"), isos(DateParser.find("Lwów, 4 VI 1927 r.")));
        assertEquals(List.of("1899-12-31"), isos(DateParser.find("Wien, am 31. XII. 1899")));
        assertEquals(List.of("1950-02-09"), isos(DateParser.find("le 9/II/1950")));
        assertEquals("1914-01-01", DateParser.parse("1.I.1914").orElseThrow());
    }

    @Test
    void aDayAndARomanMonthWithoutTheYearIsADayOfTheYear() {
        assertEquals("--10-22", DateParser.monthDay("Padova, 22.X").orElseThrow().iso());
        assertEquals("--05-06", DateParser.monthDay("6-V").orElseThrow().iso());
    }

    @Test
    void romanNumbersThatAreNoMonthsAreNoDates() {
        // a chapter and its section, a volume and its page: no day stands before the numeral
        assertTrue(DateParser.find("see Chapter IV.2 and Vol. III-12 of 1911").stream().noneMatch(d -> d.iso().contains("-")));
        // thirteen is no month; a day that no month has is no date
        assertTrue(DateParser.find("il 3.XIII.1921").isEmpty());
        assertTrue(DateParser.find("il 31.IV.1921").isEmpty());
        // mixed separators, a number glued before the day, a word after the year
        assertTrue(DateParser.find("room 12.3.IV.1921").isEmpty());
        assertTrue(DateParser.monthDay("fila VII, lire 24").isEmpty());
        assertTrue(DateParser.monthDay("capitolo 3 VII").isEmpty());
    }

    private static List<String> isos(List<IsoDate> found) {
        return found.stream().map(IsoDate::iso).toList();
    }
}
