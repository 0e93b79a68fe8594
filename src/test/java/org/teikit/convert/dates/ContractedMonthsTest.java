package org.teikit.convert.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Month names as 18th- and 19th-century hands and prints contract them, read by one rule rather than a list. */
class ContractedMonthsTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "Feby 9th 1858|1858-02-09",
            "Jany 21 1847|1847-01-21",
            "Octr 30th 1799|1799-10-30",
            "Novr 2d 1812|1812-11-02",
            "Decr 24 1840|1840-12-24",
            "Septr 7th 1803|1803-09-07",
            "Augt 15 1851|1851-08-15",
            "Febry 4 1790|1790-02-04",
            "Septbr 11th 1824|1824-09-11",
            "Apl 3 1860|--",
            "Feb^y^ 12th 1866|1866-02-12",
            "Oct.r 5 1791|1791-10-05",
            "19th Novr 1832|1832-11-19",
            "NOVR 3 1855|1855-11-03",
    })
    void aContractionOfTheNameIsTheMonth(String text, String iso) {
        assertEquals(iso.equals("--") ? Optional.empty() : Optional.of(iso), DateParser.parse(text));
    }

    @Test
    void continentalNamesContractTheSameWay() {
        assertEquals(Optional.of("1790-02-07"), DateParser.parse("7. Febr. 1790"), "German Februar");
        assertEquals(Optional.of("1788-09-03"), DateParser.parse("3 settbre 1788"), "Italian settembre");
    }

    @ParameterizedTest(name = "''{0}'' is no date")
    @ValueSource(strings = {"Marching 3 1862", "Mayor 4 1871", "Junior 2 1902", "Augur 12 1860", "Decree 7 1790",
            "Octet 3 1899", "Marshal 21 1805", "Julius 3 1822"})
    void wordsThatBeginLikeAMonthAreNone(String text) {
        assertTrue(DateParser.parse(text).isEmpty(), text);
        assertTrue(DateParser.find(text).isEmpty(), text);
    }

    @Test
    void theRuleNeedsTheNamesLastLetterAndItsOrder() {
        var names = java.util.List.of("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december");
        assertEquals(2, DateParser.contracted("feby", names));
        assertEquals(0, DateParser.contracted("febu", names), "ends on no letter the name ends with");
        assertEquals(0, DateParser.contracted("octbe", names), "ends on e, not the name's last r");
        assertEquals(0, DateParser.contracted("decerm", names), "m after r: out of the name's order");
    }
}
