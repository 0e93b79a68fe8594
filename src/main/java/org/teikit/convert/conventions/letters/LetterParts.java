package org.teikit.convert.conventions.letters;

import nu.xom.Element;
import org.teikit.convert.apparatus.LayoutCharacters;
import org.teikit.convert.dates.DateParser;
import org.teikit.convert.dates.IsoDate;
import org.teikit.convert.speech.NameMarker;
import org.teikit.tei.Tei;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the conventional parts of a letter or telegram by their wording: salutations, closing
 * formulas, signatures, postscripts, and datelines ({@code Kuibyshev, November 2, 1941},
 * {@code [Moscow,] June 11, 1944,}, {@code Sent on August 4, 1941}). Shared by the families that
 * encode messages.
 */
public final class LetterParts {
    private static final Pattern SALUTE = Pattern.compile(
            "^(?:(?:my\\s+)?(?:own\\s+)?dear(?:est)?\\b.{0,60}"
                    // a lover's and a family's: "My own May,", "My darling Kate,", "Sweetheart,", "May darling —"
                    + "|(?:my\\s+)?(?:own\\s+)?(?:darling|sweetheart|beloved|precious|sweetest)\\b.{0,40}|my\\s+own\\s+\\p{L}.{0,40}"
                    + "|\\p{Lu}\\p{L}+\\s+(?:darling|dearest|beloved)|mr\\.?\\s+(?:president|prime minister|ambassador|chairman)|mr\\.?\\s+\\p{Lu}\\p{L}+|sir|madam|gentlemen|your excellency|(?:my\\s+)?lords?|your\\s+(?:lordship|grace)"
                    // addressed by rank or by the cloth: "My Lord Duke,", "My Lord Bishop,", "Reverend Sir,", "Reverend Brethren,"
                    + "|(?:my\\s+)?lord\\s+(?:duke|marquis|marquess|earl|bishop|archbishop|cardinal|mayor|provost)|(?:(?:right|very|most)\\s+)?reverend\\s+(?:sir|madam|father|mother|brethren|brother|sisters?)"
                    + "|comrade\\b.{1,40}"
                    // French and German: "Monsieur,", "Cher ami,", "Hochgeehrter Herr X!", "Lieber Freund!"
                    // "Monsieur le Directeur,", "Madame la Comtesse,", "Monsieur et cher confrère,"
                    + "|(?:monsieur|madame|mademoiselle|messieurs|mesdames)(?:\\s+(?:le|la|les|et)\\s.{1,40})?|(?:mon\\s+)?cher\\b.{1,40}|(?:ma\\s+)?ch[èe]re\\b.{1,40}"
                    + "|(?:sehr\\s+)?(?:hoch)?geehrte[rs]?\\b.{1,40}|(?:mein(?:e)?\\s+)?liebe[rs]?\\b.{1,40}"
                    // Italian and Spanish: "Carissimo Luigi,", "Cara mamma,", "Querido Ramón:", "Muy señor mío:"
                    + "|(?:mi[oa]\\s+)?car(?:issim)?[oa]\\b.{0,40}|(?:mis?\\s+)?querid[oa]s?\\b.{0,40}|estimad[oa]s?\\b.{0,40}|muy\\s+señor(?:a)?\\b.{0,40}"
                    // the commercial plural: "Muy Sres. nuestros:", "Muy señores míos:"
                    + "|muy\\s+(?:señor(?:es|as)|sres?\\.|sras?\\.|srs\\.)\\s*.{0,40}"
                    + "|gentil(?:issim[oa])?\\b.{0,40}|gentili\\b.{0,40}|egregi[oae]?\\b.{0,40}"
                    // Dutch and Portuguese: "Beste Henk,", "Waarde Hendrik,", "Lieve Moeder,", "Meu querido irmão,", "Minha querida mãe,"
                    + "|(?:beste|waarde|lieve|geachte|zeer\\s+geachte)\\s.{1,40}|(?:meu|minha|meus|minhas)\\s+(?:querid[oa]s?|car[oa]s?|prezad[oa]s?)\\b.{0,40}|(?:querid[oa]|car[oa]|prezad[oa])\\s.{1,40}"
                    + ")(?:[,:!]|\\s*[—–])$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What a writer calls himself under "Your": a kinsman, a friend, a servant. */
    private static final String KIN_OR_SERVICE = "(?:son|daughter|brother|sister|father|mother|wife|husband|nephew|niece|cousin|uncle|aunt|child|friend|servant)(?:-in-law)?";
    private static final Pattern CLOSING = Pattern.compile(
            // "I am, Sir, yours obediently,", "I remain, dear Madam, your obedient servant", "I am, Reverend Sir, …": the formula after its lead-in
            "^(?:I\\s+(?:am|remain),?\\s+(?:(?:my\\s+)?(?:dear\\s+)?(?:(?:(?:right|very|most)\\s+)?reverend\\s+)?(?:sir|madam|sirs|gentlemen|lord|brethren),?\\s+)?)?"
                    + "(?:yours\\b.{0,40}|(?:ever|always)\\s+yours\\b.{0,30}|(?:very\\s+)?(?:sincerely|faithfully|truly|respectfully|cordially)\\b.{0,30}|with\\s+(?:best|kind|warm|warmest|kindest)\\b.{0,30}|with\\s+(?:deep\\s+|great\\s+)?respect|(?:best|kind)\\s+regards\\b.{0,20}|(?:I\\s+(?:have|had)\\s+the\\s+hono(?:u)?r\\s+to\\s+(?:be|remain)\\b.{0,30})|(?:your\\s+)?(?:most\\s+)?obedient\\s+servant|(?:ever\\s+)?your\\s+(?:loving|affectionate|devoted|own)\\b.{0,30}"
                    // the writer named by kinship or service alone: "Your son", "Your daughter-in-law", "Your friend and servant"
                    // a plain letter's "From your son,", "No more at present from your loving son"
                    + "|(?:(?:(?:so\\s+)?no\\s+more\\s+(?:at\\s+present|this\\s+time)\\s+)?from\\s+)?(?:your|thy)\\s+(?:(?:loving|devoted|affectionate|dutiful|humble|obedient|faithful|sincere|true|old|own|most|very|ever|fond)\\s+)*" + KIN_OR_SERVICE
                    + "(?:\\s+and\\s+" + KIN_OR_SERVICE + ")?"
                    // a plain letter's "no more at present", alone over the signature
                    + "|(?:so\\s+)?no\\s+more\\s+at\\s+present(?:\\s+from\\s+(?:your|thy)\\b.{0,40})?"
                    // a family letter's love: "Much love from your affectionate brother,", "With fondest love,", "Love to all,"
                    + "|(?:with\\s+)?(?:(?:much|all\\s+(?:my|our)|best|fond|fondest|lots\\s+of|heaps\\s+of)\\s+)?love"
                    + "(?:\\s+(?:to\\s+(?:all|you(?:\\s+all)?|everyone|every\\s?body)|from\\s.{1,40}))?(?:\\s+(?:for\\s+ever|forever|always))?"
                    // French and German: "Votre dévoué,", "Tout à vous,", "Ihr ergebener", "Mit vorzüglicher Hochachtung"
                    + "|votre\\s+(?:tout\\s+|bien\\s+)?(?:d[ée]vou[ée]e?|affectionn[ée]e?|ami[e]?)\\b.{0,30}|tout\\s+[àa]\\s+(?:vous|toi)\\b.{0,20}"
                    + "|(?:ihr|dein)e?\\s+(?:sehr\\s+|ganz\\s+)?(?:ergebene[rs]?|treue[rs]?|alte[rs]?)\\b.{0,30}"
                    + "|mit\\s+(?:vorzüglicher\\s+|größter\\s+|freundlichen\\s+|herzlichen\\s+|besten\\s+)?(?:hochachtung|grüßen|gruß)\\b.{0,20}"
                    + "|hochachtungsvoll|freundliche\\s+grüße"
                    // Italian and Spanish: "Il tuo aff.mo", "Vostro devotissimo", "Tu hermana que te quiere,", "Tuya,", "Su afectísimo"
                    + "|(?:il\\s+|la\\s+)?(?:tuo|tua|vostro|vostra|suo|sua)\\b.{0,30}|(?:tu|su)\\s+(?:afectísim[oa]|affm[oa]|herman[oa]|amig[oa]|hij[oa]|madre|padre)\\b.{0,30}"
                    + "|tuy[oa]s?\\b.{0,20}|suy[oa]\\b.{0,20}|un\\s+abrazo\\b.{0,20}|affettuosamente\\b.{0,20}|con\\s+affetto\\b.{0,20}"
                    // Italian superlatives of service, often cut short with the ending raised: "Umiliss.mo Devot.mo Servitore"
                    + "|(?:(?:umil|devot|obblig|obbl|oss(?:equ)?|aff(?:ez)?)[\\p{L}]*\\.?(?:m[oa]|iss\\p{L}*)?\\s+){1,3}(?:serv(?:itore|o|a)|servid(?:or|ora))\\b.{0,20})[,.!]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POSTSCRIPT = Pattern.compile("^(?:P\\.\\s?S\\.|PS[.:]|Postscript[.:])");
    /**
     * A place, perhaps with its region ({@code Fort Ashby, Kansas}), perhaps in editorial brackets; or a street address
     * as a letter to a newspaper prints it under the signature, its house number first ({@code 4, Mill Lane, Stratford, E.}).
     */
    private static final Pattern PLACE = Pattern.compile(
            "^\\[?\\p{Lu}[\\p{L}\\-' .\"“”]{0,40}?(?:,\\s*(?:near\\s+|by\\s+|bei\\s+|off\\s+|before\\s+|at\\s+)?\\p{Lu}[\\p{L}\\-' .]{0,30}?)?,?\\]?,?\\s*$"
                    + "|^\\d{1,4}[a-z]?,?\\s+\\p{Lu}[\\p{L}\\-' .]{0,30}?(?:,\\s*\\p{Lu}[\\p{L}\\-' .]{0,30}?){1,3},?\\s*$");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?iu)(?:^|(?<=[,\\s]))(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    // in the other languages whose datelines print the weekday: "ce mercredi 5 janvier", "Montag, den 4. Mai"
                    + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
                    + "|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
                    + "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[,.]?\\s*(?:the\\s+)?$");
    /**
     * The article datelines print before the day: {@code Paris, le 3 mars}, {@code ce 12 juin}, {@code Berlin, den 4. Mai},
     * {@code London, the 2d of June}, {@code Roma, li 3 marzo}, {@code Madrid, a 3 de marzo}.
     */
    private static final Pattern DATE_ARTICLE = Pattern.compile("(?i)(?:^|(?<=[,\\s]))(?:le|ce|den|am|the|li|lì|il|el|a)\\s*$");
    /** "Telegram. Madrid, 18 July 1936": the kind of message printed before its place. */
    private static final Pattern DOCUMENT_KIND = Pattern.compile("(?i)^(?:telegram|cable|letter|despatch|dispatch|report|note)[.:]\\s*"
            // a Blue Book's "(Telegraphic.)" set before the dateline
            + "|^\\((?:telegraphic|telegram|confidential|secret|private)\\.?\\)\\s*");
    /**
     * Times after the date: {@code —6 p.m.}, {@code 7.30 p.m.}, a telegraph form's {@code 315P}, and the hours a cable was
     * despatched and received ({@code D. 8.15 p.m. R. 11.40 p.m.}, {@code Sent 4 p.m.; received 9.30 a.m.}).
     */
    private static final String TIME = "(?:\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?\\s?m\\.?|\\d{3,4}\\s?[AP]M?(?![\\p{L}\\d])|\\d{1,2}[.:]\\d{2}|noon|midnight)";
    private static final Pattern TIME_AND_PUNCTUATION = Pattern.compile(
            "(?i)[\\s.,;*\\]]*(?:(?:[—–,-]\\s*)?(?:(?:D|R|sent|desp(?:atche)?d|rec(?:eive)?d|received)\\.?:?\\s*)?"
                    + TIME + "[\\s.,;*\\]]*){0,3}");
    private static final Pattern SIGNATURE_LINE = Pattern.compile(
            "^(?:(?:\\p{Lu}\\.\\s*){1,3})?(?:\\p{Lu}[\\p{L}'\\-]*\\.?\\s+){0,3}\\p{Lu}{2,}[\\p{Lu}'\\-]*\\.?$");

    /** A dateline's parts: the place as printed (brackets kept, may be empty) and the ISO date. */
    public record Dateline(String place, String when, int dateStart, int dateEnd) {
        /** The place without editorial brackets and punctuation, or "" when none. */
        public String placeName() {
            return place.replaceAll("[\\[\\],]", "").strip();
        }
    }

    /** The most words a dateline holds: a camp's long name and a date ({@code Camp near Fairfax Court House Va Dec the 18 1862}). */
    static final int DATELINE_WORDS = 11;

    private LetterParts() {}

    /** The text without layout characters ({@code □}) and surrounding space. */
    public static String clean(String text) {
        return LayoutCharacters.remove(text).strip();
    }

    /** An unpunctuated salutation of a plain letter: {@code Dear Mother}, {@code My dear Brother Thomas}, {@code Dear Father and Mother}. */
    private static final Pattern BARE_SALUTE = Pattern.compile("^(?:(?:My|MY|my)\\s+)?(?:Dear|DEAR|Dearest|dear|dearest)\\s+\\p{Lu}\\p{L}*(?:\\s+(?:and\\s+)?\\p{Lu}\\p{L}*){0,2}$");

    /** Whether the line is a salutation printed with no stop after it ({@code Dear Mother}); only evidence around it makes it one. */
    static boolean isBareSalute(String text) {
        return BARE_SALUTE.matcher(clean(text)).matches();
    }

    public static boolean isSalute(String text) {
        String t = clean(text);
        return atMostWords(t, 8) && SALUTE.matcher(t).matches() || isLatinSalute(t);
    }

    /**
     * A Latin letter's salutation in the third person: the writer, the addressee in the dative, then "salutem dicit"
     * as the letters abbreviate it ({@code NICOLAUS VARUS GERARDO SUO S. D.}, {@code … S. P. D.}, {@code … SAL.}); a
     * bare {@code S.} only on a line in capitals, where no initial of a name can be meant.
     */
    static boolean isLatinSalute(String text) {
        String t = clean(text);
        if (!atMostWords(t, 10) || t.indexOf('\n') >= 0) return false;
        Matcher m = LATIN_SALUTE.matcher(t);
        if (!m.matches()) return false;
        return m.group(2) != null || m.group(1).equals(m.group(1).toUpperCase(java.util.Locale.ROOT));
    }

    private static final Pattern LATIN_SALUTE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{L}[\\p{L}.]*){1,7})\\s+(?:(S\\.\\s?(?:P\\.\\s?)?D\\.|S\\.\\s?P\\.|SAL\\.|(?i:salutem(?:\\s+plurimam)?(?:\\s+dicit)?\\.?))|S\\.)$");

    public static boolean isClosingSalute(String text) {
        String t = clean(text);
        return atMostWords(t, 8) && CLOSING.matcher(t).matches() || isFormule(t)
                || atMostWords(t, 24) && SPANISH_INITIALS.matcher(t).find()
                || atMostWords(t, 30) && closingAfterLeadIn(t)
                || atMostWords(t, 16) && HONOUR_TO_BE.matcher(t).matches();
    }

    /**
     * A closing formule of one sentence, however long: the French {@code Veuillez agréer, Monsieur, l'expression de
     * mes sentiments distingués.}, {@code Croyez, Monsieur, à …}, and the diplomatic {@code I avail myself of this
     * opportunity to renew to Your Excellency the assurance of my highest consideration.} — a request or offer to
     * accept the writer's regards, ending on the regards' word.
     */
    static boolean isFormule(String text) {
        String t = clean(text).replace('\n', ' ');
        return atMostWords(t, 40) && FORMULE.matcher(t).matches();
    }

    /**
     * {@code With kind regards to all, I am, yours affectionately,}: a closing after a sentence that leads into it; or
     * after one whose subject carries on into the formula, {@code I enclose my card, and am, Sir, yours, &c.,}.
     */
    private static final Pattern LEAD_IN = Pattern.compile("(?i)^.{3,160}?[,;]\\s+((?:I|and)\\s+(?:am|remain),?\\s+.{3,60})$");

    private static boolean closingAfterLeadIn(String t) {
        Matcher m = LEAD_IN.matcher(t.replace('\n', ' '));
        if (!m.matches() || !atMostWords(m.group(1), 10)) return false;
        return CLOSING.matcher(m.group(1).replaceFirst("(?i)^and\\s+", "I ")).matches();
    }

    /**
     * The Spanish closing abbreviated to its initials at the sentence's end: {@code q. e. s. m.} (que estrecha su mano),
     * {@code q. b. s. m.} (que besa su mano), {@code S. S. S.} (su seguro servidor) — {@code quedamos de Vds. afmos.
     * S. S. S. q. e. s. m.,}.
     */
    private static final Pattern SPANISH_INITIALS = Pattern.compile("(?iu)(?:^|\\s)(?:q\\.\\s?[eb]\\.\\s?s\\.\\s?[mp]\\.|s\\.\\s?s\\.\\s?s\\.)[,.]?$");
    /** {@code I have the honour to be, with the highest respect,}: the despatch's formula, its courtesies run on. */
    private static final Pattern HONOUR_TO_BE = Pattern.compile("(?i)^(?:I|we)\\s+(?:have|had)\\s+the\\s+hono(?:u)?r\\s+to\\s+(?:be|remain)\\b[^.!?]{0,80}[,.]?$");
    private static final Pattern FORMULE = Pattern.compile(
            "(?iu)^(?:veuillez|je\\s+vous\\s+prie|nous\\s+vous\\s+prions|daignez|agr[ée]ez|recevez|croyez|(?:I|we)\\s+avail\\s+(?:myself|ourselves)|(?:the\\s+)?\\p{Lu}[\\p{L} ]{2,60}\\s+avails\\s+(?:itself|himself|herself|themselves))\\b"
                    + "[^.!?]{0,260}\\b(?:sentiments?|consid[ée]ration|respects?|hommages?|salutations?|d[ée]vouement|amiti[ée]s?|regards|esteem|souvenirs?|estime)\\b[^.!?]{0,60}[.!]?$");

    public static boolean isPostscript(String text) {
        return POSTSCRIPT.matcher(text.strip()).lookingAt();
    }

    /**
     * A signature: one to three short lines, each a name with a surname in capitals
     * ({@code J. STALIN}, {@code Franklin D. ROOSEVELT}) or initials ({@code WAH}).
     */
    public static boolean isSignature(String text) {
        String[] lines = clean(text).split("\n");
        if (lines.length > 3 || text.isBlank()) return false;
        for (String l : lines) {
            String s = l.strip();
            if (!atMostWords(s, 5) || !SIGNATURE_LINE.matcher(s).matches()) return false;
        }
        return true;
    }

    /**
     * A block that is only a dateline: an optional place (one to a few capitalised words, possibly in
     * editorial brackets, perhaps then a weekday) or a dateline verb ({@code Sent on}), then one date, then at most
     * a time of day ({@code —6 p.m.}) and punctuation.
     */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S(\\s{3,})\\S");

    /**
     * Where a line that prints the salutation and, set off to the right, the dateline ({@code My dear Whitlock:
     * [Washington,] May 3, [1919]}) divides: the offset of the gap's end, or -1. Documentary editions print them so.
     */
    public static int saluteThenDateline(String text) {
        Matcher gap = COLUMN_GAP.matcher(text);
        if (!gap.find() || text.indexOf('\n') >= 0) return -1;
        String left = text.substring(0, gap.start(1)).strip();
        return isSalute(left) ? gap.end(1) : -1;
    }

    /** A dateline's text to read a date from: its editors' brackets left out ({@code [Washington,] May 3, [1919]}). */
    static String dateText(String text) {
        String glossed = GLOSSED_MONTH.matcher(THAT_IS.matcher(clean(text)).replaceAll(", $1")).replaceAll("$1 of $2");
        String styled = OLD_AND_NEW_STYLE.matcher(glossed.replace("[", "").replace("]", "")).replaceAll("$1");
        return newStyleYear(DOUBLE_DAY.matcher(styled).replaceAll("$2"));
    }

    /** The editor's {@code [i.e. 27 December]} after the writer's words for a day ({@code the 3rd Christmas Day}): the editor's reading. */
    private static final Pattern THAT_IS = Pattern.compile(",\\s*[^,\\[\\]]{1,40}?\\s*\\[i\\.\\s?e\\.,?\\s+([^\\]]{3,30})]");

    /**
     * A year written double, Old Style then New ({@code 3 February 1718/19}, {@code 1720/1}): from 1 January to
     * 24 March the year had not yet turned by the legal reckoning; the date is given in its New Style year.
     */
    private static final Pattern DOUBLE_YEAR = Pattern.compile("\\b(1[5-9]\\d\\d)/(\\d{1,2})\\b");

    static String newStyleYear(String t) {
        Matcher m = DOUBLE_YEAR.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int old = Integer.parseInt(m.group(1)), next = old + 1;
            int digits = m.group(2).length();
            boolean consecutive = Integer.parseInt(m.group(2)) == next % (digits == 1 ? 10 : 100);
            m.appendReplacement(out, consecutive ? String.valueOf(next) : m.group());
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A Friends' numbered month that the editor names in brackets ({@code the 12th of the 1st month [March]}): the
     * editor's month is the reading (before 1752 the first month was March, so the number alone misleads).
     */
    private static final Pattern GLOSSED_MONTH = Pattern.compile(
            "(?i)\\b(\\d{1,2}(?:st|nd|rd|th|d)?)\\s+(?:day\\s+)?of\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th|d)?\\s+(?:month|mo\\.?)\\s+\\[(\\p{L}{3,}\\.?)]");

    /** A dual date, Old Style then New Style in brackets ({@code February 23 (March 8), 1909}): the New Style is the date. */
    private static final Pattern OLD_AND_NEW_STYLE = Pattern.compile("\\b\\p{L}{3,}\\.?\\s+\\d{1,2}\\s*\\((\\p{L}{3,}\\.?\\s+\\d{1,2})\\)");

    /**
     * A day written double, Old Style over New with a stroke ({@code 28 May/8 June 1717}, {@code May 28/June 8, 1717}):
     * the New Style day, the one after the stroke, is the date.
     */
    private static final Pattern DOUBLE_DAY = Pattern.compile(
            "\\b(\\d{1,2}\\s+\\p{L}{3,}\\.?|\\p{L}{3,}\\.?\\s+\\d{1,2})\\s*/\\s*(\\d{1,2}\\s+\\p{L}{3,}\\.?|\\p{L}{3,}\\.?\\s+\\d{1,2})(?=,?\\s+\\d{4}\\b)");

    public static Optional<Dateline> dateline(String text) {
        // a dateline is a few words, its editors' glosses too: a longer text is none, told before the cleaning passes
        // (asked of every sentence end of a paragraph, they would make a long paragraph cost its length squared)
        if (!atMostWords(text, 3 * DATELINE_WORDS)) return Optional.empty();
        text = withoutSeriesNumber(text);
        Optional<Dateline> supplied = suppliedDate(clean(text));
        if (supplied.isPresent()) return supplied;
        String t = dateText(text);
        if (!atMostWords(t, LetterParts.DATELINE_WORDS)) return Optional.empty();
        List<IsoDate> dates = DateParser.find(t);
        if (dates.size() != 1) return Optional.empty();
        IsoDate d = dates.get(0);
        if (!isDatelineEnd(t.substring(d.end()))) return Optional.empty();
        String before = t.substring(0, d.start());
        if (before.isBlank()) return Optional.of(new Dateline("", d.iso(), d.start(), d.end()));
        if (DateParser.parse(t.substring(0, d.end())).isPresent()) {     // "Sent on August 4, 1941"
            return Optional.of(new Dateline("", d.iso(), d.start(), d.end()));
        }
        return placeBefore(before).map(place -> new Dateline(place, d.iso(), d.start(), d.end()));
    }

    /**
     * A despatch's number, or the print's word for how it came in parentheses with its priority or cipher
     * ({@code (Telegraphic.)  P.}, {@code (Telegraphic.)  En clair.}), then a wide space (three blanks or more, or a
     * tab), then the dateline.
     */
    private static final Pattern NUMBER_BESIDE_DATELINE = Pattern.compile("^\\s*(?:(?:No|Nr|N°|Nº)\\.?\\s*\\d{1,5}[A-Za-z]?\\.?"
            + "|\\(\\p{L}[\\p{L} ]{2,30}\\.?\\)(?:\\s{1,3}[\\p{L}.]{1,10}){0,2})(?: {3,}|\\t\\s*)(\\S.*)$");

    /**
     * {@code No. 221          Bangkok, April 9, 1926.}: a despatch's number at the left of its dateline's line, set
     * apart by a wide space, is the writer's series number, no part of the place (nor is a print's {@code (Telegraphic.)
     * P.} there); the line's dateline is what follows.
     */
    static String withoutSeriesNumber(String line) {
        Matcher numbered = NUMBER_BESIDE_DATELINE.matcher(line);
        return numbered.matches() ? numbered.group(1) : line;
    }

    /** {@code Paris, 3 thermidor an X [22 juillet 1802].}: a place, a date as printed, and the editor's date in brackets. */
    private static final Pattern SUPPLIED_DATE = Pattern.compile("^([^,\\[\\]]{2,40}),\\s*([^\\[\\]]{1,40}?)\\s*\\[([^\\]]{6,30})\\][.,]?$");

    /** The editor's date in brackets with a remark after it: {@code [20 September 1897; postmark of the 21st]}. */
    private static final Pattern EDITOR_DATE = Pattern.compile("^\\[([^\\];,]{6,30}?)\\s*[;,]\\s+[^\\]]{1,60}]\\.?$");

    /** A dateline whose date only the editor's brackets give in a calendar we read: that date, and the place before it. */
    private static Optional<Dateline> suppliedDate(String t) {
        Matcher e = EDITOR_DATE.matcher(t);
        if (e.matches()) {
            Optional<String> iso = DateParser.parse(e.group(1).strip());
            if (iso.isPresent() && iso.get().length() == 10) return Optional.of(new Dateline("", iso.get(), e.start(1), e.end(1)));
        }
        Matcher m = SUPPLIED_DATE.matcher(t);
        if (!m.matches() || !DateParser.find(m.group(2)).isEmpty()) return Optional.empty();
        Optional<String> iso = DateParser.parse(m.group(3));
        if (iso.isEmpty() || !PLACE.matcher(m.group(1)).matches()) return Optional.empty();
        return Optional.of(new Dateline(m.group(1).strip(), iso.get(), m.start(3), m.end(3)));
    }

    /** What may follow a dateline's date: a time of day, punctuation. */
    static boolean isDatelineEnd(String after) {
        return TIME_AND_PUNCTUATION.matcher(after).matches();
    }

    /** The place printed before a dateline's date ("" when none), a weekday after it left out; empty if it is not one. */
    static Optional<String> placeBefore(String before) {
        // the article stands after the weekday or before it: "Montag, den 4. Mai", "ce mercredi 5 janvier"
        String b = DATE_ARTICLE.matcher(WEEKDAY.matcher(DATE_ARTICLE.matcher(DOCUMENT_KIND.matcher(before).replaceFirst("")).replaceFirst(""))
                .replaceFirst("")).replaceFirst("");
        if (b.isBlank()) return Optional.of("");
        return PLACE.matcher(b).matches() ? Optional.of(b.strip()) : Optional.empty();
    }

    /** Wraps the dateline's place (plain text or an editorial {@code supplied}) in {@code placeName}. */
    public static void wrapPlace(Element dateline, String place) {
        if (place.isEmpty()) return;
        for (int i = 0; i < dateline.getChildCount(); i++) {
            if (dateline.getChild(i) instanceof Element e && e.getLocalName().equals("supplied")
                    && e.getValue().replaceAll("[,\\s]", "").equals(place.replaceAll("[,\\s]", ""))) {
                Element pn = Tei.el("placeName");
                dateline.replaceChild(e, pn);
                pn.appendChild(e);
                return;
            }
        }
        NameMarker.wrap(dateline, place, Tei.el("placeName"));
    }

    /** At most {@code max} words, counted without splitting the text (it runs on every short block). */
    public static boolean atMostWords(String s, int max) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord && ++n > max) return false;
            inWord = !space;
        }
        return true;
    }
}
