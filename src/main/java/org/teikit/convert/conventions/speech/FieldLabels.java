package org.teikit.convert.conventions.speech;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Label-shaped starts that are not speakers, by what they are rather than by a list of names: the fields of
 * memoranda, letters and records ({@code TO:}, {@code SUBJECT:}, {@code Present:}), salutations
 * ({@code Dear Smith:}, {@code Sir:}), numbers and numerals ({@code I.}, {@code IV.}), and words that head a
 * note or a part ({@code NOTE.}, {@code Chapter}). Such a start repeats in a file of memoranda without
 * becoming dialogue.
 */
final class FieldLabels {
    private static final Set<String> FIELDS = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(List.of(
            "to", "from", "subject", "subj", "re", "date", "dated", "cc", "bcc", "attention", "attn", "enclosure",
            "enclosures", "encl", "ref", "reference", "references", "file", "memorandum", "memo", "note", "notes",
            "nb", "ps", "p s", "source", "sources", "citation", "summary", "contents", "present", "absent",
            "participants", "appearances", "members present", "also present", "in attendance", "attendees",
            "agenda", "item", "minutes", "time", "place", "location", "venue", "classification", "distribution",
            "copy", "copies", "sent", "received", "telegram", "despatch", "dispatch", "translation", "transcript",
            "translated by", "recorded by", "prepared by", "original language", "credits", "keywords", "title",
            "author", "address", "url", "page", "chapter", "section", "act", "scene", "part", "book", "volume",
            "no", "number", "tel", "phone", "fax", "email", "e-mail", "via", "priority", "top secret", "secret",
            "confidential", "restricted", "unclassified", "action", "info", "information", "origin", "drafted by",
            "approved by", "cleared", "subject matter", "purpose", "background", "discussion", "conclusion",
            "conclusions", "recommendation", "recommendations", "decision", "decisions", "resolved", "moved",
            "seconded", "motion", "result", "vote", "yes", "well", "now", "then", "but", "and", "so",
            "oh", "ah", "here", "there", "this", "that", "these", "those", "it", "he", "she", "we", "they", "you",
            "i", "end", "finis", "exit", "exeunt", "curtain", "enter", "re-enter", "persons", "characters",
            "cast", "dramatis personae", "postscript", "signed", "sound", "music", "sfx", "sound effect", "sound effects",
            "effects", "noise",
            "sincerely", "sender", "recipient", "addressee", "place and date", "editor", "editors", "editorial note")));
    private static final Set<String> SALUTATION_STARTS = Set.of("dear", "dearest", "my", "respected", "esteemed", "honored", "honoured");
    /**
     * The words of a salutation that has no name in it ({@code Sir:}, {@code Gentlemen:}, {@code Your Excellency:},
     * {@code Hon. Sir:}): each is also a speaker's title before a name ({@code Sir Miles:}, {@code Madame Roussel:},
     * {@code Hon. Members:}), so a salutation is a label made of these words alone.
     */
    private static final Set<String> SALUTATION_WORDS = Set.of(
            "sir", "sirs", "gentlemen", "ladies", "and", "excellency", "your", "hon", "honored", "honoured", "honourable",
            "honorable", "respected", "esteemed", "madam", "madame", "monsieur", "messieurs", "mesdames", "lord", "lordship");
    /** The words a number follows when it numbers a part, an item or a document rather than a voice ({@code Item 1:}, {@code Tape 2:}). */
    private static final Set<String> NUMBERED_PARTS = Set.of(
            "tape", "side", "reel", "track", "exhibit", "figure", "fig", "table", "annex", "appendix", "article", "art",
            "paragraph", "para", "clause", "point", "question", "session", "day", "week", "year", "room", "line", "verse",
            "step", "stage", "phase", "round", "level", "group", "box", "folder", "sheet", "plate", "map", "chart", "case",
            "document", "doc", "rule", "amendment", "resolution", "schedule", "part", "item", "no", "number", "page");
    /**
     * A well-formed numeral up to 89, as parts and articles are numbered; not {@code DM}, {@code MC} or {@code CD}, which
     * as labels are a speaker's initials far more often than a hundredth part.
     */
    private static final Pattern ROMAN = Pattern.compile("(?=.)(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})|(?=.)(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})");

    /**
     * The days of the week in the languages teikit reads, as the JDK spells them: {@code Monday:}, {@code Montag.} head a
     * diary's or a log's entry for that day. A day is nobody's name, however often the entries repeat and alternate.
     */
    private static final Set<String> WEEKDAYS = weekdays();

    private FieldLabels() {}

    private static Set<String> weekdays() {
        Set<String> out = new java.util.HashSet<>();
        for (String lang : List.of("en", "de", "fr", "it", "es", "pt", "nl", "sv", "da", "no")) {
            for (String day : java.text.DateFormatSymbols.getInstance(Locale.forLanguageTag(lang)).getWeekdays()) {
                if (!day.isBlank()) out.add(String.join(" ", SpeakerNames.words(day)));
            }
        }
        return Set.copyOf(out);
    }

    /** Whether a label is a field of a record's or a header's ({@code Date:}, {@code Present:}, {@code Tape 2:}). */
    static boolean isField(String name) {
        List<String> words = SpeakerNames.words(name);
        if (words.isEmpty()) return false;
        if (FIELDS.contains(String.join(" ", words))) return true;
        return words.size() > 1 && words.get(words.size() - 1).matches("\\d+")
                && NUMBERED_PARTS.contains(String.join(" ", words.subList(0, words.size() - 1)));
    }

    /** Why a printed label cannot be a speaker's, or null when it can be. */
    static String whyNot(String name) {
        List<String> words = SpeakerNames.words(name);
        if (words.isEmpty()) return "no name";
        String all = String.join(" ", words);
        if (FIELDS.contains(all)) return "'" + name + "' is a field or heading word, not a name";
        if (WEEKDAYS.contains(all)) return "'" + name + "' is a day of the week (a dated entry's heading), not a name";
        if (SALUTATION_STARTS.contains(words.get(0)) || SALUTATION_WORDS.containsAll(words)) {
            return "'" + name + "' is a salutation";
        }
        if (words.size() > 1 && words.get(words.size() - 1).matches("\\d+")) {
            String head = String.join(" ", words.subList(0, words.size() - 1));
            if (FIELDS.contains(head) || NUMBERED_PARTS.contains(head)) return "'" + name + "' numbers a part or an item, not a voice";
        }
        if (ROMAN.matcher(name.strip()).matches() && !name.strip().equals("A") && !name.strip().equals("Q")) {
            return "'" + name + "' is a numeral";
        }
        if (words.size() == 1 && words.get(0).length() == 1 && !name.strip().toUpperCase(Locale.ROOT).matches("[QA]")) {
            return "'" + name + "' is a single letter (an outline's or a list's mark)";
        }
        return null;
    }
}
