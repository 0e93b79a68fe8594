package org.teikit.convert.conventions.letters;

import org.teikit.convert.dates.DateParser;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An editor's date with the year first, as calendars and editions of early letters print it over a letter
 * ({@code [1459, 28 October.]}, {@code [1611, June 4.]}): the year, a comma, then day and month in either order.
 * Only a bracket holding that date and nothing else is read (a bracket of remarks is the editor's prose).
 */
final class YearFirstDates {
    private static final Pattern YEAR_FIRST = Pattern.compile("^\\[\\s*(\\d{4}),?\\s+(\\d{1,2}\\s+\\p{L}{3,12}\\.?|\\p{L}{3,12}\\.?\\s+\\d{1,2})\\s*[.,]?\\s*]$");

    private YearFirstDates() {}

    /** The ISO day of a bracket holding only a year-first date, or nothing. */
    static Optional<String> read(String bracket) {
        Matcher m = YEAR_FIRST.matcher(bracket.strip());
        if (!m.matches()) return Optional.empty();
        return DateParser.parse(m.group(2).replaceAll("\\.$", "") + ", " + m.group(1)).filter(iso -> iso.length() == 10);
    }
}
