package org.teikit.convert.conventions.letters;

import org.teikit.convert.conventions.Explanation;
import org.teikit.convert.dates.NumericOrder;
import org.teikit.source.Block;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a document writes its dates in figures day first ({@code 13/3/98}) or month first ({@code 3/13/98}): read
 * from its own dates whose order their numbers show (one above 12). {@code 12/03/98} alone says nothing; beside a
 * {@code 17/03/2003} in the same document it is the 12th of March. A document that shows both orders, or neither,
 * reads no ambiguous date.
 */
final class NumericDateOrder {
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.\\-])(\\d{1,2})([/\\-])(\\d{1,2})\\2(\\d{2}|\\d{4})(?![\\d/\\-])");

    private NumericDateOrder() {}

    static NumericOrder of(List<Block> blocks, Explanation explain) {
        int dayFirst = 0, monthFirst = 0, line = 0, monthLine = 0;
        String shown = "", monthShown = "";
        for (Block b : blocks) {
            Matcher m = NUMERIC.matcher(b.plain());
            while (m.find()) {
                int a = Integer.parseInt(m.group(1)), c = Integer.parseInt(m.group(3));
                if (a > 12 && a <= 31 && c >= 1 && c <= 12) {
                    if (dayFirst++ == 0) { shown = m.group(); line = b.line(); }
                } else if (c > 12 && c <= 31 && a >= 1 && a <= 12) {
                    if (monthFirst++ == 0) { monthShown = m.group(); monthLine = b.line(); }
                }
            }
        }
        if (dayFirst > 0 && monthFirst == 0) {
            explain.decided(line, "letters", "the document writes its dates in figures day first ('" + shown
                    + "', " + dayFirst + " such): an ambiguous one is read so");
            return NumericOrder.DAY_FIRST;
        }
        if (monthFirst > 0 && dayFirst == 0) {
            explain.decided(monthLine, "letters", "the document writes its dates in figures month first ('" + monthShown
                    + "', " + monthFirst + " such): an ambiguous one is read so");
            return NumericOrder.MONTH_FIRST;
        }
        return NumericOrder.UNKNOWN;
    }
}
