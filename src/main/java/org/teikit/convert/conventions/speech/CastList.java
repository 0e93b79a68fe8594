package org.teikit.convert.conventions.speech;

import org.teikit.source.Block;
import org.teikit.source.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cast or participants list: a title such as {@code PERSONS OF THE PLAY}, {@code Dramatis Personae},
 * {@code Characters}, {@code Participants:}, {@code Present:}, {@code Appearances:}, then one entry a line or
 * list item ({@code HANS WEBER, a clerk}, {@code Jane Doe (interviewer)}, {@code Interviewer: Jane Doe}), or
 * the entries in one run ({@code Present: Mr. Lee, Mrs. Ortiz and Dr. Kim}). Its names are evidence that the
 * labels naming them are speakers; its roles say who {@code Q} and {@code A} are.
 *
 * @param title     the block index of the list's title
 * @param end       the block index after the list's last entry
 * @param drama     whether it is a play's cast (a {@code castList}) rather than a record's participants
 */
public record CastList(int title, int end, boolean drama, List<Member> members) {
    /** One entry: the name as printed, the description or role beside it (may be empty), its source line. */
    public record Member(String name, String role, int line, String text) {}

    private static final Pattern DRAMA_TITLE = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:persons(?:\\s+(?:of|in)\\s+the\\s+\\p{L}+)?|dramatis\\s+person(?:ae|æ)|characters|"
                    + "cast(?:\\s+of\\s+characters)?|personen|personnages|personaggi|personajes|personagens|reparto|osoby|действующие\\s+лица)"
                    + "(?:\\s+(?:of|in)\\s+the\\s+\\p{L}+)?\\s*[:.]?\\s*$");
    private static final Pattern RECORD_TITLE = Pattern.compile(
            "(?i)^(?:(?:members|also|those)\\s+)?(?:present|participants|participating|appearances|attendees|"
                    + "in\\s+attendance|interview(?:er|ee)s?|speakers)(?:\\s+(?:were|at\\s+the\\s+\\p{L}+))?"
                    + "(?:\\s*\\([^()]{1,30}\\))?\\s*[:.]");   // "Participants (anonymised):"
    private static final int MAX_ENTRY_WORDS = 16;
    private static final Pattern ROLE_FIRST = Pattern.compile(
            "(?i)^\\s*(interviewer|interviewee|narrator|chair(?:man|woman|person)?|secretary|witness|counsel|moderator|"
                    + "questioner|respondent|interpreter|translator|recorder|transcriber|host|guest|q|a)\\s*[:=—–-]\\s*(.+)$");
    /** The roles an interview's header names one a line; not Q or A, which are the speech itself. */
    private static final Pattern HEADER_ROLE = Pattern.compile(
            "(?i)^\\s*(interviewer|interviewee|narrator|moderator|chair(?:man|woman|person)?|host|guest|respondent)\\s*[:=—–]\\s*(.+)$");
    private static final int HEADER_BLOCKS = 8, FOLLOWING_LIST_GAP = 4, MAX_LOOSE_NAME_WORDS = 6;
    /** The titles of a record's further lists (not "Interviewer:", which may open the first speech). */
    private static final Pattern FURTHER_LIST_TITLE = Pattern.compile(
            "(?i)^(?:(?:members|also|those)\\s+)?(?:present|participants|appearances|attendees|in\\s+attendance)"
                    + "(?:\\s*\\([^()]{1,30}\\))?\\s*[:.]");
    private static final Pattern DRAMA_TITLE_THEN_RUN = Pattern.compile("^([^:—–.]{4,40}?[:.]?)\\s*(?:[:—–]|\\.\\s*[—–])\\s*(.+)$");
    /** A sentence's end inside a run of entries (not an abbreviation's stop: Mr. Lee, Dr. Kim). */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:(?i:Mr|Mrs|Ms|Dr|St|Prof|Sen|Rep|Gen|Col|Capt|Lt|Fr|Hr|Jr|Sr|No)|[A-Z]))\\.\\s+(?=\\p{Lu})");   // MR. too
    private static final Pattern NAME_THEN_ROLE = Pattern.compile("^\\s*([^,(—–\\-:]+?)\\s*(?:[,(—–:]|\\s-\\s)\\s*(.*?)\\)?\\s*\\.?$");

    /** A key's line: {@code Speaker 1 = Maureen Dobbs, chair of the association}: the label, then who it stands for. */
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*(\\p{Lu}[^=]{0,29}?)\\s*=\\s*(\\S.*)$");
    private static final int MAX_KEY_LABEL_WORDS = 4;
    /** A record's appearance line: whom a person appears for, a colon, then the titled name. */
    /** "P1: female, 30s": the code an anonymised transcript gives a participant, then what it says of them. */
    private static final Pattern PARTICIPANT_CODE = Pattern.compile("^\\s*(\\p{Lu}{1,3}\\d{1,3})\\s*:\\s+(\\S.*)$");
    /** "NARRATOR ........ Leonard Ames": a part, dot leaders, who plays it (or what it is). */
    private static final Pattern DOT_LEADER = Pattern.compile("^\\s*(\\S.*?)\\s*(?:\\.\\s?){3,}\\s*(\\S.*)$");
    private static final Pattern SIDE_THEN_NAME = Pattern.compile("^\\s*([^:]{2,40}?)\\s*:\\s+(\\S.*)$");

    /** A CHAT header's participants line: {@code @Participants:}, then entries of code, name and role, comma-separated. */
    private static final Pattern CODED_PARTICIPANTS = Pattern.compile("(?i)^@?participants\\s*:\\s*(\\S.*)$");
    /** One coded entry: {@code CHI Lily Target_Child}, the code in capitals, the name's words, the role last. */
    private static final Pattern CODED_ENTRY = Pattern.compile("^(\\p{Lu}[\\p{Lu}\\d]{1,5})\\s+(\\S.*?)\\s+(\\S+)$");

    public CastList {
        members = List.copyOf(members);
    }

    /** The first cast or participants list of the document, if it has one. */
    public static Optional<CastList> find(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.LIST_ITEM || b.kind() == Block.Kind.QUOTE) continue;
            String text = b.plain().strip();
            String firstLine = firstLine(b);
            Optional<CastList> key = key(b, i);
            if (key.isPresent()) return key;
            Optional<CastList> coded = codedParticipants(b, i);
            if (coded.isPresent()) return coded;
            if (DRAMA_TITLE.matcher(firstLine).matches()) {
                return Optional.of(entries(blocks, i, firstLine, true)).filter(c -> c.members.size() >= 2);
            }
            Matcher inline = DRAMA_TITLE_THEN_RUN.matcher(text);
            if (inline.matches() && DRAMA_TITLE.matcher(inline.group(1)).matches()) {   // "The persons: A, a clerk; B …"
                List<Member> members = new ArrayList<>();
                addRun(inline.group(2), b.line(), members);
                if (members.size() >= 2) return Optional.of(new CastList(i, i + 1, true, members));
            }
            Matcher record = RECORD_TITLE.matcher(text);
            // "Interviewer: When did you start?": a question or an exclamation after the title is the first speech
            if (record.lookingAt() && !text.substring(record.end()).strip().matches("(?s).*[?!][\"”’)]*")) {
                CastList c = entries(blocks, i, firstLine, false);
                if (!c.members.isEmpty()) return Optional.of(withFollowingLists(blocks, c));
            }
        }
        return headerLines(blocks);
    }

    /**
     * A transcript's key to its generic labels, one a line ({@code Speaker 1 = Maureen Dobbs, chair}, {@code Speaker 3 =
     * a resident}): two or more such lines in one paragraph. Each named entry is a participant whose role is the label,
     * so the label's turns are that person's; an entry that names no one ({@code a resident}) leaves its label itself.
     */
    private static Optional<CastList> key(Block b, int index) {
        if (b.kind() != Block.Kind.PARAGRAPH) return Optional.empty();
        List<String> lines = plainLines(b);
        List<Member> members = new ArrayList<>();
        int keyLines = 0;
        for (int k = 0; k < lines.size(); k++) {
            Matcher title = RECORD_TITLE.matcher(lines.get(k));
            if (title.lookingAt() && lines.get(k).contains("=")) {
                // "Participants: Ann = caller (Ann Holmes); Shop = Dennis Barton, owner": the key's entries in one run
                for (String part : lines.get(k).substring(title.end()).split("\\s*;\\s*")) {
                    Matcher m = KEY_LINE.matcher(part.replaceAll("[.]$", ""));
                    if (!m.matches() || words(m.group(1)) > MAX_KEY_LABEL_WORDS) continue;
                    keyLines++;
                    String name = keyName(m.group(2));
                    if (!name.isEmpty()) members.add(new Member(name, m.group(1).strip(), b.line() + k, part.strip()));
                }
                continue;
            }
            Matcher m = KEY_LINE.matcher(lines.get(k));
            if (!m.matches() || words(m.group(1)) > MAX_KEY_LABEL_WORDS) continue;
            keyLines++;
            String name = keyName(m.group(2));
            if (!name.isEmpty()) members.add(new Member(name, m.group(1).strip(), b.line() + k, lines.get(k)));
        }
        return keyLines >= 2 && !members.isEmpty() ? Optional.of(new CastList(index, index + 1, false, members)) : Optional.empty();
    }

    private static final Pattern NAME_IN_PARENS = Pattern.compile("^\\s*\\p{Ll}[^()]{0,40}\\(([^()]{3,60})\\)");

    /** Whom a key's entry names: the name it opens with, or the name a description gives in parentheses ({@code caller (Ann Holmes)}). */
    private static String keyName(String entry) {
        String name = nameOf(entry);
        if (!name.isEmpty()) return name;
        Matcher p = NAME_IN_PARENS.matcher(entry);
        if (!p.find()) return "";
        String inside = nameOf(p.group(1));
        return inside.equals(p.group(1).strip()) && words(inside) >= 2 ? inside : "";
    }

    /**
     * A transcript's header line of coded participants, among its other header lines ({@code @Participants: CHI Lily
     * Target_Child, MOT Ruth Mother}): each entry a code (the label its turns carry), the person's name, the role. The
     * block goes on with the transcript itself, so the list claims none of it (its end is its title).
     */
    private static Optional<CastList> codedParticipants(Block b, int index) {
        if (b.kind() != Block.Kind.PARAGRAPH || index >= HEADER_BLOCKS) return Optional.empty();
        List<String> lines = plainLines(b);
        for (int k = 0; k < lines.size(); k++) {
            Matcher m = CODED_PARTICIPANTS.matcher(lines.get(k));
            if (!m.matches()) continue;
            List<Member> members = new ArrayList<>();
            for (String entry : m.group(1).split("\\s*,\\s*")) {
                Matcher e = CODED_ENTRY.matcher(entry.strip());
                if (!e.matches()) return Optional.empty();       // an entry of another shape: no coded list
                members.add(new Member(e.group(2), e.group(3).replace('_', ' '), b.line() + k, entry.strip()));
            }
            return members.size() >= 2 ? Optional.of(new CastList(index, index, false, members)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** "Present: …" then "Appearances: …": the record's lists that follow the first, a few blocks on, join it. */
    private static CastList withFollowingLists(List<Block> blocks, CastList first) {
        List<Member> members = new ArrayList<>(first.members());
        int end = first.end();
        for (int i = first.end(); i < Math.min(blocks.size(), end + FOLLOWING_LIST_GAP); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING || b.isBreak()) break;
            if (b.kind() == Block.Kind.PARAGRAPH && FURTHER_LIST_TITLE.matcher(b.plain().strip()).lookingAt()) {
                CastList next = entries(blocks, i, firstLine(b), false);
                members.addAll(next.members());
                end = next.end();
                i = end - 1;
            }
        }
        return new CastList(first.title(), end, false, members);
    }

    /**
     * An interview's header lines ({@code Interviewer: Marta Nováková}, {@code Narrator: Fatima Nasser (b. 1921)})
     * among its other fields, when the document prints no titled list: the people and the roles Q and A stand for.
     */
    private static Optional<CastList> headerLines(List<Block> blocks) {
        for (int i = 0; i < Math.min(blocks.size(), HEADER_BLOCKS); i++) {
            Block b = blocks.get(i);
            if (b.kind() != Block.Kind.PARAGRAPH) continue;
            List<Member> members = new ArrayList<>();
            List<String> lines = plainLines(b);
            for (int k = 0; k < lines.size(); k++) {
                Matcher m = HEADER_ROLE.matcher(lines.get(k));
                if (!m.matches()) continue;
                String name = nameOf(m.group(2));
                if (!name.isEmpty() && words(name) <= 5) members.add(new Member(name, m.group(1).strip(), b.line() + k, lines.get(k)));
            }
            if (members.isEmpty()) proseHeader(b, members);
            if (!members.isEmpty()) return Optional.of(new CastList(i, i + 1, false, members));
        }
        return Optional.empty();
    }

    /** A name as an interview's header prints it: capitalised words, with initials and particles ({@code Jan van Dijk}). */
    private static final String PROSE_NAME = "(\\p{Lu}[\\p{L}'’\\-]*\\.?(?:\\s+(?:(?:von|van|de|der|da|del|la|le|du)\\s+)?\\p{Lu}[\\p{L}'’\\-]*\\.?){0,3})";
    /** "Interview with", and as interviews in German, Dutch, French, Spanish, Italian and Portuguese print it. */
    private static final Pattern INTERVIEW_WITH = Pattern.compile("(?i:interview(?:ed)?\\s+with|interview\\s+(?:mit|met)|gespr(?:ä|ae)ch\\s+mit|"
            + "entretien\\s+avec|entrevista\\s+(?:con|a|com)|intervista\\s+(?:con|a))\\s+" + PROSE_NAME);
    private static final Pattern INTERVIEWED_BY = Pattern.compile("(?i:(?:conducted|interviewed|recorded)\\s+by|(?:gef(?:ü|ue)hrt|interviewt)\\s+von|"
            + "afgenomen\\s+door|(?:men(?:é|e)|r(?:é|e)alis(?:é|e))e?\\s+par|realizada\\s+por|condott[ao]\\s+da)\\s+" + PROSE_NAME);
    private static final Pattern NAME_INTERVIEWED_BY = Pattern.compile(PROSE_NAME + ",?\\s+(?i:interviewed\\s+by)\\s+" + PROSE_NAME);

    /**
     * An interview's header in prose: {@code Interview with Hilde Marquardt, conducted by Tomas Reyna on 4 June 1981},
     * {@code Hilde Marquardt interviewed by Tomas Reyna}: who answers and who asks.
     */
    private static void proseHeader(Block b, List<Member> out) {
        String text = b.plain().replace('\n', ' ');
        if (text.split("\\s+").length > 60) return;
        Matcher both = NAME_INTERVIEWED_BY.matcher(text);
        Matcher with = INTERVIEW_WITH.matcher(text);
        Matcher by = INTERVIEWED_BY.matcher(text);
        String answers = both.find() ? both.group(1) : with.find() ? with.group(1) : null;
        String asks = both.find(0) ? both.group(2) : by.find() ? by.group(1) : null;
        if (answers != null && !SpeakerNames.isTitleOnly(answers)) out.add(new Member(answers.strip(), "interviewee", b.line(), answers.strip()));
        if (asks != null && !SpeakerNames.isTitleOnly(asks)) out.add(new Member(asks.strip(), "interviewer", b.line(), asks.strip()));
    }

    private static String firstLine(Block b) {
        String p = b.plain();
        int cut = b.lineStarts().isEmpty() ? p.length() : b.lineStarts().get(0) - 1;
        int lb = p.indexOf('\n');
        if (lb >= 0 && lb < cut) cut = lb;
        return p.substring(0, Math.max(0, cut)).strip();
    }

    /** Entries after the title: in the title's own block (after its colon or on its next lines), then blocks below. */
    private static CastList entries(List<Block> blocks, int title, String titleLine, boolean drama) {
        List<Member> members = new ArrayList<>();
        Block t = blocks.get(title);
        String afterColon = titleLine.contains(":") ? titleLine.substring(titleLine.indexOf(':') + 1).strip() : "";
        String joined = t.plain().replace('\n', ' ').strip();
        if (!drama && ROLE_FIRST.matcher(titleLine).matches()) {
            // a header of fields, one a line ("Interviewer: Jane Doe", "Narrator: …", "Date: …"): the role lines name people
            List<String> lines = plainLines(t);
            for (int k = 0; k < lines.size(); k++) {
                Matcher m = ROLE_FIRST.matcher(lines.get(k));
                String name = m.matches() ? nameOf(m.group(2)) : "";
                if (!name.isEmpty()) members.add(new Member(name, m.group(1).strip(), t.line() + k, lines.get(k)));
            }
        } else if (!drama && t.lines().size() > 1 && joined.indexOf(':') > 0 && joined.contains(";")) {
            // "Participants: A, a nurse (interviewee);\nB, of the Institute (interviewer). Conducted in …": one run
            String run = joined.substring(joined.indexOf(':') + 1).replaceAll("^[*_\\s]+", "");
            Matcher end = SENTENCE_END.matcher(run);
            addRun(end.find() ? run.substring(0, end.start() + 1) : run, t.line(), members);
        } else if (t.lines().size() > 1) {
            List<String> lines = plainLines(t);
            for (int k = 1; k < lines.size(); k++) add(lines.get(k), t.line() + k, members);
            if (!afterColon.isEmpty()) addRun(afterColon, t.line(), members);
        } else if (!afterColon.isEmpty()) {
            addRun(afterColon, t.line(), members);
        }
        // a list printed in its title's block (one entry a line, or a run after the colon) ends with that block
        if (!members.isEmpty()) return new CastList(title, title + 1, drama, members);
        // lines below the title that name no one: no list this reading understands (the block stays as printed)
        if (t.lines().size() > 1) return new CastList(title, title + 1, drama, members);
        int i = title + 1;
        boolean listBlock = false;
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING || b.isBreak()) break;
            String text = b.plain().strip();
            if (text.isEmpty()) continue;
            List<String> lines = plainLines(b);
            // a long label-shaped paragraph is the first speech; a block of short lines is entries a line each
            if (!Labels.at(b.inlines()).isEmpty() && b.kind() == Block.Kind.PARAGRAPH && words(lines.get(0)) > MAX_ENTRY_WORDS) break;
            if (lines.size() == 1 && words(text) > MAX_ENTRY_WORDS) break;
            if (b.kind() == Block.Kind.PARAGRAPH && lines.size() == 1 && !members.isEmpty() && !looksLikeEntry(text)) break;
            // a list printed as one block of lines ends with it: the short paragraph below is the first speech
            if (b.kind() == Block.Kind.PARAGRAPH && lines.size() == 1 && listBlock) break;
            List<Member> entries = new ArrayList<>();
            boolean all = true;
            for (int k = 0; k < lines.size(); k++) all &= add(lines.get(k), b.line() + k, entries);
            if (!all) break;                       // a line that names no one: the list has ended
            members.addAll(entries);
            listBlock |= b.kind() == Block.Kind.PARAGRAPH && lines.size() > 1;
        }
        return new CastList(title, i, drama, members);
    }

    private static boolean looksLikeEntry(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && words(text) <= MAX_ENTRY_WORDS;
    }

    /** Entries in one run after the title's colon, separated by semicolons, commas and "and". */
    private static void addRun(String text, int line, List<Member> out) {
        String[] parts = text.contains(";") ? text.split("\\s*;\\s*")
                : SENTENCE_END.matcher(text).find() ? SENTENCE_END.split(text)          // "A, a widow. B, her son."
                : text.split(",\\s+(?:and\\s+)?|\\s+and\\s+");
        int first = out.size();
        for (String part : parts) {
            if (describesPrevious(part, out, first)) {
                // "HANS, a ferryman, GRETE": split at every comma, the lower-case part describes the name before it
                Member named = out.remove(out.size() - 1);
                String desc = part.strip().replaceAll("[.;]$", "");
                out.add(new Member(named.name(), desc, named.line(), text.substring(text.indexOf(named.text()),
                        text.indexOf(part.strip(), text.indexOf(named.text())) + part.strip().length())));
            } else if (!add(part, line, out)) {
                addLoose(part, line, out);
            }
        }
    }

    private static boolean describesPrevious(String part, List<Member> out, int first) {
        String p = part.strip();
        return out.size() > first && !p.isEmpty() && Character.isLowerCase(p.codePointAt(0))
                && out.get(out.size() - 1).role().isEmpty() && !p.startsWith("and ");
    }

    /**
     * An entry of a run that {@link #add} does not read ("A Girl from the telegraph office", "the Operator (a voice)"):
     * the words before its first comma or parenthesis, when they are few, are the part's name.
     */
    private static void addLoose(String part, int line, List<Member> out) {
        String e = part.strip().replaceAll("[.;]$", "");
        int cut = e.length();
        for (char c : new char[]{',', '('}) if (e.indexOf(c) > 0) cut = Math.min(cut, e.indexOf(c));
        String name = e.substring(0, cut).strip();
        if (words(name) == 0 || words(name) > MAX_LOOSE_NAME_WORDS || !Character.isLetter(name.codePointAt(0))) return;
        out.add(new Member(name, e.substring(cut).replaceAll("^[,(\\s]+|\\)$", "").strip(), line, part.strip()));
    }

    private static List<String> plainLines(Block b) {
        return b.lines().stream().map(l -> Inline.plain(l).strip()).filter(l -> !l.isEmpty()).toList();
    }

    /** Adds the entry a line holds; false when the line names no one (it is no entry). */
    private static boolean add(String entry, int line, List<Member> out) {
        String printed = entry.strip();
        String e = printed.replaceAll("[.;]$", "");
        if (e.isEmpty() || words(e) > MAX_ENTRY_WORDS) return false;
        Matcher code = PARTICIPANT_CODE.matcher(e);
        if (code.matches()) {                    // "P1: female, 30s, weekly user": an anonymised voice and its description
            out.add(new Member(code.group(1), code.group(2).strip(), line, printed));
            return true;
        }
        Matcher leader = DOT_LEADER.matcher(e);
        if (leader.matches() && words(leader.group(1)) <= MAX_LOOSE_NAME_WORDS) {
            out.add(new Member(leader.group(1).strip(), leader.group(2).strip(), line, printed));
            return true;
        }
        Matcher roleFirst = ROLE_FIRST.matcher(e);
        if (roleFirst.matches()) {
            String name = nameOf(roleFirst.group(2));
            if (name.isEmpty()) return false;
            out.add(new Member(name, roleFirst.group(1).strip(), line, printed));
            return true;
        }
        Matcher side = SIDE_THEN_NAME.matcher(e);
        if (side.matches()) {                    // "For the Plaintiff: Mr. Samuel Holt, of Holt & Weir": the person after the colon
            String name = nameOf(side.group(2));
            if (SpeakerNames.hasTitle(name)) {
                out.add(new Member(name, side.group(1).strip(), line, printed));
                return true;
            }
        }
        Matcher m = NAME_THEN_ROLE.matcher(e);
        String name = m.matches() ? nameOf(m.group(1)) : nameOf(e);
        if (name.isEmpty() || !e.startsWith(name)) return false;
        String rest = e.substring(name.length()).strip();
        if (!rest.isEmpty() && !rest.matches("^[,(—–:\\-].*")) return false;     // "The action takes place …": prose
        out.add(new Member(name, m.matches() ? m.group(2).strip() : "", line, printed));
        return true;
    }

    /** The leading name tokens of an entry ({@code Ingrid Sørlie, Maritime Museum}: the words before the comma). */
    private static String nameOf(String s) {
        String e = s.strip();
        int cut = e.length();
        for (char c : new char[]{',', '('}) if (e.indexOf(c) > 0) cut = Math.min(cut, e.indexOf(c));
        e = e.substring(0, cut).strip();
        List<Label> readings = Labels.at(List.of(new Inline.Text(e + ".")));
        String best = "";
        for (Label l : readings) if (l.name().length() > best.length()) best = l.name();
        return best;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The member whose role is the label itself ({@code INTERVIEWER}, {@code THE CHAIRMAN}), if exactly one. */
    public Optional<Member> byRoleName(String label) {
        String l = label.strip().replaceFirst("(?i)^the\\s+", "").toLowerCase(java.util.Locale.ROOT);
        List<Member> found = members.stream().filter(m -> m.role().strip().replaceFirst("(?i)^the\\s+", "")
                .replaceAll("[()]", "").toLowerCase(java.util.Locale.ROOT).equals(l)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The member a printed label names, if exactly one does. */
    public Optional<Member> member(String label) {
        List<Member> same = members.stream().filter(m -> SpeakerNames.samePerson(m.name(), label)).toList();
        if (same.size() == 1) return Optional.of(same.get(0));
        // "A Girl from the telegraph office", "the Operator (a voice)": an entry that begins with the label; and of
        // "Hassan Nasser" and "Umm Hassan", the label "Hassan" is the one whose name begins so
        String l = label.strip().replaceFirst("(?i)^the\\s+", "").toLowerCase(java.util.Locale.ROOT);
        List<Member> starting = (same.isEmpty() ? members : same).stream().filter(m -> {
            String t = m.text().strip().replaceFirst("(?i)^the\\s+", "").toLowerCase(java.util.Locale.ROOT);
            return t.startsWith(l) && (t.length() == l.length() || !Character.isLetterOrDigit(t.charAt(l.length())));
        }).toList();
        if (starting.size() == 1) return Optional.of(starting.get(0));
        if (!starting.isEmpty() || !same.isEmpty()) return Optional.empty();
        List<Member> initials = members.stream().filter(m -> SpeakerNames.initialsOf(label, m.name())).toList();   // "DM:"
        if (initials.size() == 1) return Optional.of(initials.get(0));
        List<Member> cut = members.stream().filter(m -> SpeakerNames.abbreviationOf(label, m.name())).toList();    // "HOB."
        return cut.size() == 1 ? Optional.of(cut.get(0)) : Optional.empty();
    }

    /** The member whose role says they ask ({@code interviewer}) or answer ({@code interviewee, narrator}). */
    public Optional<Member> byRole(Pattern role) {
        return members.stream().filter(m -> role.matcher(m.role()).find()).findFirst();
    }
}
