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

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?";
    /** A date in words, day first: {@code 14 February 1891}, {@code 27th of April}. */
    private static final Pattern WORDS_DAY_FIRST = Pattern.compile("(?<![\\d/.])\\b\\d{1,2}(?:st|nd|rd|th|d)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{4}\\b");
    /** A date in words, month first: {@code February 14, 1891}, {@code April 27th 1891}. */
    private static final Pattern WORDS_MONTH_FIRST = Pattern.compile("\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th|d)?,?\\s+\\d{4}\\b");

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
        // no date in figures shows its order: the dates in words do, as the writer or editor orders day and month
        // ("14 February 1891" beside "27th April 1891": day first), where they all agree
        int wordsDayFirst = 0, wordsMonthFirst = 0, wordsLine = 0;
        for (Block b : blocks) {
            Matcher dm = WORDS_DAY_FIRST.matcher(b.plain()), md = WORDS_MONTH_FIRST.matcher(b.plain());
            while (dm.find()) if (wordsDayFirst++ == 0) wordsLine = b.line();
            while (md.find()) wordsMonthFirst++;
        }
        if (dayFirst == 0 && monthFirst == 0 && wordsDayFirst >= 2 && wordsMonthFirst == 0) {
            explain.decided(wordsLine, "letters", "no date in figures shows its order, but the dates in words put the day first ("
                    + wordsDayFirst + " such, none the month first): an ambiguous date in figures is read day first");
            return NumericOrder.DAY_FIRST;
        }
        if (dayFirst == 0 && monthFirst == 0 && wordsMonthFirst >= 2 && wordsDayFirst == 0) {
            explain.decided(blocks.isEmpty() ? 0 : blocks.get(0).line(), "letters", "no date in figures shows its order, but the dates in words put the month first ("
                    + wordsMonthFirst + " such, none the day first): an ambiguous date in figures is read month first");
            return NumericOrder.MONTH_FIRST;
        }
        return NumericOrder.UNKNOWN;
    }
}
