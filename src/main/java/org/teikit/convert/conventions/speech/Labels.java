package org.teikit.convert.conventions.speech;

import org.teikit.source.Inline;
import org.teikit.source.InlineCut;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the possible speaker labels at the start of a line, in every common style. The scan reads name
 * tokens (capitalised words, initials, titles, name particles) up to the label's closing {@code .} or
 * {@code :}; a title or an initial ({@code MR.}, {@code J.}) may end a label or go on into a name, so a line
 * can have several readings ({@code A. Yes.}: {@code A} or {@code A. Yes}), and the document decides which.
 * Pure syntax: no list of names, and no decision that this is dialogue.
 */
public final class Labels {
    /** The longest label teikit reads: a title, three names, a particle or two. */
    private static final int MAX_TOKENS = 6;
    private static final int MAX_STAGE_WORDS = 12;
    /** Lowercase words that stand inside names: {@code Frau von Ahlden}, {@code Duke of York}. */
    private static final Set<String> PARTICLES = Set.of(
            "von", "v", "van", "der", "den", "de", "du", "da", "di", "del", "della", "la", "le", "zu", "of", "the",
            "y", "al", "el", "bin", "ibn", "ten", "ter", "dos", "das");
    /** Abbreviated titles, which a name follows ({@code MR. SMITH.}): a full stop after them does not end a label. */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "fr", "hr", "frl", "st", "sen", "rep", "gen", "col", "capt", "cpt", "lt", "sgt",
            "maj", "adm", "gov", "hon", "rev", "prof", "mme", "mlle", "messrs", "comr", "lieut", "cmdr", "pres",
            "amb", "insp", "supt", "sec", "sr", "jr", "m", "mm", "ing", "mag", "revd");

    /**
     * A recording's timestamp before a label, as transcripts of tapes print it: {@code [00:03:12]}, {@code 00:03:12},
     * {@code (12:04)}, a cockpit recorder's {@code 1432:07} (hours and minutes, then seconds). It is furniture of the
     * transcript, not part of the speaker's name.
     */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?:\\[(T)\\]|\\((T)\\)|(T)(?:\\s+-)?)\\s+".replace("T", "(?:D)?(?:\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{4}:\\d{2})(?:[.,]\\d{1,3})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?")
                    // a chat export's date before the time: "[12/03/2021, 09:05:13]", "3/12/21, 9:05 PM - ", "[2021-03-12 09:05]"
                    .replace("D", "(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}),?\\s+"));
    /**
     * A reference to a standard edition's page and section printed before a label, {@code [412a]} (Stephanus),
     * {@code [1094b]} (Bekker): where the page turns, not part of the name.
     */
    private static final Pattern REFERENCE = Pattern.compile("\\[\\d{1,4}[a-e]?\\]\\s+");
    /**
     * The number of a question before the questioner's label, as a committee's minutes of evidence print it: {@code Q12
     * Mr Brisk: …}. A space follows it (a participant's code {@code Q1:} is itself a label).
     */
    private static final Pattern QUESTION_NUMBER = Pattern.compile("Q\\d{1,5}[ \\t]+(?=\\p{Lu})");
    /**
     * A broadcast script's cue number before the speaker, {@code 4.  BEN:}, {@code 11. LOCK-KEEPER:}: the script numbers
     * every cue for the studio; the name after it is in capitals and closed by a colon, with the speech after a space.
     */
    private static final Pattern CUE_NUMBER = Pattern.compile("\\d{1,3}\\.[ \\t]+(?=\\p{Lu}[\\p{Lu}\\d'’/\\- .]{0,40}:[ \\t]+\\S)");
    /**
     * A chat log's nick in angle brackets opening a message, {@code <anna>}, {@code <@op_kit>} (the channel mode
     * before it): IRC's characters, no {@code @} or {@code .} inside (an address {@code <anna@example.net>} is none).
     */
    private static final Pattern CHAT = Pattern.compile("<[@+%~&]?([A-Za-z_\\[\\]\\\\`^{}|][\\w\\-\\[\\]\\\\`^{}|]{0,30})>(?:\\s+|$)");
    /**
     * A child-language transcript's main tier, {@code *CHI:} then a tab: an asterisk, the participant's code in capitals
     * and a colon, as the CHAT format prints every utterance (its dependent tiers, {@code %mor:}, are no speech).
     */
    private static final Pattern MAIN_TIER = Pattern.compile("\\*(\\p{Lu}[\\p{Lu}\\d]{1,5}):[ \\t]+(?=\\S)");
    /**
     * After a time, a source code and a gap of two spaces or more before the content: a transcript printed as a table
     * ({@code TIME  SOURCE  CONTENT}), the voice's channel and number ({@code CAM-1}, {@code RDO-2}, {@code TWR}).
     */
    private static final Pattern COLUMN = Pattern.compile("(\\p{Lu}[\\p{Lu}\\d]*(?:-[\\p{Lu}\\d?]{1,3})?)\\s{2,}(?=\\S)");
    /**
     * A recording's time alone after a name at the line's end, {@code Maddy Quinlan  00:04}: transcription exports print
     * the speaker and when the speech starts on a line of their own, the speech in the paragraph below.
     */
    private static final Pattern TRAILING_TIME = Pattern.compile("\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*$");
    /** Lowercase words inside an identification in parentheses: {@code (Leader of the Opposition)}. */
    private static final Set<String> IDENTIFICATION_LINKS = Set.of("of", "the", "and", "for", "on", "upon", "in", "de", "von", "van", "le", "la");

    private Labels() {}

    /** Every reading of the line's start as a label, shortest first; empty when it cannot be one. */
    public static List<Label> at(List<Inline> line) {
        return at(line, false);
    }

    /**
     * As {@link #at(List)}; with {@code numbered}, the document numbers its lines ({@link LineNumbers}) and a line's
     * number before the label is layout, kept with the label's time as furniture.
     */
    public static List<Label> at(List<Inline> line, boolean numbered) {
        String plain = Inline.plain(line);
        int start = 0;
        while (start < plain.length() && Character.isWhitespace(plain.charAt(start))) start++;
        int furnitureStart = start;
        int afterNumber = numbered ? Math.max(start, LineNumbers.prefix(plain)) : start;
        boolean timed = timeEnd(plain, afterNumber) > afterNumber;
        int textStart = furnitureEnd(plain, numbered);
        if (textStart > 0) start = textStart;
        List<Inline> time = List.of();
        if (start > furnitureStart) {
            int end = start;
            while (end > furnitureStart && Character.isWhitespace(plain.charAt(end - 1))) end--;
            time = InlineCut.between(line, furnitureStart, end);
        }
        List<Label> out = new ArrayList<>();
        Matcher column = COLUMN.matcher(plain).region(start, plain.length());
        if (!timed || !column.lookingAt()) {
            readings(line, plain, start, out);
        } else {                                                 // "1432:07  CAM-1    okay": time, source, content
            out.add(formed(line, plain, start, start + column.group(1).length(), column.end(), Label.Form.COLUMN));
        }
        if (time.isEmpty()) return out;
        List<Label> withTime = new ArrayList<>();
        for (Label l : out) withTime.add(new Label(l.name(), l.form(), l.stage(), l.rest(), l.length(), time));
        return withTime;
    }

    /**
     * Where a line's text starts after the furniture before it: its number (when the document numbers its lines), a
     * recording's time, a standard edition's reference. 0 when it has none; the line's end when it holds nothing else.
     */
    public static int furnitureEnd(String plain, boolean numbered) {
        int start = 0;
        while (start < plain.length() && Character.isWhitespace(plain.charAt(start))) start++;
        int begin = start;
        if (numbered) start = Math.max(start, LineNumbers.prefix(plain));
        start = timeEnd(plain, start);                           // "[00:03:12] INTERVIEWER: …": the label after the time
        Matcher ref = REFERENCE.matcher(plain).region(start, plain.length());
        if (ref.lookingAt()) start = ref.end();                  // "[412a] SOCRATES. …": the standard edition's page
        Matcher question = QUESTION_NUMBER.matcher(plain).region(start, plain.length());
        if (question.lookingAt()) start = question.end();        // "Q12 Mr Brisk: …": the question's number
        Matcher cue = CUE_NUMBER.matcher(plain).region(start, plain.length());
        if (start == begin && cue.lookingAt()) start = cue.end(); // "4.  BEN: …": a script's cue number
        return start == begin ? 0 : start;
    }

    /** Whether a line opens with a recording's time ({@code [21:01]}, {@code 1432:07}). */
    public static boolean timed(String plain) {
        int start = 0;
        while (start < plain.length() && Character.isWhitespace(plain.charAt(start))) start++;
        return timeEnd(plain, start) > start;
    }

    private static int timeEnd(String plain, int from) {
        Matcher stamp = TIMESTAMP.matcher(plain).region(from, plain.length());
        return stamp.lookingAt() ? stamp.end() : from;
    }

    private static void readings(List<Inline> line, String plain, int start, List<Label> out) {
        int spaced = SpacedLetters.runEnd(plain, start);
        if (spaced > start) {                                    // "L e n e (allein).": the name letter-spaced
            spacedReadings(line, plain, start, spaced, out);
            return;
        }
        Matcher tier = MAIN_TIER.matcher(plain).region(start, plain.length());
        if (tier.lookingAt()) {                                  // "*CHI:\tmore juice .": a CHAT transcript's main tier
            out.add(formed(line, plain, tier.start(1), tier.end(1), tier.end(), Label.Form.CHAT));
            return;
        }
        Matcher chat = CHAT.matcher(plain).region(start, plain.length());
        if (chat.lookingAt()) {                                  // "<anna> evening all": a chat log's nick
            out.add(formed(line, plain, chat.start(1), chat.end(1), chat.end(), Label.Form.CHAT));
            return;
        }
        int pos = start;
        boolean office = false;
        for (int k = 0; k < MAX_TOKENS && pos < plain.length(); k++) {
            int end = pos;
            while (end < plain.length() && !Character.isWhitespace(plain.charAt(end))) end++;
            String token = plain.substring(pos, end);
            int glued = gluedDash(token);
            if (glued > 0) {                                     // "PEPITA.—Sí, tía.": Spanish printing glues the dash to the stop
                if (isNameToken(token.substring(0, glued - 1)) || k > 0 && PARTICLES.contains(token.substring(0, glued - 1).toLowerCase(Locale.ROOT))) {
                    int dashEnd = pos + glued + dashLength(token, glued);
                    addWithStage(out, line, plain, start, pos + glued - 1, dashEnd, List.of());
                }
                break;
            }
            char last = token.charAt(token.length() - 1);
            String core = ".:,".indexOf(last) >= 0 ? token.substring(0, token.length() - 1) : token;
            // "P1:", "R12:": a participant's code, as anonymised transcripts print their voices
            if (k == 0 && last == ':' && core.matches("\\p{Lu}{1,3}\\d{1,3}")) {
                addWithStage(out, line, plain, start, pos + core.length(), end, List.of());
                break;
            }
            // "Speaker 2  00:44": a number closing a generic label, the time alone after it
            if (k > 0 && core.equals(token) && core.matches("\\d{1,3}") && nameAboveTime(out, line, plain, start, end)) break;
            // "Speaker 1:", "Juror 12:": a number closes a generic label, as transcripts number unnamed voices
            if (k > 0 && last == ':' && core.matches("\\d{1,3}")) {
                addWithStage(out, line, plain, start, pos + core.length(), end, List.of());
                break;
            }
            // "GRETE (aside)." / "HANS(aside):" / "USHER[calling]:" — a direction between the name and its stop
            int paren = firstOpening(core);
            if (paren > 0) {
                core = core.substring(0, paren);
                end = pos + paren;
                last = ' ';
            }
            boolean particle = k > 0 && PARTICLES.contains(stripDot(core).toLowerCase(Locale.ROOT));
            // "M. le président.", "M. le ministre des travaux publics.": an office in lower case after a title and its article
            if (k == 1 && particle && isArticle(core) && isTitleAbbreviation(stripDot(plain.substring(start, pos).strip()))) office = true;
            boolean honorific = k == 1 && core.equals(token) && lowerTitleAfterArticle(plain.substring(start, pos).strip(), core, plain, end);
            if (!particle && !honorific && !isNameToken(core) && !(office && core.chars().allMatch(Character::isLetter))) break;
            int nameEnd = pos + core.length();
            if (last == ':') {
                if (!particle) addWithStage(out, line, plain, start, nameEnd, end, List.of());
                break;
            }
            if (last == '.') {
                if (particle) { pos = skipSpace(plain, end); continue; }   // "v." of "Fr. v. Ahlden."
                // "Bro. Kelly:", "Cllr. Hart:", "Sis. Rourke:": a word cut short before a name the colon closes is a
                // title the record abbreviates; its stop is the abbreviation's, not the label's
                if (k == 0 && core.length() >= 2 && isShortened(core) && !isTitleOrInitial(core) && titleCase(core) && nextNamesColon(plain, end)) {
                    pos = skipSpace(plain, end);
                    continue;
                }
                addWithStage(out, line, plain, start, nameEnd, end, List.of());
                // "Att. Gen.", "Cl. of Cr.": an office's words cut short, one after another, make one label
                if (!isTitleOrInitial(core) && !(isShortened(core) && nextEndsShortened(plain, end))) break;
                pos = skipSpace(plain, end);
                continue;
            }
            if (last == ',' && !particle) {                      // "GRETE, to Hans."
                if (roleAfterComma(out, line, plain, start, nameEnd, end)) break;
                stageAfterComma(out, line, plain, start, nameEnd, end);
                break;
            }
            int next = skipSpace(plain, end);
            if (!particle && next < plain.length() && (plain.charAt(next) == '(' || plain.charAt(next) == '[')) {
                stageInParentheses(out, line, plain, start, nameEnd, next);
                break;
            }
            int dash = particle ? 0 : dashAt(plain, next);
            if (dash > 0) {                                      // "HÉLÈNE — You are late."
                addWithStage(out, line, plain, start, nameEnd, next + dash, List.of());
                break;
            }
            if (!particle && core.equals(token) && nameAboveTime(out, line, plain, start, end)) break;   // "Maddy Quinlan  00:04"
            if (!particle && next >= plain.length()) {           // "MARGIT" alone: the speech on the lines below
                if (isCapitals(plain.substring(start, nameEnd))) addWithStage(out, line, plain, start, nameEnd, nameEnd, List.of());
                break;
            }
            pos = next;
        }
    }

    /**
     * A letter-spaced name read as the word it spells: the line is read again with the word in place of its letters,
     * and each reading's length put back to the printed run's, so the speech after it is cut where the print has it.
     */
    private static void spacedReadings(List<Inline> line, String plain, int start, int runEnd, List<Label> out) {
        String name = SpacedLetters.spelled(plain.substring(start, runEnd));
        List<Inline> respelled = new ArrayList<>();
        respelled.add(new Inline.Text(name));
        respelled.addAll(InlineCut.from(line, runEnd));
        List<Label> read = new ArrayList<>();
        readings(respelled, Inline.plain(respelled), 0, read);
        int shift = runEnd - name.length();
        for (Label l : read) {
            if (l.length() < name.length()) continue;           // a reading ending inside the spaced name
            Label.Form form = switch (l.form()) {
                case STOP, COLON, CAPS_STOP, CAPS_COLON -> Label.Form.SPACED;
                default -> l.form();
            };
            out.add(new Label(l.name(), form, l.stage(), l.rest(), start + l.length() + shift));
        }
    }

    /**
     * {@code Maddy Quinlan  00:04}: the name and the time alone on the line, an export's label over its speech. The time
     * is the label's furniture; whether such lines are labels the document decides from their repetition.
     */
    private static boolean nameAboveTime(List<Label> out, List<Inline> line, String plain, int start, int nameEnd) {
        Matcher time = TRAILING_TIME.matcher(plain).region(nameEnd, plain.length());
        if (!time.lookingAt()) return false;
        String name = plain.substring(start, nameEnd).strip();
        out.add(new Label(name, Label.Form.OWN_LINE, List.of(), List.of(), plain.length(),
                InlineCut.between(line, time.start(1), time.end(1))));
        return true;
    }

    /** Where a dash glued to the stop closing a name ({@code NAME.—…}) begins in the token; 0 if none. */
    private static int gluedDash(String token) {
        int i = token.indexOf('.');
        return i > 0 && i + 1 < token.length() && dashLength(token, i + 1) > 0 ? i + 1 : 0;
    }

    private static int dashLength(String s, int i) {
        return s.startsWith("--", i) ? 2 : i < s.length() && (s.charAt(i) == '—' || s.charAt(i) == '–') ? 1 : 0;
    }

    private static int firstOpening(String core) {
        int p = core.indexOf('('), b = core.indexOf('[');
        return p < 0 ? b : b < 0 ? p : Math.min(p, b);
    }

    /** The length of a dash closing a label at {@code i} ({@code —}, {@code –}, {@code --}) followed by a space or the end; 0 if none. */
    private static int dashAt(String s, int i) {
        int n = s.startsWith("--", i) ? 2 : i < s.length() && (s.charAt(i) == '—' || s.charAt(i) == '–') ? 1 : 0;
        return n > 0 && (i + n == s.length() || Character.isWhitespace(s.charAt(i + n))) ? n : 0;
    }

    private static boolean isCapitals(String name) {
        if (name.chars().filter(Character::isLetter).count() <= 1) return false;
        for (String word : name.split("[\\s.\\-]+")) if (!capitalsWord(word)) return false;
        return true;
    }

    /**
     * A word in capitals, or in capitals after a prefix in small letters as names in capitals print it ({@code McTAVISH},
     * {@code MacLEOD}, {@code DeWITT}): the small letters stand only right after the initial, two capitals follow them.
     */
    private static boolean capitalsWord(String word) {
        int lower = 0;
        while (1 + lower < word.length() && Character.isLowerCase(word.charAt(1 + lower))) lower++;
        if (lower > 0 && (lower > 2 || !Character.isUpperCase(word.charAt(0)))) return false;
        String rest = word.substring(Math.min(word.length(), 1 + lower));
        if (lower > 0 && rest.chars().filter(Character::isUpperCase).count() < 2) return false;
        return rest.chars().noneMatch(Character::isLowerCase);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * {@code HANS (aside).}, {@code HANS (aside):}, {@code MARIE (*laughing*).}, {@code LORD ASHBY [aside]:}; and, after a
     * name in mixed case closed by a colon, an identification that is part of the label: {@code Mr. Ralph Dunstan
     * (Fenwold):}, {@code The Prime Minister (Mr. Edmund Harrow):}, as parliamentary records print a member's seat or name.
     */
    private static void stageInParentheses(List<Label> out, List<Inline> line, String plain, int start, int nameEnd, int open) {
        int close = plain.indexOf(plain.charAt(open) == '[' ? ']' : ')', open);
        if (close < 0 || words(plain.substring(open, close)) > MAX_STAGE_WORDS) return;
        int stop = skipSpace(plain, close + 1);
        if (stop < plain.length() && plain.charAt(stop) == ':' && plain.charAt(open) == '('
                && !isCapitals(plain.substring(start, nameEnd)) && isIdentification(plain.substring(open + 1, close))) {
            addWithStage(out, line, plain, start, close + 1, stop + 1, List.of());
            return;
        }
        List<Inline> stage = InlineCut.between(line, open + 1, close);
        if (stop >= plain.length()) {                            // "MARGIT (sitting)" alone on its line
            if (isCapitals(plain.substring(start, nameEnd))) addWithStage(out, line, plain, start, nameEnd, close + 1, stage);
            return;
        }
        int dash = dashAt(plain, stop);
        if (dash == 0 && plain.charAt(stop) != '.' && plain.charAt(stop) != ':') return;
        addWithStage(out, line, plain, start, nameEnd, stop + Math.max(dash, 1), stage);
    }

    /**
     * {@code JANE MARSH, CORRESPONDENT:}, {@code ALAN CHU, DIPLOMATIC CORRESPONDENT (on camera):}: a broadcast
     * transcript's name in capitals, its role after a comma, in capitals too, a direction in parentheses perhaps, and the
     * colon. The role is part of the label (the person is the name before it, {@link SpeakerNames#person}).
     */
    private static boolean roleAfterComma(List<Label> out, List<Inline> line, String plain, int start, int nameEnd, int afterComma) {
        if (!isCapitals(plain.substring(start, nameEnd))) return false;
        Matcher m = ROLE.matcher(plain).region(afterComma, plain.length());
        if (!m.lookingAt() || !isCapitals(m.group(1))) return false;
        List<Inline> stage = m.group(2) == null ? List.of() : InlineCut.between(line, m.start(2), m.end(2));
        addWithStage(out, line, plain, start, m.end(1), m.end(), stage);
        return true;
    }

    /** A role in capitals after the name's comma, a direction in parentheses perhaps, the colon and the speech. */
    private static final Pattern ROLE = Pattern.compile("\\s*(\\p{Lu}[\\p{Lu}'’.\\- ]{1,40}?)\\s*(?:\\(([^()]{1,40})\\)\\s*)?:(?=\\s+\\S)");

    /** {@code GRETE, to Hans.}: a lowercase direction after a comma, closed by the label's stop. */
    private static void stageAfterComma(List<Label> out, List<Inline> line, String plain, int start, int nameEnd, int afterComma) {
        int from = skipSpace(plain, afterComma);
        if (from >= plain.length() || !Character.isLowerCase(plain.charAt(from))) return;
        int stop = from, dash = 0;
        while (stop < plain.length() && plain.charAt(stop) != '.' && plain.charAt(stop) != ':') {
            if ("!?;\"“".indexOf(plain.charAt(stop)) >= 0) return;
            if (Character.isWhitespace(plain.charAt(stop - 1)) && (dash = dashAt(plain, stop)) > 0) break;   // "PAUL, sitting — …"
            stop++;
        }
        if (stop >= plain.length() || words(plain.substring(from, stop)) > MAX_STAGE_WORDS) return;
        int directionEnd = dash > 0 ? stop - 1 : stop;
        addWithStage(out, line, plain, start, nameEnd, stop + Math.max(dash, 1), InlineCut.between(line, from, directionEnd));
    }

    /** A label whose form its layout says ({@code <nick>}, a source column). */
    private static Label formed(List<Inline> line, String plain, int nameStart, int nameEnd, int labelEnd, Label.Form form) {
        List<Inline> rest = dropEmptyLeadingRuns(InlineCut.stripLeading(InlineCut.from(line, labelEnd)));
        return new Label(plain.substring(nameStart, nameEnd).strip(), form, List.of(), rest, labelEnd);
    }

    private static void addWithStage(List<Label> out, List<Inline> line, String plain, int start, int nameEnd, int labelEnd,
                                     List<Inline> stage) {
        String name = plain.substring(start, nameEnd).strip();
        // "SCENE I. A parlour.", "ACT II.": a play's division heading, shaped like a name and its stop
        if (name.isEmpty() || PlayDivisions.isAct(name) || PlayDivisions.isScene(name)) return;
        int restStart = labelEnd;
        // the label's styling may close after its punctuation: "**HANS.**" — the rest starts after the run
        List<Inline> rest = InlineCut.stripLeading(InlineCut.from(line, restStart));
        rest = dropEmptyLeadingRuns(rest);
        char stop = labelEnd > nameEnd ? plain.charAt(labelEnd - 1) : '\n';
        if (stop == ')') stop = '\n';                            // "MARGIT (sitting)" closes at the line's end
        Label.Form form = form(line, start, nameEnd, name, stop);
        if (form.styled() && styledLine(line, plain, start, labelEnd, rest, stage, form == Label.Form.ITALIC && stop == '.')) return;
        out.add(new Label(name, form, stage, rest, labelEnd));
    }

    /** A styled run emptied by the cut ({@code **HANS.**} cut after the stop leaves an empty bold run). */
    private static List<Inline> dropEmptyLeadingRuns(List<Inline> rest) {
        List<Inline> out = new ArrayList<>(rest);
        while (!out.isEmpty() && out.get(0).plain().isBlank()) out.remove(0);
        return out.isEmpty() ? out : InlineCut.stripLeading(out);
    }

    /** Styled when every letter of the name lies in a bold, italic or underlined run. */
    private static Label.Form form(List<Inline> line, int start, int end, String name, char stop) {
        boolean colon = stop == ':';
        Inline.Style style = null;
        int pos = 0;
        boolean covered = true;
        for (Inline i : line) {
            int len = i.plain().length();
            int from = Math.max(pos, start), to = Math.min(pos + len, end);
            if (from < to) {
                Inline.Style s = i instanceof Inline.Styled st ? labelStyle(st) : null;
                String part = i.plain().substring(from - pos, to - pos);
                if (s == null) {
                    if (part.chars().anyMatch(Character::isLetter)) covered = false;
                } else if (style == null) {
                    style = s;
                }
            }
            pos += len;
        }
        if (covered && style != null) {
            return switch (style) {
                case BOLD -> Label.Form.BOLD;
                case ITALIC -> Label.Form.ITALIC;
                case SMALL_CAPS -> Label.Form.SMALL_CAPS;
                default -> Label.Form.UNDERLINE;
            };
        }
        if (stop == '—' || stop == '–' || stop == '-') return Label.Form.DASH;
        if (stop == '\n') return Label.Form.OWN_LINE;
        boolean caps = isCapitals(name) && !initialsOnly(name);   // "L. C. J.": capitals by necessity, in any style
        if (caps) return colon ? Label.Form.CAPS_COLON : Label.Form.CAPS_STOP;
        return colon ? Label.Form.COLON : Label.Form.STOP;
    }

    /**
     * Whether a styled run is a direction, not a label: {@code *SUSAN discovered, sewing.*}, italics holding a name, its
     * stop and the line's words ({@code italicStop}; a question set in bold, {@code **JR: And then?**}, keeps its
     * label), or {@code *Enter SUSAN, with a lamp.*}, a name and a lower-case phrase that fill the run and the line.
     */
    private static boolean styledLine(List<Inline> line, String plain, int start, int labelEnd, List<Inline> rest,
                                      List<Inline> stage, boolean italicStop) {
        int pos = 0;
        for (Inline i : line) {
            int len = i.plain().length();
            if (start < pos + len) {
                int runEnd = pos + len;
                boolean wordsAfterLabel = runEnd > labelEnd && plain.substring(labelEnd, runEnd).chars().anyMatch(Character::isLetter);
                boolean fillsTheLine = pos == 0 && runEnd >= labelEnd && Inline.plain(rest).isBlank() && !stage.isEmpty();
                return i instanceof Inline.Styled && (italicStop && wordsAfterLabel || fillsTheLine);
            }
            pos += len;
        }
        return false;
    }

    /** Bold, italic or underline, looking through a run that nests one in another ({@code ***HANS.***}). */
    private static Inline.Style labelStyle(Inline.Styled s) {
        return switch (s.style()) {
            case BOLD, ITALIC, UNDERLINE, SMALL_CAPS -> s.style();
            default -> null;
        };
    }

    /** A capitalised word, an initial or a title: letters, marks, apostrophes, hyphens, inner full stops. */
    static boolean isNameToken(String t) {
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) return false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == '\'' || c == '’' || c == '-' || c == '.')) return false;
        }
        return true;
    }

    /** The articles that open an office after a title: {@code M. le président}, {@code Mme la présidente}. */
    private static boolean isArticle(String word) {
        return word.equals("le") || word.equals("la");
    }

    /** The capitalised articles a record opens a speaker's title with: {@code De heer X}, {@code Le sieur X}. */
    private static final Set<String> OPENING_ARTICLES = Set.of("de", "het", "le", "la", "der", "die", "el");

    /**
     * {@code De heer Troelstra:}, {@code De minister Talma:}: a title in small letters after the article opening the
     * line, as Dutch and other chambers' records print a member's title, with a capitalised name right after it.
     */
    private static boolean lowerTitleAfterArticle(String first, String core, String plain, int end) {
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0)) || !OPENING_ARTICLES.contains(first.toLowerCase(Locale.ROOT))) return false;
        if (core.length() < 3 || !core.chars().allMatch(Character::isLowerCase)) return false;
        int next = skipSpace(plain, end);
        int nextEnd = next;
        while (nextEnd < plain.length() && !Character.isWhitespace(plain.charAt(nextEnd))) nextEnd++;
        String token = plain.substring(next, nextEnd).replaceAll("[.:,]$", "");
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && isNameToken(token);
    }

    static boolean isTitleAbbreviation(String word) {
        return TITLE_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word cut short to a few letters, as an abbreviated office prints its words ({@code Att}, {@code Sol}, {@code Cl}). */
    private static boolean isShortened(String core) {
        return core.length() >= 2 && core.length() <= MAX_SHORTENED && core.chars().allMatch(Character::isLetter);
    }

    private static final int MAX_SHORTENED = 5;

    /**
     * Whether the next word (past the small words of names, {@code of}) is capitalised and closed by a stop, cut short or
     * a name: {@code Gen.} after {@code Att.}, {@code Cr.} after {@code Cl. of}, {@code Dolben.} after {@code Mr. Just.}.
     */
    private static boolean nextEndsShortened(String plain, int from) {
        int pos = skipSpace(plain, from);
        for (int k = 0; k < 2 && pos < plain.length(); k++) {
            int end = pos;
            while (end < plain.length() && !Character.isWhitespace(plain.charAt(end))) end++;
            String token = plain.substring(pos, end);
            if (PARTICLES.contains(token.toLowerCase(Locale.ROOT))) {
                pos = skipSpace(plain, end);
                continue;
            }
            return token.length() > 1 && token.endsWith(".") && isNameToken(token.substring(0, token.length() - 1))
                    && token.indexOf('.') == token.length() - 1;
        }
        return false;
    }

    /**
     * Whether one or two capitalised names follow, the last closed by a colon and no stop between: {@code Kelly:},
     * {@code T. Mulcahy:} is not it (an initial's stop), {@code Ashdown:} and {@code Van Dyke:} are.
     */
    private static boolean nextNamesColon(String plain, int from) {
        int pos = skipSpace(plain, from);
        for (int k = 0; k < 2 && pos < plain.length(); k++) {
            int end = pos;
            while (end < plain.length() && !Character.isWhitespace(plain.charAt(end))) end++;
            String token = plain.substring(pos, end);
            if (token.endsWith(":")) return token.length() > 2 && isNameToken(token.substring(0, token.length() - 1))
                    && token.indexOf('.') < 0 && end < plain.length();
            if (!isNameToken(token) || token.indexOf('.') >= 0) return false;
            pos = skipSpace(plain, end);
        }
        return false;
    }

    /** {@code Bro}: a capital, then small letters (a play's {@code BEL.} is a name in capitals, cut short). */
    private static boolean titleCase(String core) {
        return Character.isUpperCase(core.charAt(0)) && core.substring(1).chars().allMatch(Character::isLowerCase);
    }

    /** A name of initials only, two or more ({@code L. C. J}): in capitals whatever the labels' style. */
    private static boolean initialsOnly(String name) {
        String[] words = name.replace(".", " ").strip().split("\\s+");
        if (words.length < 2) return false;
        for (String w : words) if (w.length() != 1) return false;
        return true;
    }

    private static boolean isTitleOrInitial(String core) {
        String c = core.toLowerCase(Locale.ROOT);
        return c.length() == 1 || TITLE_ABBREVIATIONS.contains(c) || c.matches("(\\p{L}\\.)+\\p{L}");
    }

    /**
     * Words in title case, with the small words of names and offices between them and no closing stop: a seat, an office
     * or a person ({@code Bradwell North}, {@code Leader of the Opposition}, {@code Mr. Edmund Harrow}), never a direction
     * ({@code aside}, {@code To KITTY.}).
     */
    private static boolean isIdentification(String inside) {
        String t = inside.strip();
        if (t.isEmpty() || t.endsWith(".") && !isTitleOrInitial(lastWord(t)) || !Character.isUpperCase(t.codePointAt(0))) return false;
        for (String w : t.split("\\s+")) {
            String core = w.replaceAll("[.,]$", "");
            if (!isNameToken(core) && !IDENTIFICATION_LINKS.contains(core)) return false;
        }
        return true;
    }

    private static String lastWord(String t) {
        String[] w = t.split("\\s+");
        return stripDot(w[w.length - 1]);
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
