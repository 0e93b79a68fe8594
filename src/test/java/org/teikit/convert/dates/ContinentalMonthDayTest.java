package org.teikit.convert.dates;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A day and month without year in the day-first languages: {@code Rouen, ce 7 juillet}, {@code den 3. Oktober}. */
class ContinentalMonthDayTest {

    @Test
    void readsADayAndAMonthOfTheDayFirstLanguages() {
        assertEquals("--07-07", DateParser.monthDay("Rouen, ce 7 juillet").orElseThrow().iso());
        assertEquals("--05-01", DateParser.monthDay("le 1er mai").orElseThrow().iso());
        assertEquals("--10-03", DateParser.monthDay("Leipzig, den 3. Oktober").orElseThrow().iso());
        assertEquals("--02-18", DateParser.monthDay("Sevilla, 18 de febrero").orElseThrow().iso());
    }

    @Test
    void aNumberBeforeAWordThatIsNoMonthIsNoDate() {
        assertTrue(DateParser.monthDay("Livré 3 caisses et 12 tonneaux").isEmpty());
        assertTrue(DateParser.monthDay("den 4. Mann der Wache").isEmpty());
        // two dates: no one day is meant
        assertTrue(DateParser.monthDay("entre le 2 avril et le 9 mai").isEmpty());
    }
}
