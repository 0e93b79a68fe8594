package org.teikit.convert.dates;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates written with slashes, read only where their order is plain, dates written year first, contracted month names. */
class SlashedAndYearFirstDatesTest {
    @Test
    void aSlashedDateIsReadWhereOneNumberCanOnlyBeTheDay() {
        assertEquals(Optional.of("1887-03-14"), DateParser.parse("14/3/1887"), "14 cannot be a month: day first");
        assertEquals(Optional.of("1887-03-14"), DateParser.parse("3/14/1887"), "14 cannot be a month: month first");
        assertEquals(Optional.empty(), DateParser.parse("3/4/1887"), "3 April or March 4: the text does not say");
    }

    @Test
    void aYearFirstDateIsReadButNotAReceivingStamp() {
        assertEquals(Optional.of("1887-08-02"), DateParser.parse("1887 August 2"));
        assertEquals(List.of(), DateParser.find("RECEIVED 1887 AUG 2 PM 4 10"),
                "a telegraph office's receiving stamp (date, then the time) is not the message's date");
    }

    @Test
    void contractedMonthNamesOfOldLettersAreRead() {
        assertEquals(Optional.of("1812-11-20"), DateParser.parse("Novbr 20th 1812"));
        assertEquals(Optional.of("1812-09-03"), DateParser.parse("3d Septr 1812"));
        assertEquals(Optional.of("1813-02-01"), DateParser.parse("Febry 1, 1813"));
    }
}
