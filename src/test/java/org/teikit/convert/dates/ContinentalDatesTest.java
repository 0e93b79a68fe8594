package org.teikit.convert.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teikit.convert.conventions.letters.LetterParts;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** French and German print the day first, with {@code 1er} or an ordinal stop, and their own month names. */
class ContinentalDatesTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "3 mars 1862|1862-03-03",
            "1er juin 1862|1862-06-01",
            "12 Août 1870|1870-08-12",
            "25 décembre 1859|1859-12-25",
            "4. Mai 1871|1871-05-04",
            "19. März 1862|1862-03-19",
            "19. Maerz 1862|1862-03-19",
            "7. Jänner 1900|1900-01-07",
            "4. April 1871|1871-04-04",
    })
    void readsDayFirstDatesInFrenchAndGerman(String text, String iso) {
        assertEquals(Optional.of(iso), DateParser.parse(text));
    }

    @Test
    void aMonthNameWithoutDayOrAnImpossibleDayIsNoDate() {
        assertEquals(Optional.empty(), DateParser.parse("31 avril 1862"));
        assertEquals(Optional.empty(), DateParser.parse("nos lettres de mars"));
        assertEquals(Optional.empty(), DateParser.parse("le 12 avril dernier"));
    }

    @Test
    void theArticleBeforeTheDayIsNotPartOfThePlace() {
        var paris = LetterParts.dateline("Paris, le 3 mars 1862").orElseThrow();
        assertEquals("Paris", paris.placeName());
        assertEquals("1862-03-03", paris.when());
        var berlin = LetterParts.dateline("Berlin, den 4. Mai 1871").orElseThrow();
        assertEquals("Berlin", berlin.placeName());
        assertEquals("1871-05-04", berlin.when());
    }

    @Test
    void aWordEndingInAnArticleStaysThePlace() {
        // "Le Havre" and "Emden" are places, not articles before the day
        assertEquals("Le Havre", LetterParts.dateline("Le Havre, 2 juin 1862").orElseThrow().placeName());
        assertEquals("Emden", LetterParts.dateline("Emden, 2. Juni 1862").orElseThrow().placeName());
    }
}
