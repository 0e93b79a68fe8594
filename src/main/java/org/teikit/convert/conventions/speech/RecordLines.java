package org.teikit.convert.conventions.speech;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines a verbatim record (minutes, a debate, a hearing) prints in its own voice between the speeches, which no
 * label opens and which are no part of the speech above: a proceeding reported in the passive ({@code Clause agreed
 * to.}, {@code The closure was carried.}), and a speaker's words reported in the third person ({@code The Rev. J.
 * HAWORTH said that …}, {@code Mr. LUMB asked whether …}). Pure syntax: short, no first or second person, a past form.
 */
public final class RecordLines {
    /** A proceeding's line is one short sentence. */
    private static final int MAX_PROCEEDING_WORDS = 8;
    /** The words a speaker uses of themselves and their hearers: none of them in a line the record writes. */
    private static final Set<String> PERSONAL = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your",
            "yours", "sir", "gentlemen", "ladies");
    /** A past participle or past tense of the regular kind: {@code agreed}, {@code carried}, {@code negatived}. */
    private static final Pattern PAST = Pattern.compile("\\p{L}{2,}ed");
    /** The verbs that report speech, in the past, after the speaker's name. */
    private static final Set<String> REPORTING = Set.of("said", "asked", "replied", "observed", "remarked", "stated",
            "suggested", "added", "explained", "thought", "urged", "contended", "maintained", "inquired", "enquired",
            "answered", "declared", "complained", "proposed", "moved", "seconded", "read", "spoke", "pointed", "expressed");
    /** A name's words: capitalised words, titles and initials with their stops, the small words of names. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\.?,?|of|the|de|van|von");
    private static final int MAX_NAME_WORDS = 6;

    private RecordLines() {}

    /**
     * {@code Clause agreed to.}, {@code The House divided.}, {@code Motion, on a show of hands, negatived.}: a short statement,
     * closed by a stop, that no one says of themselves (no I, we or you, no question or exclamation), with a past form.
     */
    public static boolean isProceeding(String text) {
        String t = text.strip();
        if (t.isEmpty() || !t.endsWith(".") || !Character.isUpperCase(t.codePointAt(0))) return false;
        if (t.indexOf('?') >= 0 || t.indexOf('!') >= 0 || t.indexOf('"') >= 0 || t.indexOf('“') >= 0) return false;
        String[] words = t.substring(0, t.length() - 1).split("[\\s,;]+");
        if (words.length > MAX_PROCEEDING_WORDS) return false;
        // one sentence: a stop inside ends one and starts another, as a speaker's short answers do ("No. Never.")
        if (t.substring(0, t.length() - 1).matches(".*[.]\\s+\\p{Lu}.*")) return false;
        boolean past = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (PERSONAL.contains(lower)) return false;
            if (PAST.matcher(lower).matches()) past = true;
        }
        return past;
    }

    /**
     * {@code The Rev. J. HAWORTH said that …}, {@code Mr. FENWICK asked whether …}: the paragraph opens with a name (one
     * of its words in capitals, as records print their members) and a verb reporting speech.
     */
    public static boolean reportsSpeech(String text) {
        String[] words = text.strip().split("\\s+");
        boolean capitals = false;
        int k = 0;
        for (; k < words.length && k < MAX_NAME_WORDS; k++) {
            if (!NAME_WORD.matcher(words[k]).matches()) break;
            String letters = words[k].replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))) capitals = true;
        }
        if (k == 0 || k >= words.length || !capitals) return false;
        return REPORTING.contains(words[k].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
    }
}
