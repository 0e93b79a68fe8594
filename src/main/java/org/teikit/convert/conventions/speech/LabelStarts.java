package org.teikit.convert.conventions.speech;

import org.teikit.source.Inline;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Label-shaped starts that the words right after them show are no labels: the stop closes an abbreviation inside a
 * longer name or a date, not a speaker's name.
 * <ul>
 * <li>a month before a day ({@code Jan. 2nd, 1871.}, {@code Feb. 3rd.}): a diary's or a log's dated entry;</li>
 * <li>a title before the name it belongs to ({@code Mr. Patrick Doyle, a citizen}, {@code To the Revd. J. Dodd.}):
 * the name goes on after the title's stop;</li>
 * <li>an initial before another initial ({@code A. K. RIDLEY}): a signature's or a list's name, even where the first
 * initial is the {@code A.} of an answer;</li>
 * <li>{@code BY MS. OKAFOR:}: a deposition's examination line, which names the counsel asking, in every form;</li>
 * <li>{@code EXT. SALT FLATS - DAWN}: a screenplay's scene heading, interior or exterior before a place and a time in
 * capitals after a dash, the whole line;</li>
 * <li>{@code Art. 3. To see what sum …}, {@code Sec. 2. The clerk …}: a word cut short before a number closed by its
 * own stop, an article's or section's number in a warrant or a set of rules, no speaker.</li>
 * </ul>
 */
final class LabelStarts {
    /** The months, full and short, in the languages teikit reads, as the JDK spells them. */
    private static final Set<String> MONTHS = months();
    /** Titles that follow a name ({@code SMITH JR.}); a name does not go on after them. */
    private static final Set<String> AFTER_NAME = Set.of("jr", "sr");

    private LabelStarts() {}

    private static Set<String> months() {
        Set<String> out = new HashSet<>();
        for (String lang : List.of("en", "de", "fr", "it", "es", "pt", "nl", "sv", "da", "no")) {
            var symbols = java.text.DateFormatSymbols.getInstance(Locale.forLanguageTag(lang));
            for (String[] names : List.of(symbols.getMonths(), symbols.getShortMonths())) {
                for (String m : names) if (!m.isBlank()) out.add(String.join(" ", SpeakerNames.words(m)));
            }
        }
        out.add("sept");                                   // "Sept. 4th", as English prints it beside the JDK's "Sep"
        return Set.copyOf(out);
    }

    /**
     * {@code Att. Gen}, {@code Sol. Gen}: an office of words each cut short, whose last word is a title's abbreviation
     * only by chance; whether a name follows, the document's repetition decides (the reading with the name is kept too).
     */
    private static boolean shortenedOffice(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) return false;
        String first = words[0];
        return first.endsWith(".") && first.length() <= 6 && !Labels.isTitleAbbreviation(first.substring(0, first.length() - 1));
    }

    /** A screenplay's scene heading's opening word, as film scripts abbreviate it: interior, exterior or both. */
    private static final Set<String> SCENE_PLACES = Set.of("int", "ext", "int/ext", "ext/int", "i/e");

    /**
     * {@code INT. KITCHEN - NIGHT}: the heading a screenplay prints over each scene, in capitals, a dash before the time
     * of day (or {@code CONTINUOUS}); its stop closes the abbreviation, no speaker's name.
     */
    private static boolean sceneHeading(Label label, String rest) {
        String name = label.name().strip().toLowerCase(Locale.ROOT);
        return label.form() == Label.Form.CAPS_STOP && SCENE_PLACES.contains(name) && rest.matches("[^\\p{Ll}]+\\s[-–—]\\s[^\\p{Ll}]+");
    }

    /**
     * {@code Art. 3. To see …}: one word cut short (two to four letters, a capital first) before a number with its own
     * stop or colon, as warrants, statutes and rules number their articles; a single letter ({@code Q. 1. What …}, a
     * catechism's question) may still be a voice.
     */
    private static boolean numberedArticle(List<String> words, String name, String rest) {
        String n = name.strip();
        return words.size() == 1 && n.length() >= 2 && n.length() <= 4 && n.chars().allMatch(Character::isLetter)
                && Character.isUpperCase(n.charAt(0)) && rest.matches("(?s)\\d{1,3}[.:]\\s+\\S.*");
    }

    /** Why the label cannot be one, from the words after it, or null. */
    static String whyNot(Label label) {
        List<String> all = SpeakerNames.words(label.name());
        if (all.size() >= 2 && all.get(0).equals("by")) {
            return "'" + label.name() + "' is an examination line (the counsel who asks from here), not a speaker";
        }
        if (label.form() != Label.Form.STOP && label.form() != Label.Form.CAPS_STOP) return null;
        List<String> words = SpeakerNames.words(label.name());
        if (words.isEmpty()) return null;
        String rest = Inline.plain(label.rest()).strip();
        if (rest.isEmpty()) return null;
        if (sceneHeading(label, rest)) return "'" + label.name() + "' opens a screenplay's scene heading (place, dash, time), not a name";
        if (numberedArticle(words, label.name(), rest)) return "'" + label.name() + "' is a word cut short before a numbered article or section, not a name";
        String last = words.get(words.size() - 1);
        if (words.size() == 1 && MONTHS.contains(last) && Character.isDigit(rest.charAt(0))) {
            return "'" + label.name() + "' is a month before its day (a dated entry), not a name";
        }
        if (Labels.isTitleAbbreviation(last) && !AFTER_NAME.contains(last) && Character.isUpperCase(rest.codePointAt(0))
                && !shortenedOffice(label.name())) {
            return "'" + label.name() + "' ends in a title: the name goes on after its stop";
        }
        if (label.name().strip().length() == 1 && rest.matches("(?s)\\p{Lu}\\.\\s.*")) {
            return "'" + label.name() + "' is an initial before another: a name's initials";
        }
        return null;
    }
}
