package org.teikit.convert.conventions.letters;

import org.teikit.convert.conventions.Explanation;
import org.teikit.convert.dates.DateParser;
import org.teikit.convert.dates.IsoDate;
import org.teikit.source.Block;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The datelines of a run of letters, read in order. A dateline printed without its year ({@code Granheim, Sunday
 * 4 March.}) takes it from the letter's heading, else from the letters before it, else from the document's title;
 * a day earlier in the year than the letter before it means the year has turned (collections print their letters
 * in order), and that decision is explained. A year of two figures ({@code 11 Jul 44}) is put in the century of the run.
 */
final class Datelines {
    static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");

    /**
     * A year of two figures after the day and month: {@code 11 Jul 44}, {@code 3 Aug. '44}, or joined to them by
     * their own dash or stop, {@code 12-VII-21}, {@code 3.IV.21}.
     */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?:[,.]?\\s+|[-.])'?(\\d{2})(?!\\d)");

    private final Explanation explain;
    private String year;
    private String last = "";

    Datelines(String titleYear, Explanation explain) {
        this.year = titleYear;
        this.explain = explain;
    }

    /** The first of a block's lines that is a dateline, its year completed. */
    Optional<LetterParts.Dateline> read(List<String> lines, String heading, int line) {
        for (String l : lines) {
            Optional<LetterParts.Dateline> d = one(l, heading, line);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** The order the document writes its dates in figures ({@link NumericDateOrder}). */
    private org.teikit.convert.dates.NumericOrder order = org.teikit.convert.dates.NumericOrder.UNKNOWN;

    void numericOrder(org.teikit.convert.dates.NumericOrder order) {
        this.order = order;
    }

    /**
     * A header field's or a machine's date ({@code 04 March 2003 09:12}, {@code 20.3.98}, {@code 141200Z MAR 44}): a
     * year of two figures is put in the century of the run.
     */
    Optional<LetterParts.Dateline> stamped(String text, int line) {
        String century = year != null && year.length() == 4 ? year.substring(0, 2) : null;
        Optional<String> iso = DateParser.stamped(text, order, century);
        if (iso.isEmpty() && century == null) {
            // "O 121512Z MAR 74" in a document printing no year in full: a sending machine's stamp, so a year not to come
            iso = DateParser.dateTimeGroupUpTo(text, java.time.Year.now().getValue());
            iso.ifPresent(d -> explain.decided(line, "letters", "the date-time group '" + text.strip() + "' has a year of two figures and the "
                    + "document prints none in full: the latest such year not after this one, " + d));
        }
        return iso.map(d -> new LetterParts.Dateline("", d, 0, 0));
    }

    /** A place and a date in figures after its comma: {@code Uppsala, 2/3/91}, {@code Wien, 14.8.66}. */
    private static final Pattern PLACE_AND_FIGURES = Pattern.compile("^(\\p{Lu}[^,\\d]{1,40}),\\s*(\\d{1,2}[./]\\d{1,2}[./](?:\\d{2}|\\d{4}))\\.?$");

    /** {@code Uppsala, 2/3/91}: the date read in the document's order of figures, a two-figure year in the run's century. */
    private Optional<LetterParts.Dateline> inFigures(String t, int line) {
        Matcher m = PLACE_AND_FIGURES.matcher(t.strip());
        if (!m.matches()) return Optional.empty();
        return stamped(m.group(2), line).map(d -> new LetterParts.Dateline(m.group(1).strip(), d.when(), m.start(2), m.end(2)));
    }

    /** A dated letter moves the running year on. */
    void advance(String when) {
        if (when.length() >= 4 && Character.isDigit(when.charAt(0))) {
            year = when.substring(0, 4);
            last = when;
        }
    }

    private Optional<LetterParts.Dateline> one(String printed, String heading, int line) {
        String text = LetterParts.withoutSeriesNumber(printed);
        var full = LetterParts.dateline(text);
        if (full.isPresent()) return full;
        String t = LetterParts.dateText(text);
        if (!LetterParts.atMostWords(t, LetterParts.DATELINE_WORDS)) return Optional.empty();
        Optional<IsoDate> md = DateParser.monthDay(t);
        if (md.isEmpty()) return inFigures(t, line);
        IsoDate d = md.get();
        Matcher shortYear = SHORT_YEAR.matcher(t.substring(d.end()));
        if (shortYear.lookingAt() && year != null && year.length() == 4
                && LetterParts.isDatelineEnd(t.substring(d.end() + shortYear.end()))) {
            // "11 Jul 44" in letters of 1944: a year of two figures, in the century of the run
            Optional<String> at = LetterParts.placeBefore(t.substring(0, d.start()));
            String when = year.substring(0, 2) + shortYear.group(1) + d.iso().substring(1);
            return at.map(p -> new LetterParts.Dateline(p, when, d.start(), d.end() + shortYear.end()));
        }
        if (!LetterParts.isDatelineEnd(t.substring(d.end()))) return Optional.empty();
        Optional<String> place = LetterParts.placeBefore(t.substring(0, d.start()));
        if (place.isEmpty()) return Optional.empty();
        Matcher y = YEAR.matcher(heading);
        String when;
        if (y.find()) when = y.group(1) + d.iso().substring(1);
        else if (year == null || year.isEmpty()) when = d.iso();
        else {
            when = year + d.iso().substring(1);
            if (!last.isEmpty() && last.length() == when.length() && when.compareTo(last) < 0) {
                String turned = (Integer.parseInt(year) + 1) + d.iso().substring(1);
                explain.decided(line, "letters", "'" + t + "' prints no year and falls before the letter dated " + last
                        + ": the year has turned, " + turned);
                when = turned;
            }
        }
        return Optional.of(new LetterParts.Dateline(place.get(), when, d.start(), d.end()));
    }

    /** The first year printed in a document's first blocks (its title, a collection's dates): the year of datelines without one. */
    static String titleYear(List<Block> blocks) {
        for (int i = 0; i < Math.min(blocks.size(), 5); i++) {
            Matcher y = YEAR.matcher(blocks.get(i).plain());
            if (y.find()) return y.group(1);
        }
        return "";
    }
}
