package org.teikit.convert.dates;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Day-first dates whose month names come from the JDK's locale data: Portuguese, Dutch, Scandinavian. */
class LocaleMonthDatesTest {
    @Test
    void portugueseMonthsWithDeAndTheOrdinalSign() {
        assertEquals(Optional.of("1880-04-12"), DateParser.parse("12 de Abril de 1880"));
        assertEquals(Optional.of("1880-03-01"), DateParser.parse("1.º de Março de 1880"));
        assertEquals(Optional.of("1880-12-25"), DateParser.parse("25 de Dezembro de 1880"));
    }

    @Test
    void dutchMonthsAndScandinavianMonths() {
        assertEquals(Optional.of("1890-03-05"), DateParser.parse("5 Maart 1890"));
        assertEquals(Optional.of("1890-05-17"), DateParser.parse("17 mei 1890"));
        assertEquals(Optional.of("1901-05-03"), DateParser.parse("3 maj 1901"));
    }

    @Test
    void dutchOrdinalDays() {
        assertEquals(Optional.of("1890-11-03"), DateParser.parse("3den November 1890"));
        assertEquals(Optional.of("1890-11-01"), DateParser.parse("1sten November 1890"));
        assertEquals(Optional.of("1890-11-20"), DateParser.parse("20ste November 1890"));
    }

    @Test
    void aWordThatNamesNoMonthMakesNoDate() {
        assertEquals(Optional.empty(), DateParser.parse("3 mannen 1890"));
    }
}
