package org.teikit.convert.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date parser: turns the date forms the sources use into ISO 8601 values for {@code @when}.
 * Forms: {@code June 11, 1944}, {@code 22.2.1952}, {@code 16 December 1949} (ordinals too: {@code 8th September 1896}), {@code July 1945}, {@code 1 January 1950},
 * the Friends' numbered months ({@code 5th month 12th, 1794}, {@code 12th of 5th mo. 1794}),
 * day-first dates in the languages of Western Europe ({@code 3 mars 1862}, {@code 4. Mai 1871}, {@code 3 de Março de 1874}),
 * day, Roman month and year ({@code 3.IV.1921}, {@code 12-VII-1921}; {@code 5.IV} without the year in {@link #monthDay}),
 * {@code 44 09-23} (a file stamp: two-digit year, month-day), {@code 31/XII} (day/Roman month, no
 * year: {@code --12-31}), {@code 1944}; a dateline's verb may precede the date ({@code Sent on August 4,
 * 1941}, {@code Received on …}). Invalid calendar dates are not dates.
 */
public final class DateParser {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final List<String> ENGLISH_MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    /**
     * A writer's contraction of a month ({@code Feby}, {@code Octr}, {@code Septbr}; a superscript or a stop before the
     * raised letters, {@code Feb^y^}, {@code Oct.r}): the name's first three letters and a few more, which
     * {@link #contracted} checks against the name.
     */
    private static final String CONTRACTED = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
            + "(?:\\^\\p{L}{1,4}\\^|\\.\\p{Ll}{1,4}(?!\\p{L})|\\p{L}{1,5})";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
            // telegrams and routing blocks print their months in capitals: "DATED: JULY 12, 1937"
            + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC"
            + "|" + CONTRACTED + ")\\.?";
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    // "Dec the 18 1862": a writer without punctuation puts "the" before the day
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|d)?,?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th|d)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
    /**
     * French, German, Italian, Spanish, Portuguese, Dutch and Scandinavian dates print the day first, with
     * {@code 1er}, an ordinal stop or sign, or a Dutch ordinal ({@code 3 mars 1862}, {@code 4. Mai 1871},
     * {@code 1.º de Maio de 1874}, {@code den 3den November 1886}); the month is any word the JDK's locale data
     * names a month in those languages (see {@link #continentalMonth}), in any case.
     */
    private static final Pattern CONTINENTAL = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\d{1,2})(?:er|sten|ste|den|de|e|\\.?[º°ª]|o|\\.)?\\s+(?:de\\s+|di\\s+)?"
            + "(\\p{L}{3,}\\.?)"
            + ",?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
    /** {@link #CONTINENTAL} without its year: {@code 2 avril}, {@code 1er mai}, {@code 4. Mai}. */
    private static final Pattern CONTINENTAL_DM = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\d{1,2})(?:er|\\.)?\\s+(?:de\\s+|di\\s+)?(\\p{L}{3,}\\.?)(?![\\p{L}\\d])");
    /** The languages whose month names {@link #CONTINENTAL} reads, from the JDK's locale data rather than a hand list. */
    private static final List<Locale> DAY_FIRST_LANGUAGES = List.of(Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"), Locale.forLanguageTag("sv"),
            Locale.forLanguageTag("da"), Locale.forLanguageTag("nb"));
    private static final Map<String, Integer> CONTINENTAL_MONTHS = continentalMonths();
    /** {@code 22.2.1952}: day, month, year with dots, as typed in Europe (never read month first). */
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    /** {@code 21/5/1919}: read only where one number exceeds 12, so day and month cannot be taken for each other. */
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    /** {@code 1919 June 4}: the year first, as diarists and archivists write it. */
    private static final Pattern YMD = Pattern.compile("\\b(\\d{4})\\s+" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th|d)?\\b(?!\\s*\\d|\\s+[AaPp]\\.?[Mm]\\.?\\s+\\d)");
    private static final Pattern MY = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b");
    /** A month in another language and its year, as an editor dates an undated letter: {@code [Fin janvier 1689.]}, {@code März 1871}. */
    private static final Pattern CONTINENTAL_MY = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\p{L}{3,})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern STAMP = Pattern.compile("^(\\d{2})\\s+(\\d{2})-(\\d{2})$");
    private static final Pattern ROMAN_DM = Pattern.compile("\\b(\\d{1,2})/(X{0,1}(?:IX|IV|V?I{0,3}))\\b");
    /** A month in Roman numerals, I to XII (XIII and more are no months), longest first. */
    private static final String ROMAN_MONTH = "(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)";
    /**
     * {@code 3.IV.1921}, {@code 12-VII-1921}, {@code 3. IV. 1921}, {@code 3 IV 1921}: the day, the month in Roman
     * numerals and the year, as Italian, Polish, Czech, German and French writers date letters. The day comes first
     * and the year is whole, so {@code Chapter IV.2} and {@code Vol. III-12} are no dates; the separators agree.
     */
    private static final Pattern ROMAN_DMY = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,2})(\\.\\s?|-|/|\\s)" + ROMAN_MONTH
            + "(?:\\2|\\.\\s)(\\d{4})(?![\\d\\p{L}])");
    /** {@code 5.IV}, {@code 12-VII}: a day and a Roman month without the year (see {@link #monthDay}). */
    private static final Pattern ROMAN_DM_DOTTED = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,2})(?:\\.\\s?|-)" + ROMAN_MONTH
            + "(?![\\p{L}\\d])");
    private static final Pattern YEAR = Pattern.compile("^(1[5-9]\\d\\d|20\\d\\d)$");
    /** The verbs printed editions put before a message's date. */
    private static final Pattern DATELINE_VERB = Pattern.compile(
            "^(?:sent|received|dated|despatched|dispatched|delivered|handed over|written)(?:\\s+on)?\\s+",
            Pattern.CASE_INSENSITIVE);

    /**
     * The plain style of the Society of Friends, which numbers the months: {@code 5th month 12th, 1794},
     * {@code 5th mo. 12th 1794}, {@code 12th of 5th mo. 1794}, {@code 12th day of Fifth Month 1794}. The month
     * is an ordinal followed by {@code month} or {@code mo.}; a bare ordinal ("the 9th month") has no day.
     */
    private static final String ORDINAL_MONTH = "(\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
            + "[\\s-]+(?:month|mo\\.?)(?![\\p{L}])";
    private static final Pattern QUAKER_MD = Pattern.compile("(?i)\\b" + ORDINAL_MONTH + ",?\\s+(\\d{1,2})(?:st|nd|rd|th|d)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern QUAKER_DM = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th|d)?\\s+(?:day\\s+)?of\\s+(?:the\\s+)?" + ORDINAL_MONTH
            + "(?:,?\\s+(\\d{4})\\b)?");
    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth");

    private DateParser() {}

    private static int ordinalMonth(String o) {
        String w = o.toLowerCase(Locale.ROOT);
        int i = ORDINAL_WORDS.indexOf(w);
        return i >= 0 ? i + 1 : Integer.parseInt(w.replaceAll("\\D", ""));
    }

    /** A Friends' date with its year (group {@code y}) as ISO, or, without a year, nothing (see {@link #monthDay}). */
    private static Optional<String> quaker(String month, String day, String y) {
        int m = ordinalMonth(month);
        if (y == null || m < 1 || m > 12) return Optional.empty();
        return day(year(y), m, Integer.parseInt(day));
    }

    private static Optional<String> quakerMonthDay(String month, String day, String y) {
        int m = ordinalMonth(month);
        if (y != null || m < 1 || m > 12) return Optional.empty();
        return monthDayIso(m, Integer.parseInt(day));
    }

    /** The ISO value of a string that is only a date (surrounding punctuation and space allowed). */
    public static Optional<String> parse(String text) {
        String t = text.strip().replaceAll("^[\\[(]+|[.,;:\\])]+$", "").strip();
        t = DATELINE_VERB.matcher(t).replaceFirst("");
        Matcher m = STAMP.matcher(t);
        if (m.matches()) return day(1900 + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (YEAR.matcher(t).matches()) return Optional.of(t);
        List<IsoDate> found = find(t);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == t.length()) {
            return Optional.of(found.get(0).iso());
        }
        return Optional.empty();
    }

    /** A weekday before a stamped date: {@code Tue, 14 Mar 2006}, {@code Monday 3 March 2003}. */
    private static final Pattern STAMP_WEEKDAY = Pattern.compile(
            "(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?[.,]?\\s+");
    /** A time of day (and a zone) after a stamped date: {@code 09:12}, {@code 11:30:12 +0000}, {@code 10.41}, {@code 1435}, {@code 4.50 p.m. GMT}. */
    private static final Pattern STAMP_TIME = Pattern.compile(
            "(?i)[,\\s]+(?:at\\s+)?(?:\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?\\s?m\\.?)?|\\d{4}(?:\\s*h(?:rs)?)?)"
                    + "(?:\\s*(?:[+-]\\d{4}|\\(?(?:GMT|UTC|UT|Z|[A-Z]{3,4})\\)?))*\\s*$");
    /**
     * A signals date-time group: day, hour and minute, zone letter, month, year ({@code 141200Z MAR 44}, {@code 171755A Apr 1915}),
     * perhaps after the message's precedence prosign, as a cable's heading line prints it ({@code O 121512Z MAR 74}: Z flash,
     * O immediate, P priority, R routine, doubled on some forms).
     */
    private static final Pattern DATE_TIME_GROUP = Pattern.compile("^(?:(?:ZZ|OO|PP|RR|Z|O|P|R)\\s+)?(\\d{2})(\\d{4})([A-Z])?\\s*" + MONTH + "\\s*(\\d{2}|\\d{4})$");
    /** The two-letter months of a post office's date stamp, in order. */
    private static final String POSTMARK_MONTHS = "JAFEMRAPMYJEJYAUSEOCNODE";
    /** A date stamp's day, two-letter month and year: {@code 2 AU 07}, {@code 24 DE 1907}. */
    private static final Pattern POSTMARK = Pattern.compile("^(\\d{1,2})\\s+(JA|FE|MR|AP|MY|JE|JY|AU|SE|OC|NO|DE)\\s+(\\d{2}|\\d{4})$");
    /** A form's day, month named short and year of two figures: {@code 9 Aug 14}, {@code 21 Jan. 15}. */
    private static final Pattern NAMED_MONTH_SHORT_YEAR = Pattern.compile("^(\\d{1,2})\\s+(\\p{L}{3,9})\\.?,?\\s+(\\d{2})$");
    /** A day, month and year in figures: {@code 12/03/98}, {@code 20.3.98}, {@code 14-03-06}, {@code 04/03/2003}. */
    private static final Pattern SHORT_NUMERIC = Pattern.compile("^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})$");
    /** A catalogue's or a database's date field in ISO 8601 ({@code 1936-01-14}): year, month and day, in that order and no other. */
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");

    /**
     * The date a header field or a machine stamps ({@code Sent: 04 March 2003 09:12}, {@code Date: Tue, 14 Mar 2006
     * 09:12:44 +0100}): a date, perhaps after a weekday and before a time of day and a zone. A day, month and year in
     * figures ({@code 12/03/98}) whose numbers do not show their order is read in the {@code order} the document's other
     * dates show (dots are read day first), a year of two figures in {@code century} (the first two figures of the document's years);
     * with no century known it is no date.
     */
    public static Optional<String> stamped(String text, NumericOrder order, String century) {
        String t = text.strip().replaceAll("^[\\[(]+|[.,;:\\])]+$", "").strip();
        t = STAMP_WEEKDAY.matcher(t).replaceFirst("");
        Matcher iso = ISO_DAY.matcher(t);
        if (iso.matches()) return day(year(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        Matcher dtg = DATE_TIME_GROUP.matcher(t);
        if (dtg.matches()) {
            String y = dtg.group(5).length() == 4 ? dtg.group(5) : century != null && century.matches("\\d{2}") ? century + dtg.group(5) : null;
            return y == null ? Optional.empty() : day(year(y), month(dtg.group(4)), Integer.parseInt(dtg.group(1)));
        }
        Matcher pm = POSTMARK.matcher(t);
        if (pm.matches()) {
            String y = pm.group(3).length() == 4 ? pm.group(3) : century != null && century.matches("\\d{2}") ? century + pm.group(3) : null;
            int mo = POSTMARK_MONTHS.indexOf(pm.group(2).toUpperCase(Locale.ROOT)) / 2 + 1;
            return y == null ? Optional.empty() : day(year(y), mo, Integer.parseInt(pm.group(1)));
        }
        Matcher named = NAMED_MONTH_SHORT_YEAR.matcher(t);
        if (named.matches() && month(named.group(2)) > 0 && century != null && century.matches("\\d{2}")) {
            return day(year(century + named.group(3)), month(named.group(2)), Integer.parseInt(named.group(1)));
        }
        String untimed = STAMP_TIME.matcher(t).replaceFirst("");
        Optional<String> d = parse(untimed);
        if (d.isPresent() || untimed.equals(t)) return d.isPresent() ? d : numeric(t, order, century);
        return parse(t).or(() -> numeric(untimed, order, century));
    }

    /**
     * A signals date-time group ({@code O 121512Z MAR 74}) whose two-figure year no four-figure year in the document puts
     * in its century: the group is a machine's stamp of when the message was sent, so its year is the latest year ending
     * in those figures that is not after {@code thisYear} ({@code 74} → 1974, {@code 04} → 2004 in 2026).
     */
    public static Optional<String> dateTimeGroupUpTo(String text, int thisYear) {
        String t = text.strip().replaceAll("^[\\[(]+|[.,;:\\])]+$", "").strip();
        Matcher dtg = DATE_TIME_GROUP.matcher(t);
        if (!dtg.matches()) return Optional.empty();
        int y = Integer.parseInt(dtg.group(5));
        if (dtg.group(5).length() == 2) {
            y += thisYear / 100 * 100;
            if (y > thisYear) y -= 100;
        }
        return day(year(String.valueOf(y)), month(dtg.group(4)), Integer.parseInt(dtg.group(1)));
    }

    private static Optional<String> numeric(String t, NumericOrder order, String century) {
        Matcher m = SHORT_NUMERIC.matcher(t.strip());
        if (!m.matches()) return Optional.empty();
        boolean full = m.group(4).length() == 4;
        if (!full && (century == null || !century.matches("\\d{2}"))) return Optional.empty();
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3));
        int y = Integer.parseInt(full ? m.group(4) : century + m.group(4));
        // dots are the European way (day first); slashes and dashes only as the document's other dates show
        if (a > 12 || m.group(2).equals(".") || order == NumericOrder.DAY_FIRST) return day(y, b, a);
        return b > 12 || order == NumericOrder.MONTH_FIRST ? day(y, a, b) : Optional.empty();
    }

    /** Every date in running text, left to right, without overlaps (the most precise reading wins). */
    public static List<IsoDate> find(String text) {
        List<IsoDate> out = new ArrayList<>();
        scan(QUAKER_DM, text, out, m -> quaker(m.group(2), m.group(1), m.group(3)));
        scan(QUAKER_MD, text, out, m -> quaker(m.group(1), m.group(2), m.group(3)));
        scan(MDY, text, out, m -> day(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
        scan(DMY, text, out, m -> day(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
        scan(CONTINENTAL, text, out, m -> continentalMonth(m.group(2)).flatMap(mo -> day(year(m.group(3)), mo, Integer.parseInt(m.group(1)))));
        scan(DOTTED, text, out, m -> day(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        scan(SLASHED, text, out, m -> slashed(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), year(m.group(3))));
        scan(YMD, text, out, m -> day(year(m.group(1)), month(m.group(2)), Integer.parseInt(m.group(3))));
        scan(MY, text, out, m -> month(m.group(1)) == 0 ? Optional.empty()
                : Optional.of(String.format("%04d-%02d", year(m.group(2)), month(m.group(1)))));
        if (out.isEmpty()) scan(CONTINENTAL_MY, text, out, m -> month(m.group(1)) != 0 ? Optional.empty()
                : continentalMonth(m.group(1)).map(mo -> String.format("%04d-%02d", year(m.group(2)), mo)));
        scan(ROMAN_DMY, text, out, m -> romanDayMonth(m.group(1), m.group(3))
                .flatMap(md -> day(year(m.group(4)), Integer.parseInt(md.substring(2, 4)), Integer.parseInt(md.substring(5)))));
        scan(ROMAN_DM, text, out, m -> romanDayMonth(m.group(1), m.group(2)));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static final Pattern MD = Pattern.compile("\\b" + MONTH + "\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|d)?\\b");
    private static final Pattern DM = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th|d)?\\s+" + MONTH + "(?!\\w)");

    /**
     * A day and month printed without a year ({@code June 11}, {@code 11 June}), as {@code --06-11}: a
     * dateline whose year the letter's heading or collection gives. Only where {@link #find} finds no full date.
     */
    public static Optional<IsoDate> monthDay(String text) {
        if (!find(text).isEmpty()) return Optional.empty();
        List<IsoDate> out = new ArrayList<>();
        scan(MD, text, out, m -> monthDayIso(month(m.group(1)), Integer.parseInt(m.group(2))));
        scan(DM, text, out, m -> monthDayIso(month(m.group(2)), Integer.parseInt(m.group(1))));
        scan(QUAKER_DM, text, out, m -> quakerMonthDay(m.group(2), m.group(1), m.group(3)));
        scan(QUAKER_MD, text, out, m -> quakerMonthDay(m.group(1), m.group(2), m.group(3)));
        scan(ROMAN_DM_DOTTED, text, out, m -> romanDayMonth(m.group(1), m.group(2)));
        // "Lyon, ce 2 avril", "den 4. Mai": the day first, a month of the day-first languages (when no English one was read)
        if (out.isEmpty()) scan(CONTINENTAL_DM, text, out, m -> continentalMonth(m.group(2)).flatMap(mo -> monthDayIso(mo, Integer.parseInt(m.group(1)))));
        return out.size() == 1 ? Optional.of(out.get(0)) : Optional.empty();
    }

    /** The number of a month name in one of {@link #DAY_FIRST_LANGUAGES}, accents, case and a closing stop folded. */
    private static Optional<Integer> continentalMonth(String name) {
        String w = fold(name);
        Integer m = CONTINENTAL_MONTHS.get(w);
        if (m != null) return Optional.of(m);
        // a contraction of the full name ("7 Febr. 1790", "3 Septbr 1790"), tried in each language
        for (List<String> names : CONTINENTAL_NAMES) {
            int c = contracted(w, names);
            if (c > 0) return Optional.of(c);
        }
        return Optional.empty();
    }

    /** The full month names of each of {@link #DAY_FIRST_LANGUAGES}, folded, in order. */
    private static final List<List<String>> CONTINENTAL_NAMES = DAY_FIRST_LANGUAGES.stream()
            .map(l -> java.util.Arrays.stream(java.text.DateFormatSymbols.getInstance(l).getMonths()).limit(12)
                    .map(DateParser::fold).toList()).toList();

    private static String fold(String name) {
        return java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\.$", "");
    }

    /**
     * Every full and abbreviated month name of {@link #DAY_FIRST_LANGUAGES} (abbreviations of three letters or more),
     * folded; a name two languages give to different months is left out. Old spellings the locale data lacks are
     * added: German {@code Maerz}, Austrian {@code Jänner}, Spanish {@code setiembre}.
     */
    private static Map<String, Integer> continentalMonths() {
        Map<String, Integer> out = new java.util.HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (Locale l : DAY_FIRST_LANGUAGES) {
            java.text.DateFormatSymbols symbols = java.text.DateFormatSymbols.getInstance(l);
            for (String[] names : List.of(symbols.getMonths(), symbols.getShortMonths())) {
                for (int m = 0; m < 12; m++) {
                    String n = fold(names[m]);
                    if (n.length() < 3) continue;
                    Integer was = out.putIfAbsent(n, m + 1);
                    if (was != null && was != m + 1) ambiguous.add(n);
                }
            }
        }
        ambiguous.forEach(out::remove);
        out.put("maerz", 3);
        out.put("janner", 1);
        out.put("setiembre", 9);
        return Map.copyOf(out);
    }

    private static Optional<String> monthDayIso(int month, int day) {
        try {
            LocalDate.of(2000, month, day);                 // a leap year: --02-29 is a real day-month
            return Optional.of(String.format("--%02d-%02d", month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private interface Reading {
        Optional<String> read(Matcher m);
    }

    private static void scan(Pattern p, String text, List<IsoDate> out, Reading reading) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int s = m.start(), e = m.end();
            boolean overlaps = out.stream().anyMatch(d -> s < d.end() && d.start() < e);
            if (overlaps) continue;
            reading.read(m).ifPresent(iso -> out.add(new IsoDate(iso, s, e)));
        }
    }

    private static int year(String y) { return Integer.parseInt(y); }

    /** The month a word names (a name, an abbreviation or a {@link #contracted} form), 0 when it names none. */
    private static int month(String name) {
        String w = name.toLowerCase(Locale.ROOT).replace(".", "").replace("^", "");
        Integer m = MONTHS.get(w);
        return m != null ? m : contracted(w, ENGLISH_MONTHS);
    }

    /**
     * The month of which {@code word} is a contraction, 1 to 12, else 0: it begins with the first three letters of
     * the month's name, and its other letters are some of the name's remaining letters in their order, the last of
     * them the name's last ({@code feby}, {@code janry}, {@code septr}, {@code augt}). {@code marching}, {@code mayor},
     * {@code junior}, {@code augur}, {@code decree} name none. {@code names} are the months' names, in order, folded.
     */
    static int contracted(String word, List<String> names) {
        if (word.length() < 4) return 0;
        for (int m = 0; m < names.size(); m++) {
            String name = names.get(m);
            if (name.length() <= 3 || !word.startsWith(name.substring(0, 3)) || word.length() >= name.length()) continue;
            if (word.charAt(word.length() - 1) != name.charAt(name.length() - 1)) continue;
            int at = 3;
            boolean in = true;
            for (int i = 3; i < word.length() && in; i++) {
                at = name.indexOf(word.charAt(i), at) + 1;
                in = at > 0;
            }
            if (in) return m + 1;
        }
        return 0;
    }

    /** A slashed date whose order its numbers show: day first ({@code 21/5}) or month first ({@code 5/21}); else none. */
    private static Optional<String> slashed(int a, int b, int y) {
        if (a > 12 && b <= 12) return day(y, b, a);
        if (b > 12 && a <= 12) return day(y, a, b);
        return Optional.empty();
    }

    private static Optional<String> day(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> romanDayMonth(String day, String roman) {
        for (int i = 0; i < ROMAN.length; i++) {
            if (ROMAN[i].equals(roman)) {
                int d = Integer.parseInt(day);
                try {
                    LocalDate.of(2000, i + 1, d);           // a leap year: --02-29 is a real day-month
                    return Optional.of(String.format("--%02d-%02d", i + 1, d));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
