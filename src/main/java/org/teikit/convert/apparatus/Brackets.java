package org.teikit.convert.apparatus;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies an editorial bracket ({@code [he]}, {@code CC CPC [Central Committee…]}, {@code [sic]},
 * {@code [ILLEGIBLE]} …) by its content and the words around it. One rule set for every family; each
 * kind maps to one TEI encoding (see docs/encoding.md).
 */
public final class Brackets {

    public enum Kind {
        SIC, QUERY, UNCLEAR,
        /** {@code [Orig. note]}: the marker of the original's note, consumed (the note is {@code type="source"}) */
        ORIGINAL_NOTE, ILLEGIBLE, SIGNATURE, ELLIPSIS, CLASSIFICATION, SOURCE, OMISSION,
        /** an abbreviation before the bracket, its expansion inside */
        EXPANSION,
        /** an expansion before the bracket, its abbreviation inside: {@code People's Liberation Army [PLA]} */
        ABBREVIATION,
        /** a spelling or term before the bracket, its modern/regular form inside */
        REGULARISATION,
        /** a description of the name that follows: {@code [Nationalist Chinese leader] Jiang Jieshi} */
        IDENTIFICATION,
        SUPPLIED,
        /** a longer editorial remark */
        EDITORIAL,
        /** what a transcriber of a conversation heard happen: {@code [laughter]}, {@code [Tape interrupted]} */
        INCIDENT,
        /** words the transcriber could not make out: {@code [inaudible]}, {@code [unintelligible]} */
        INAUDIBLE,
        /** the printed page's break: {@code [p. 12]}, {@code [fol. 3v]} ({@link org.teikit.source.PageMarks}) */
        PAGE,
        /** signs only, no letter or figure ({@code [#]}, {@code [*]}, {@code [+]}): the text's own printing, kept as
         *  printed; a supplied reading supplies a word (a note syntax shown in a literal block, a checkbox) */
        PRINTED
    }

    /**
     * The transcriber's notes of a recorded conversation: sounds, pauses, the tape. Never a correction of the
     * word before them ({@code laughed [laughter]} is no regularisation).
     */
    private static final Pattern INCIDENT = Pattern.compile(
            "(?i)(?:laugh\\w*|applause|pause[sd]?|long pause|silence|crosstalk|cross-talk|cough\\w*|sigh\\w*|"
                    + "interrupt\\w*|noise|background noise|knock\\w*|overlapping(?: speech)?|simultaneous\\w*|"
                    + "phone rings|telephone rings|recess|break|end of (?:tape|side|recording|session)\\w*|"
                    + "(?:tape|recording|side [ab12])\\b.*|.*\\b(?:tape|recording)\\b.*|off the record|on the record|"
                    + "(?:long |short )?(?:pause|silence)\\b.*|chuckl\\w*|gestur\\w*|nod\\w*|shrug\\w*|weep\\w*|crying|"
                    + "inaudible exchange|(?:several |many )?voices?\\b.*)[.!]?");
    private static final Pattern INAUDIBLE = Pattern.compile(
            "(?i)(?:inaudible|unintelligible|indistinct|unclear words?|garbled)(?:\\s+.{0,40})?[.]?");

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
            "is", "are", "was", "were", "be", "been", "would", "will", "shall", "should", "could", "can", "may",
            "to", "of", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that", "which", "who",
            "this", "these", "those", "as", "not", "no", "so", "if", "than", "then", "also", "there", "here",
            "since", "about", "into", "upon", "after", "before", "what", "whom", "has", "have", "had", "do", "does", "did");
    /**
     * Nouns a translator adds to complete a compound the original shortened ({@code growth [rate]}):
     * never a synonym of the word before them, so never a regularisation.
     */
    private static final Set<String> COMPLETING_NOUNS = Set.of(
            "rate", "rates", "level", "levels", "number", "amount", "total", "share", "part", "side", "sides",
            "period", "year", "years", "party", "government", "state", "question", "issue", "matter");
    private static final Pattern NUMERAL = Pattern.compile("(?:[IVXLCDM]+|\\d+(?:st|nd|rd|th)?)");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}][\\p{Lu}\\p{Ll}]*[\\p{Lu}][\\p{L}()]*|[\\p{Lu}]{2,}[\\p{L}()]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’\\-]*");
    private static final Pattern OMISSION = Pattern.compile(
            "(this|the following|the rest|remainder|rest|text|paragraph|point|section).*(dealt|omitted|not translated|deleted|excised|concern|discuss).*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");
    private static final Pattern OPENING = Pattern.compile("^[(\"'“‘]+");
    private static final Pattern CLOSING = Pattern.compile("[)\"'”’]+$");

    private Brackets() {}

    /**
     * @param content the text inside the brackets
     * @param before  the text before the bracket in the same run (may be empty)
     * @param after   the text after the bracket in the same run (may be empty)
     */
    public static Kind classify(String content, String before, String after) {
        String c = content.strip();
        if (c.isEmpty()) return Kind.SUPPLIED;              // "[ ]": nothing to classify (was an exception)
        String lc = c.toLowerCase(Locale.ROOT);
        if (lc.equals("sic") || lc.equals("sic!")) return Kind.SIC;
        if (c.equals("?") || c.equals("?!")) return Kind.QUERY;
        if (lc.equals("unclear")) return Kind.UNCLEAR;
        if (INAUDIBLE.matcher(c).matches()) return Kind.INAUDIBLE;
        if (org.teikit.source.PageMarks.bracket(c).isPresent()) return Kind.PAGE;
        if (INCIDENT.matcher(c).matches()) return Kind.INCIDENT;
        if (lc.matches("orig(?:inal)?\\.? note")) return Kind.ORIGINAL_NOTE;
        if (lc.startsWith("signature")) return Kind.SIGNATURE;
        if (lc.contains("illegible")) return Kind.ILLEGIBLE;
        if (lc.contains("ellipsis")) return Kind.ELLIPSIS;
        if (lc.startsWith("classification")) return Kind.CLASSIFICATION;
        if (lc.startsWith("source:")) return Kind.SOURCE;
        if (OMISSION.matcher(lc).matches()) {
            return Kind.OMISSION;
        }
        if (c.codePoints().noneMatch(Character::isLetterOrDigit)) return Kind.PRINTED;
        if (describesApart(c, before, after)) return Kind.EDITORIAL;
        boolean attachedBefore = !before.isEmpty() && Character.isLetter(before.charAt(before.length() - 1));
        boolean attachedAfter = !after.isEmpty() && Character.isLetter(after.charAt(0));
        if (attachedBefore || attachedAfter) return Kind.SUPPLIED;          // comr[ade]

        String[] words = c.split("\\s+");
        String prev = lastWord(before);
        // an ordinal or numeral before the bracket is not an abbreviation: "XIX [Party] Congress"
        if (prev != null && NUMERAL.matcher(prev).matches() && before.endsWith(" ")) return Kind.SUPPLIED;
        if (words.length == 1 && COMPLETING_NOUNS.contains(lc)) return Kind.SUPPLIED;
        boolean glossPosition = before.endsWith(" ") && !before.isBlank()
                && !before.stripTrailing().isEmpty()
                && Character.isLetterOrDigit(lastChar(before.stripTrailing())) || (before.endsWith(" ") && before.stripTrailing().endsWith(")"));
        boolean nextIsCapital = after.startsWith(" ") && after.strip().length() > 0 && Character.isUpperCase(after.strip().charAt(0));
        boolean firstIsFunctionWord = FUNCTION_WORDS.contains(words[0].toLowerCase(Locale.ROOT));

        if (glossPosition && prev != null && !FUNCTION_WORDS.contains(prev.toLowerCase(Locale.ROOT))) {
            if (isAcronym(prev) && Character.isUpperCase(c.charAt(0)) && !firstIsFunctionWord) return Kind.EXPANSION;
            if (isAcronym(c) && Character.isUpperCase(prev.charAt(0))) return Kind.ABBREVIATION;
            if (Character.isUpperCase(prev.charAt(0)) && Character.isUpperCase(c.charAt(0)) && !firstIsFunctionWord) {
                return Kind.REGULARISATION;
            }
            if (Character.isLowerCase(prev.charAt(0)) && Character.isLowerCase(c.charAt(0)) && !firstIsFunctionWord
                    && words.length <= 4 && prev.length() > 3) {
                return Kind.REGULARISATION;
            }
        }
        if (nextIsCapital && words.length >= 2 && !c.endsWith(",")) return Kind.IDENTIFICATION;
        if (words.length >= 5 && Character.isUpperCase(c.charAt(0))) return Kind.EDITORIAL;
        return Kind.SUPPLIED;
    }

    private static final Pattern DESCRIPTION = Pattern.compile("\\p{Ll}[\\p{L}'’\\-]*(?:\\s+[\\p{L}'’\\-]+){0,7}");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?i)m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)]*\\s*$");
    private static final Pattern SENTENCE_START = Pattern.compile("^\\s+[\"'“‘(]*\\p{Lu}");

    /**
     * A lower-case description that completes nothing around it: alone in its run ({@code ♪ [brass band music] ♪},
     * {@code [cow lows]}) or between two sentences ({@code Quiet. [door slams] Who's there?}). A supplied word
     * belongs to a sentence, so this is the transcriber's remark, whatever its words. An article or pronoun first
     * ({@code [the Soviet] Government}) still opens the sentence after it.
     */
    private static boolean describesApart(String c, String before, String after) {
        if (!DESCRIPTION.matcher(c).matches() || c.codePoints().filter(Character::isLetter).count() < 3) return false;
        String first = c.split("\\s+", 2)[0];
        if (FUNCTION_WORDS.contains(first) || ROMAN_NUMERAL.matcher(c).matches()) return false;   // [iii] numbers a part
        boolean aloneBefore = before.codePoints().noneMatch(Character::isLetter);
        boolean aloneAfter = after.codePoints().noneMatch(Character::isLetter);
        if (aloneBefore && aloneAfter) return true;
        boolean sentenceBefore = aloneBefore || SENTENCE_END.matcher(before).find();
        boolean sentenceAfter = aloneAfter || SENTENCE_START.matcher(after).find();
        return sentenceBefore && sentenceAfter && c.contains(" ");
    }

    public static boolean isAcronym(String token) {
        String t = TRAILING_PUNCTUATION.matcher(token).replaceAll("");
        return t.length() >= 2 && ACRONYM.matcher(t).matches() && t.chars().filter(Character::isUpperCase).count() >= 2;
    }

    static String lastWord(String s) {
        String t = s.stripTrailing();
        int i = t.length();
        while (i > 0 && !Character.isWhitespace(t.charAt(i - 1))) i--;
        String w = t.substring(i);
        return WORD.matcher(CLOSING.matcher(OPENING.matcher(w).replaceAll("")).replaceAll("")).lookingAt() || isAcronym(w) ? w : (w.isEmpty() ? null : w);
    }

    private static char lastChar(String s) {
        return s.charAt(s.length() - 1);
    }
}
