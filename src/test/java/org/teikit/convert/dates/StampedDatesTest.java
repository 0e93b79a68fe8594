package org.teikit.convert.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates as header fields and machines stamp them: weekday before, time and zone after, two-figure years, date-time groups, post-office stamps. */
class StampedDatesTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "Wed, 9 Jun 2010 17:03:55 +0200|2010-06-09",
            "Friday 21 November 1997 8.15 a.m.|1997-11-21",
            "02 February 2011 23:40|2011-02-02",
            "Sat, 2 Oct 1999 07:30 (GMT)|1999-10-02",
            "October 2, 1999 1420|1999-10-02",
            "081630Z JUN 52|1952-06-08",
            "300915A Sep 1918|1918-09-30",
            "5 NO 11|1911-11-05",
            "28 FE 1910|1910-02-28",
            "7.10.63|1963-10-07",
            "22/04/71|1971-04-22",
            "12 May 1950|1950-05-12",
    })
    void readsAStampedDate(String text, String iso) {
        assertEquals(Optional.of(iso), DateParser.stamped(text, NumericOrder.UNKNOWN, "19"));
    }

    @Test
    void anAmbiguousSlashedDateIsReadOnlyInTheDocumentsOrder() {
        assertEquals(Optional.of("1971-04-06"), DateParser.stamped("06/04/71", NumericOrder.DAY_FIRST, "19"));
        assertEquals(Optional.empty(), DateParser.stamped("06/04/71", NumericOrder.UNKNOWN, "19"), "6 April or June 4: nothing says");
        assertEquals(Optional.of("1971-06-24"), DateParser.stamped("06/24/71", NumericOrder.UNKNOWN, "19"), "24 can only be the day");
        assertEquals(Optional.of("1971-06-04"), DateParser.stamped("06/04/71", NumericOrder.MONTH_FIRST, "19"));
        assertEquals(Optional.of("1971-04-06"), DateParser.stamped("6.4.71", NumericOrder.MONTH_FIRST, "19"), "dots are day first");
        assertEquals(Optional.of("2003-03-04"), DateParser.stamped("04/03/2003 09:12", NumericOrder.DAY_FIRST, null));
    }

    @Test
    void aTwoFigureYearNeedsACentury() {
        assertEquals(Optional.empty(), DateParser.stamped("7.10.63", NumericOrder.DAY_FIRST, null));
        assertEquals(Optional.empty(), DateParser.stamped("081630Z JUN 52", NumericOrder.DAY_FIRST, null));
        assertEquals(Optional.of("1952-06-08"), DateParser.stamped("081630Z JUN 1952", NumericOrder.DAY_FIRST, null));
    }

    @Test
    void lookAlikesAreNoDates() {
        assertEquals(Optional.empty(), DateParser.stamped("10.40 a.m.", NumericOrder.DAY_FIRST, "19"), "a time alone");
        assertEquals(Optional.empty(), DateParser.stamped("Page 1 of 3", NumericOrder.DAY_FIRST, "19"));
        assertEquals(Optional.empty(), DateParser.stamped("32.13.80", NumericOrder.DAY_FIRST, "19"), "no such day");
        assertEquals(Optional.empty(), DateParser.stamped("5 NO MORE", NumericOrder.DAY_FIRST, "19"));
        assertEquals(Optional.empty(), DateParser.stamped("invoice 211/3", NumericOrder.DAY_FIRST, "19"));
        assertEquals(Optional.empty(), DateParser.stamped("the meeting of 12 May 1950 at noon went well", NumericOrder.DAY_FIRST, "19"));
    }

    @Test
    void aDateTimeGroupMayFollowTheMessagesPrecedence() {
        assertEquals(Optional.of("1968-10-03"), DateParser.stamped("P 030915Z OCT 68", NumericOrder.UNKNOWN, "19"));
        assertEquals(Optional.of("1971-02-27"), DateParser.stamped("ZZ 272340Z FEB 71", NumericOrder.UNKNOWN, "19"));
        assertEquals(Optional.of("1979-06-14"), DateParser.stamped("R 141005Z JUN 1979", NumericOrder.UNKNOWN, null));
        // a word before the group is no precedence; a precedence with no month after the group is no date
        assertEquals(Optional.empty(), DateParser.stamped("ROOM 030915Z OCT 68", NumericOrder.UNKNOWN, "19"));
        assertEquals(Optional.empty(), DateParser.stamped("O 121530Z", NumericOrder.UNKNOWN, "19"));
    }
}
