package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transcription syntax of notes, defined once for the converter and the fidelity check: the marks that
 * refer to a note ({@code <sup>1</sup>}, {@code <sup>[1]</sup>}, {@code [1]}, {@code [^1]}, {@code ¹},
 * {@code *} {@code †} {@code ‡}, and where the document defines them {@code ^1} and {@code (1)}) and the markers that open a note's definition at the start of a line
 * ({@code <sup>1</sup> text}, {@code [1] text}, {@code [^1]: text}, {@code ¹ text}, {@code † text},
 * {@code 1. text} in a list of notes). Only syntax: which mark belongs to which definition is decided by the
 * converter's conventions, from the document.
 */
public final class NoteMarks {
    /** The content of a superscript that is a reference: {@code 1}, {@code [2]}, {@code *}, {@code a}, {@code †}. */
    public static final Pattern SUPERSCRIPT_REFERENCE = Pattern.compile("\\[?\\^?\\s*(\\d{1,3}|\\*{1,3}|[a-z]|[†‡§‖¶])\\s*\\]?");
    /** A lower-case roman number up to 39, as word processors number endnotes: {@code i}, {@code iv}, {@code xxvii}. */
    public static final String ROMAN = "(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})";
    /** A bracketed reference in running text: {@code [1]}, {@code [^1]}, {@code [^note]}, {@code [iv]}, Org's {@code [fn:1]}, {@code [fn:name]}. */
    public static final Pattern BRACKET_REFERENCE = Pattern.compile("\\[(\\^|fn:)?(\\d{1,3}|[a-z]|" + ROMAN + "|(?<=\\^|fn:)[\\p{L}\\d_-]{1,20})\\]");
    /** The content of a bracket that is a reference ({@code 1}, {@code ^1}): its words are no editorial text. */
    public static final Pattern BRACKET_REFERENCE_CONTENT = Pattern.compile("\\s*(?:\\^|fn:)[\\p{L}\\d_-]{1,20}\\s*|\\s*\\d{1,3}\\s*|#[\\p{L}\\d_-]{0,30}|\\*");
    /**
     * Unicode superscript digits right after a letter or punctuation: {@code Roosevelt¹}; not a unit's power
     * ({@code 14 km²}). Also in parentheses after a word, as Polish and Czech minutes print them: {@code na 12 (¹).},
     * the parentheses the mark's. {@link #number} is the digits.
     */
    public static final Pattern UNICODE_REFERENCE = Pattern.compile("(?<=[\\p{L}\\p{P}\\d]\\s?)\\(([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\)"
            + "|(?<=[\\p{L}\\p{P}])(?<!\\b[kcdm]?m|\\bft|\\bin|\\byd)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)");
    /**
     * A symbol reference right after a letter or punctuation, before a space or the end: {@code river.†} (the printers'
     * order * † ‡ § ‖ ¶; {@code ||} typed for ‖). Not after a lone capital: {@code N***} is a name the printer hid.
     */
    public static final Pattern SYMBOL_REFERENCE = Pattern.compile("(?<=[\\p{L}\\p{P}&&[^*†‡§‖¶\\s]])(?<!(?:^|[^\\p{L}])\\p{Lu})(\\*{1,3}|†{1,2}|‡|§|‖|\\|\\||¶)(?=[\\s\\p{P}]|$)");

    /**
     * A law database's flattened footnote mark, {@code FN} and the number glued to the word or the full stop before:
     * {@code lease.FN1 In the fall}. A reference where the document defines that note ({@code FN1. text}).
     */
    public static final Pattern FN_REFERENCE = Pattern.compile("(?<=[\\p{L}\\p{P}])FN(\\d{1,3})(?=[\\s\\p{P}]|$)");
    /**
     * A typescript's mark, the number and a slash after a space: {@code 3,050,000 acres 1/, of which}; never a
     * fraction or a date ({@code 1/2}, {@code 3/4/31}: a digit or slash follows). A reference where the document
     * defines that note ({@code 1/ text}).
     */
    public static final Pattern SLASH_REFERENCE = Pattern.compile("(?<=[\\p{L}\\p{P}\\d]\\s)(\\d{1,3})/(?![\\d/\\p{L}])");

    /**
     * Digits right after a word of two letters or more (and a stop or quote), or after a number's full stop that ends
     * a sentence ({@code in 1853.5 The …}), never with a leading zero: a superscript number flattened by copying
     * ({@code winter.1}, {@code Ashworth2,}), but as often a model's number or a decimal — a mark only where the
     * document's notes pair with such digits in order. A single letter before the digits makes a code ({@code Q1},
     * {@code B2}), a number going on after them a decimal ({@code paragraph 4.2, which}).
     */
    public static final Pattern FLATTENED_REFERENCE = Pattern.compile(
            "(?:(?<=\\p{L}\\p{L}[.,;:!?’”\"')]{0,2})|(?<=\\d\\.)(?=\\d{1,3}(?:\\s+\\p{Lu}|\\s*$)))(?<!FN)([1-9]\\d{0,2})(?=[\\s,;:.!?)’”]|$)");

    /**
     * reStructuredText's references to notes its processor numbers: {@code [#]_} (auto-numbered), {@code [#label]_}
     * (auto-numbered and named), {@code [*]_} (auto-symbol). Group 1 is the key ({@code #}, {@code #label}, {@code *}).
     */
    public static final Pattern REST_REFERENCE = Pattern.compile("\\[(#[\\p{L}\\d_-]{0,30}|\\*)\\]_(?![\\p{L}\\d_])");

    /** Whether a definition's key is one reStructuredText numbers ({@code #}, {@code #label}). */
    public static boolean isAutoNumbered(String n) {
        return n.startsWith("#");
    }

    private static final Pattern UNIT_BEFORE = Pattern.compile("\\d\\s?(?:[kcdm]?m|ft|yd)$");

    /**
     * Whether a superscript {@code 2} or {@code 3} right after {@code before} is a unit's power, not a mark:
     * {@code 120 m<sup>2</sup>}, {@code 30 cm<sup>3</sup>} (a number, then the unit).
     */
    public static boolean isUnitPower(String before, String superscript) {
        String sup = superscript.strip();
        return (sup.equals("2") || sup.equals("3")) && UNIT_BEFORE.matcher(before).find();
    }

    /** Unicode's modifier letters, as a transcription types a superscript letter, and the letters they stand for. */
    private static final String MODIFIER_LETTERS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ";
    private static final String PLAIN_LETTERS = "abcdefghijklmnoprstuvwxyz";
    /**
     * A modifier letter right after a word or the stop that ends it, as a superscript letter mark is typed:
     * {@code sewersᵃ}, {@code taken.ᵃ}; not after an opening bracket ({@code (ᵃ, ᵇ …)} names the marks). A reference
     * where the document defines that letter's note ({@code ᵃ text}); never a letter of a word typed so ({@code 4ᵗʰ}).
     */
    public static final Pattern MODIFIER_REFERENCE = Pattern.compile("(?<=[\\p{L}.,;:!?’”\"')\\]])(?<![" + MODIFIER_LETTERS + "])([" + MODIFIER_LETTERS + "])(?![\\p{L}\\d])");

    /** The letter a modifier letter stands for ({@code ᵃ} → {@code a}), or the text itself. */
    public static String fromModifier(String s) {
        int i = s.length() == 1 ? MODIFIER_LETTERS.indexOf(s.charAt(0)) : -1;
        return i < 0 ? s : String.valueOf(PLAIN_LETTERS.charAt(i));
    }

    public static boolean isModifierLetter(int cp) {
        return cp < 0x10000 && MODIFIER_LETTERS.indexOf((char) cp) >= 0;
    }

    public static boolean hasModifierLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 'ʰ' && MODIFIER_LETTERS.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    /**
     * A caret before digits (or digits in braces or angle brackets), right after a word or punctuation, as plain text
     * types a superscript: {@code landing^1}, {@code landing{1}}, {@code terms.<1>}.
     */
    public static final Pattern CARET_REFERENCE = Pattern.compile("(?<=[\\p{L}\\p{P}\\d])(?:\\^(\\d{1,3})(?!\\d)|\\{(\\d{1,3})\\}|<(\\d{1,3})>)");
    /**
     * A number and a closing parenthesis after a space, as German books print their marks: {@code genannt 1), doch},
     * {@code übrig 2).}; never an enumeration's item, which a word in lower case follows ({@code Güter: 1) die
     * Pfarrwiese}), nor {@code (1)}. A reference where the document defines that note ({@code 1) text} under a rule).
     */
    public static final Pattern CLOSING_PAREN_REFERENCE = Pattern.compile("(?<=[\\p{L}\\p{P}\\d]\\s)(\\d{1,2})\\)(?!\\s+\\p{Ll})(?=[\\s\\p{P}]|$)");
    /**
     * The same mark where a foot of {@code 1) text} definitions has shown it to be the document's
     * ({@code Ron 1) last week}, {@code mountains.1)}): a word in lower case may follow it, and it may be glued to the
     * word or stop before (never inside {@code (1)}).
     */
    public static final Pattern ATTESTED_CLOSING_PAREN_REFERENCE = Pattern.compile(
            "(?:(?<=[\\p{L}\\p{P}&&[^(]])|(?<=[\\p{L}\\p{P}\\d]\\s))(\\d{1,2})\\)(?=[\\s\\p{P}]|$)");

    /** What stands before an enumeration's mark: a colon, comma, semicolon or dash, or a word joining items. */
    private static final Pattern ENUMERATION_BEFORE = Pattern.compile(
            "(?:[:;,—–-]|\\b(?i:and|or|either|et|ou|soit|und|oder|y|o|e|ed))\\s*$");
    /** A word that goes on with the sentence after a mark ({@code station, (a) and the walls}): no item opens so. */
    private static final Pattern SENTENCE_GOES_ON = Pattern.compile(
            "^\\s+(?i:and|but|which|who|whose|where|though|while|mais|qui|dont|aber|welche[rs]?)\\b");

    /**
     * Whether a mark after a space stands as an enumeration's item ({@code we need: (a) a house, (b) a horse}): after
     * a colon, a comma or a joining word, unless the sentence goes on past it with a conjunction or a relative
     * ({@code a Roman station, (a) and the remains}), as no item begins.
     */
    public static boolean isEnumerationItem(String before, String after) {
        return ENUMERATION_BEFORE.matcher(before).find() && !SENTENCE_GOES_ON.matcher(after).find();
    }

    /** What joins marks named in a row: {@code (1) and (2)}, {@code 1), 2) etc.}, {@code (1)–(3)}. */
    private static final String MARKS_JOINED = "\\s*(?:,|and|or|et|ou|und|to|[-–—])?\\s*";

    /**
     * A mark of the kind {@code markText} (a regular expression) at the start of the text after a mark, joined to it:
     * the two are marks named ({@code the marks (1) and (2)}), not references.
     */
    public static Pattern namedAfter(String markText) {
        return Pattern.compile("^" + MARKS_JOINED + markText);
    }

    /** The same, a mark of that kind at the end of the text before a mark ({@code numbered 1), 2)}). */
    public static Pattern namedBefore(String markText) {
        return Pattern.compile(markText + MARKS_JOINED + "$");
    }

    /**
     * A letter and a closing parenthesis glued to the stop after a sentence, as German books mark their notes:
     * {@code ausgewachsen ist.a)}, {@code Besonderes.f)}; never after a space ({@code see plate a)}) nor inside
     * {@code (a)}. A reference where the document defines that note ({@code a) Das Jahr …}).
     */
    public static final Pattern GLUED_LETTER_PAREN_REFERENCE = Pattern.compile("(?<=\\p{L}[.,;:!?’”\"])([a-z])\\)(?=[\\s\\p{P}]|$)");

    /**
     * An asterisk and a number glued to the word or the stop before, as a translator marks notes apart from the
     * author's: {@code the ninth year of Showa*1, carrying}; not after a space ({@code marked *1, *2} names them).
     * A reference where the document defines that note ({@code *1 text}); {@code n} is the number.
     */
    public static final Pattern STAR_NUMBER_REFERENCE = Pattern.compile("(?<=[\\p{L}\\p{P}&&[^*\\s]])\\*(\\d{1,3})(?=[\\s\\p{P}]|$)");

    /**
     * A mark with its word in parentheses, as British History Online prints its notes in the text:
     * {@code acres. (fn. 1) The village}. A reference where the document defines that note (a {@code 1. text} under
     * {@code Footnotes}).
     */
    public static final Pattern FN_PAREN_REFERENCE = Pattern.compile("(?<=[\\p{L}\\p{P}\\d]\\s?)\\(fn\\.\\s?(\\d{1,3})\\)");
    /**
     * A law database's mark, {@code n} and the number standing as a word after the sentence: {@code the oldest
     * office. n1 Fence-viewers were}; never {@code 91 n.2} (a stop) or {@code n12b}. A reference where the document
     * defines that note ({@code n1 text} under {@code FOOTNOTES:}).
     */
    public static final Pattern N_REFERENCE = Pattern.compile("n(?<=[\\p{L}\\p{P}\\d]\\sn)(\\d{1,3})(?=\\s|$)");

    /**
     * Digits in parentheses after a word, a number or punctuation, perhaps after a space: {@code Hall.(1)},
     * {@code 1768 (5)}; a letter in parentheses set right against them, as law reports print the reporter's notes:
     * {@code market or not(a)}, {@code Hen. 7(b)}; asterisks in parentheses, as Italian books print them:
     * {@code da poco (*), e}, {@code il campanile (**).}. Also an enumeration's mark, so a reference only where the document
     * defines that note.
     */
    public static final Pattern PAREN_REFERENCE = Pattern.compile(
            "(?<=[\\p{L}\\p{P}\\d])(?:\\s?\\((\\d{1,2})\\)|\\(([a-z])\\)|\\s?\\((\\*{1,3})\\))(?=[\\s\\p{P}]|$)");
    /**
     * A letter in parentheses after a word and a space, as a despatch prints its notes: {@code Advisers (a) on}. Far
     * more often an enumeration's item, a clause cited ({@code clause (c)}) or a sign ({@code Copyright (c)}): a
     * reference only where the document's plan found such marks claiming its lettered notes one by one.
     */
    public static final Pattern SPACED_LETTER_REFERENCE = Pattern.compile("(?<=[\\p{L}\\p{P}\\d])\\s\\(([a-z])\\)(?=[\\s\\p{P}]|$)");

    /**
     * A definition's marker that is also ordinary text, {@code (1) text}, {@code (*) text}, {@code 1 The text} (a number and a
     * capital) or {@code n1 The text}: a definition only in a notes area whose text refers to that number, which the caller knows.
     */
    private static final Pattern WEAK_DEFINITION = Pattern.compile("^\\s*(?:\\((\\d{1,3}|[a-z]|\\*{1,3})\\)|(\\d{1,3})(?=\\s+[\\p{Lu}\\p{N}\"“‘(\\[])"
            // a German book's lettered note, "a) Das Jahr …" (the marks of GLUED_LETTER_PAREN_REFERENCE)
            + "|([a-z])\\)(?=\\s+[\\p{Lu}\\p{N}\"“‘(\\[])"
            // a law database's "n1 See generally …" (the marks of N_REFERENCE)
            + "|n(\\d{1,3})(?=\\s+[\\p{Lu}\\p{N}\"“‘(\\[]))\\s*");

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /**
     * The word an edition prints before a note's number in its definitions, in the languages editions are made in:
     * {@code Note 2.—}, {@code Footnote 3:}, {@code Anm. 1.}, {@code Nota 4.}, {@code Noot 2.}, {@code Przypis 1.}.
     */
    public static final String NOTE_WORD = "(?i:(?:foot|end)?note|nota|noot|anm\\.|anmerkung|fu(?:ß|ss)note|przypis|pozn\\.|poznámka|прим\\.|примечание)";
    private static final Pattern DEFINITION_TEXT = Pattern.compile(
            "^\\s*(?:\\[(?:\\^|fn:)([\\p{L}\\d_-]{1,20})\\]:?|\\[(\\d{1,3}|[a-z]|" + ROMAN + "|\\*{1,3}|†|‡)\\][.:]?|\\(?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\)?"
                    // a section or paragraph sign before a number is the author's own division ("§ 4. The road")
                    + "|(\\*{1,3}(?!\\d)|†{1,2}|‡|(?:§|¶)(?!\\s*\\d)|‖|\\|\\|)"
                    + "|\\^(\\d{1,3})|\\{(\\d{1,3})\\}|" + NOTE_WORD + "\\s+(\\d{1,3})\\s*[.:)—–-]"
                    + "|\\[" + NOTE_WORD + "\\s+(\\d{1,3}|[A-Za-z])\\s*:"
                    // reStructuredText's footnote: ".. [1] text", auto-numbered ".. [#] text", ".. [#label] text", ".. [*] text"
                    + "|\\.\\.\\s+\\[(\\d{1,3}|#[\\p{L}\\d_-]{0,30}|\\*)\\]"
                    // a reference copied from a wiki page: "4. ^ text", "a. ^ text", the caret its link back to the text
                    + "|(\\d{1,3}|[a-z])\\.\\s+\\^(?=\\s)"
                    // a law database's "FN1. text" and a typescript's "1/ text" (the marks of FN_REFERENCE, SLASH_REFERENCE);
                    // "1/ the initiative …;", lower case, is an enumeration's item
                    + "|FN(\\d{1,3})[.:]?(?=\\s)|(\\d{1,3})/(?=\\s+[\\p{Lu}\\p{N}\"“‘(\\[])"
                    // a modifier letter's note: "ᵃ text"
                    + "|([" + MODIFIER_LETTERS + "])(?=\\s)"
                    // a translator's "*1 text" (the marks of STAR_NUMBER_REFERENCE)
                    + "|\\*(\\d{1,3})(?=\\s)"
                    // digits in angle brackets, "<1> text" (the marks of CARET_REFERENCE)
                    + "|<(\\d{1,3})>(?=\\s))\\s*");
    /** Markdown's link reference definition, {@code [1]: https://… "Title"}: a link's address, no note's text. */
    private static final Pattern LINK_DEFINITION = Pattern.compile(
            "^\\s*\\[[^\\]]{1,40}\\]:\\s*<?(?:https?|ftp)://\\S+?>?(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*$");
    /** The alternative of {@link #DEFINITION_TEXT} that opens a bracketed definition, {@code [Footnote 1: text]}. */
    private static final int BRACKETED = 8;
    /** The alternative of {@link #DEFINITION_TEXT} that opens a wiki page's reference, {@code 4. ^ text}. */
    private static final int WIKI = 10;
    /** A wiki reference's links back to each place that cites it, {@code ^ a b}, lettered in order from a. */
    private static final Pattern BACKLINKS = Pattern.compile("^\\s*\\^?\\s*(a(?:\\s+[b-z])+)(?=\\s+\\S)");

    /** A definition's marker: the note's number or symbol, and the content after the marker. */
    public record Definition(String n, List<Inline> content) {}

    private NoteMarks() {}

    /** The note number a match of one of these patterns found: its first group that matched. */
    public static String number(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return m.group(g);
        throw new IllegalStateException("no group matched");
    }

    /** Digits for Unicode superscript digits: {@code ¹²} → {@code 12}. */
    public static String fromSuperscript(String sup) {
        StringBuilder sb = new StringBuilder();
        for (char c : sup.toCharArray()) sb.append(SUPERSCRIPT_DIGITS.indexOf(c));
        return sb.toString();
    }

    /** Whether a character is a superscript digit ({@code ²}) or a modifier letter ({@code ᵃ}): a mark's, standing as a word of its own. */
    public static boolean isSuperscriptMark(int cp) {
        return cp < 0x10000 && SUPERSCRIPT_DIGITS.indexOf((char) cp) >= 0 || isModifierLetter(cp);
    }

    public static boolean hasSuperscriptDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '²' && SUPERSCRIPT_DIGITS.indexOf(c) >= 0) return true;     // ² is the lowest of them
        }
        return false;
    }

    /** The note number a superscript's text stands for ({@code [2]} → {@code 2}), if it is a reference. */
    public static Optional<String> superscriptReference(String content) {
        Matcher m = SUPERSCRIPT_REFERENCE.matcher(content.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The definition marker at the start of some inline content, with what follows it; empty when the content
     * does not open with a marker or holds nothing after it. A list item's own marker is the caller's: it
     * knows whether the list is one of notes.
     */
    public static Optional<Definition> definition(List<Inline> in) {
        if (in.isEmpty()) return Optional.empty();
        if (in.get(0) instanceof Inline.Styled s && s.style() == Inline.Style.SUPERSCRIPT) {
            Optional<String> n = superscriptReference(s.plain());
            if (n.isPresent() && hasText(in.subList(1, in.size()))) {
                return Optional.of(new Definition(n.get(), stripMarkerPunctuation(in.subList(1, in.size()))));
            }
            return Optional.empty();
        }
        if (in.get(0) instanceof Inline.Text t) {
            if (LINK_DEFINITION.matcher(Inline.plain(in)).matches()) return Optional.empty();
            Matcher m = DEFINITION_TEXT.matcher(t.text());
            if (m.find() && (m.end() < t.text().length() || in.size() > 1)) {
                String n = m.group(3) != null ? fromSuperscript(m.group(3)) : fromModifier(number(m));
                List<Inline> rest = new ArrayList<>();
                if (m.end() < t.text().length()) rest.add(new Inline.Text(t.text().substring(m.end())));
                rest.addAll(in.subList(1, in.size()));
                if (m.group(BRACKETED) != null) rest = withoutClosingBracket(rest);
                if (m.group(WIKI) != null) rest = withoutBacklinks(rest);
                if (hasText(rest)) return Optional.of(new Definition(n, rest));
            }
        }
        return Optional.empty();
    }

    /** The marker of a line that may define a note ({@link #WEAK_DEFINITION}): {@code (1) text}, {@code 1 The text}. */
    public static Optional<Definition> weakDefinition(List<Inline> in) {
        if (in.isEmpty() || !(in.get(0) instanceof Inline.Text t)) return Optional.empty();
        Matcher m = WEAK_DEFINITION.matcher(t.text());
        if (!m.find()) return Optional.empty();
        List<Inline> rest = new ArrayList<>();
        if (m.end() < t.text().length()) rest.add(new Inline.Text(t.text().substring(m.end())));
        rest.addAll(in.subList(1, in.size()));
        return hasText(rest) ? Optional.of(new Definition(number(m), rest)) : Optional.empty();
    }

    /**
     * The text of {@code [Footnote 1: text]} without the bracket that closes the one its marker opened: the last
     * character, when the brackets inside are balanced without it (a note continued in the next paragraph keeps all).
     */
    private static List<Inline> withoutClosingBracket(List<Inline> rest) {
        if (rest.isEmpty() || !(rest.get(rest.size() - 1) instanceof Inline.Text t)) return rest;
        String last = t.text().stripTrailing();
        if (!last.endsWith("]")) return rest;
        String plain = Inline.plain(rest);
        int depth = 0;
        for (int i = 0; i < plain.length(); i++) {
            if (plain.charAt(i) == '[') depth++;
            else if (plain.charAt(i) == ']') depth--;
        }
        if (depth != -1) return rest;
        List<Inline> out = new ArrayList<>(rest);
        out.set(out.size() - 1, new Inline.Text(last.substring(0, last.length() - 1)));
        return out;
    }

    /**
     * The content of a wiki reference after its caret without the letters that link back to its several citations
     * ({@code ^ a b Smith (1973)} → {@code Smith (1973)}); the letters must run a, b, c… so a word is never taken.
     */
    public static List<Inline> withoutBacklinks(List<Inline> content) {
        if (content.isEmpty() || !(content.get(0) instanceof Inline.Text t)) return content;
        String text = t.text().replaceFirst("^\\s*\\^(?=\\s)", "");
        Matcher m = BACKLINKS.matcher(text);
        if (m.find() && inOrder(m.group(1))) text = text.substring(m.end());
        List<Inline> out = new ArrayList<>(content);
        out.set(0, new Inline.Text(text));
        return out;
    }

    /** The back-link letters of {@link #BACKLINKS} as a run: {@code a b c}, not {@code a c}. */
    public static boolean inOrder(String letters) {
        String[] l = letters.trim().split("\\s+");
        for (int i = 0; i < l.length; i++) if (l[i].charAt(0) != 'a' + i) return false;
        return true;
    }

    /** The back-link letters a wiki reference's content opens with ({@code ^ a b}), or the empty string. */
    public static String backlinks(String content) {
        Matcher m = BACKLINKS.matcher(content.replaceFirst("^\\s*\\^(?=\\s)", ""));
        return m.find() && inOrder(m.group(1)) ? m.group(1) : "";
    }

    /** {@code <sup>1</sup>. text} or {@code <sup>1</sup>: text}: the punctuation belongs to the marker. */
    private static List<Inline> stripMarkerPunctuation(List<Inline> rest) {
        if (!rest.isEmpty() && rest.get(0) instanceof Inline.Text t) {
            String s = t.text().replaceFirst("^[.:)]\\s", " ");
            List<Inline> out = new ArrayList<>(rest);
            out.set(0, new Inline.Text(s));
            return out;
        }
        return rest;
    }

    private static boolean hasText(List<Inline> in) {
        String p = Inline.plain(in);
        for (int i = 0; i < p.length(); i++) if (Character.isLetterOrDigit(p.charAt(i))) return true;
        return false;
    }
}
