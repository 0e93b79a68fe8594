package org.teikit.convert.conventions.letters;

import org.teikit.convert.conventions.Explanation;
import org.teikit.source.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the letters of a collection that prints no heading line begin. A letter begins at its dateline when a
 * salutation follows it (an inside address of short lines may stand between), or, in a collection that dates its
 * letters at the foot, at a salutation whose letter ends with a closing formula or a dateline. The addressee is
 * the inside address's first line, else the name the salutation gives ({@code My dear Anna,} → Anna), else the one
 * the collection's title names ({@code Letters to Anna}); a title that names the writer's kin ({@code X to his parents})
 * names them before the salutation does.
 */
final class HeadlessLetters {
    private static final int ADDRESS_LINES = 4, FOOT = 4;
    /** A dateline of a place on two lines and the date: {@code No. 12 General Hospital, / Rouen. / 5th July 1916.} */
    private static final int DATELINE_LINES = 3;
    /** The words of endearment around the name a salutation gives: {@code My own May,}, {@code My darling Kate,}, {@code May darling —}. */
    private static final Pattern SALUTE_WORDS = Pattern.compile("(?i)^(?:my\\s+)?(?:own\\s+)?(?:(?:dear(?:est)?|beloved|darling|sweetheart|precious|sweetest)\\s*)?"
            + "|(?:\\s+(?:darling|dearest|beloved))?\\s*[—–]+$");
    private static final Pattern TITLE_RECIPIENT = Pattern.compile("\\bLetters\\s+to\\s+(\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,2})");
    /** A title naming the writer's kin as the collection's addressee: {@code OLE HAUGEN TO HIS PARENTS, 1867-1870}. */
    private static final Pattern TITLE_KIN = Pattern.compile("(?iu)(?:^|[\\p{L},]\\s+)to\\s+((?:his|her|their)\\s+\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)\\b");
    /** A letter written without punctuation opens with its salutation run into the text: {@code Dear wife i take my pen …}, {@code Dear Hannah}. */
    /** A salutation printed at the head of the letter's first paragraph, closed by its comma or colon (and a dash): {@code MY DEAR MRS. X,—You asked …}. */
    private static final Pattern RUN_IN = Pattern.compile("^((?:[Mm]y\\s+|MY\\s+)?(?:[Oo]wn\\s+|OWN\\s+)?(?:[Dd]ear(?:est)?|DEAR(?:EST)?)\\s+[^,:;!?]{1,40}?)[,:]\\s*[—–]+\\s*\\p{Lu}");
    private static final Pattern DEAR_OPENING = Pattern.compile("^(?i:my\\s+)?(?:Dear|DEAR)(?:est)?\\s+\\p{L}+");
    private static final Pattern FORMAL = Pattern.compile("(?iu)^(?:sir|madam|gentlemen|your excellency|(?:my\\s+)?lords?|your\\s+(?:lordship|grace)"
            + "|(?:monsieur|madame|mademoiselle|messieurs|mesdames)(?:\\s+(?:le|la|les|et)\\s.*)?|\\p{L}.*\\s(?:S\\.\\s?(?:P\\.\\s?)?D\\.|S\\.|SAL\\.))$");
    /**
     * A diplomatic note in the third person: {@code The Legation of X presents its compliments to the Ministry of Y
     * and …}, {@code La Légation de X présente ses compliments au Ministère …}: the sender and the addressee it names.
     */
    static final Pattern COMPLIMENTS = Pattern.compile(
            "^(?:The\\s+|La\\s+|Le\\s+|L')?(\\p{Lu}[^.;:]{2,80}?)\\s+(?:presents?\\s+(?:its|his|her|their)\\s+(?:compliments|respects)\\s+to|pr[ée]sente\\s+ses\\s+compliments\\s+(?:à|au|aux))"
                    + "\\s+(?:the\\s+|la\\s+|le\\s+|l')?(\\p{Lu}[^.;:]{2,80}?)(?:\\s+(?:and|et)\\b|,|\\.)");

    /**
     * A business letter's reference lines between its inside address and its salutation: {@code Attention: Mr. X},
     * {@code Re: Order No. 611}, {@code Subject: …}, {@code Our ref. HJB/4}.
     */
    private static final Pattern REFERENCE_LINE = Pattern.compile("(?iu)^(?:attention|attn|re|subject|subj|ref|reference|our ref|your ref"
            // the same lines in German, Spanish, French and Italian letters: "Betreff:", "N/Ref.:", "S/Ref.", "Objet :", "Oggetto:"
            + "|betreff|betr|unser zeichen|ihr zeichen|[NSV]/\\s?ref|asunto|objet|oggetto|rif)\\b\\.?\\s*[:.]?\\s*\\S.*");
    private static final int LETTERHEAD_LINES = 4, LETTERHEAD_WORDS = 8;

    /**
     * One letter's first block, its addressee ("" when the letter does not name one), the firm its letterhead
     * names ("" when it has none) and its sender where the letter's own words name it ("" else).
     */
    record Start(int block, String addressee, String letterhead, String sender, String dateText, int referenceDate) {
        Start(int block, String addressee, String letterhead) {
            this(block, addressee, letterhead, "", "", -1);
        }

        Start(int block, String addressee, String letterhead, String sender) {
            this(block, addressee, letterhead, sender, "", -1);
        }
    }

    private HeadlessLetters() {}

    static List<Start> find(List<Block> blocks, Explanation explain) {
        return find(blocks, "", explain);
    }

    /** As {@link #find(List, Explanation)}; {@code titleYear} completes datelines of two figures ({@code Lyon, ce 2 avril 96}). */
    static List<Start> find(List<Block> blocks, String titleYear, Explanation explain) {
        String collection = titleRecipient(blocks);
        Datelines probe = new Datelines(titleYear, new Explanation());
        List<Start> out = new ArrayList<>();
        boolean datedAtTop = datedAtTop(blocks, probe);
        int covered = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isBreak() || b.kind() == Block.Kind.HEADING) continue;
            List<String> lines = LetterHeading.lines(b);
            String referenced = i > covered ? referenceDate(blocks, i) : "";
            if (!referenced.isEmpty() && probe.read(List.of(referenced), "", b.line()).isPresent()) {
                int salute = saluteAfter(blocks, i + 1);
                if (salute >= 0) {
                    // the reference line stands under the inside address, and that under the letterhead: the letter
                    // begins at the first of them after the letter before
                    int start = i;
                    while (start - 1 > covered && i - start < 2 && !blocks.get(start - 1).isBreak()
                            && blocks.get(start - 1).kind() != Block.Kind.HEADING && LetterHeading.lines(blocks.get(start - 1)).size() <= 6
                            && LetterParts.atMostWords(blocks.get(start - 1).plain(), 24)) start--;
                    String to = addressee(blocks, start < i ? i - 1 : i + 1, salute, collection, explain);
                    explain.decided(b.line(), "letters", "a reference line whose date column reads '" + referenced
                            + "', with a salutation below it (line " + blocks.get(salute).line() + "), dates a letter that begins at line "
                            + blocks.get(start).line());
                    out.add(new Start(start, to, "", "", referenced, i));
                    covered = salute;
                    continue;
                }
            }
            boolean afterRule = i > 0 && blocks.get(i - 1).isBreak();
            if ((datedAtTop || afterRule) && i > covered && lines.size() <= DATELINE_LINES && probe.read(lines, "", b.line()).isPresent()) {
                int salute = saluteAfter(blocks, i + 1);
                if (salute >= 0) {
                    String to = addressee(blocks, i + 1, salute, collection, explain);
                    // where the letters are dated at the foot, a dateline right under a rule is no foot of the letter above
                    explain.decided(b.line(), "letters", "a dateline with a salutation below it (line "
                            + blocks.get(salute).line() + ") begins a letter that has no heading" + (datedAtTop ? "" : ": a rule stands above it"));
                    if (i - 1 > covered && letterhead(blocks, i - 1) && Letters.firstText(blocks, i + 1, blocks.size()) < salute) {
                        String firm = LetterHeading.lines(blocks.get(i - 1)).get(0).replaceAll("[,.;]+$", "").strip();
                        out.add(new Start(i - 1, to, firm));
                        explain.decided(blocks.get(i - 1).line(), "letters", "'" + firm + "' in capitals above the dateline,"
                                + " with an inside address below it, is the letter's letterhead");
                    } else {
                        out.add(new Start(i, to, ""));
                    }
                    covered = salute;
                    continue;
                }
            }
            Optional<Start> extract = i > covered ? extract(blocks, i, probe) : Optional.empty();
            if (extract.isPresent()) {
                Start e = extract.get();
                out.add(e);
                explain.decided(b.line(), "letters", "a line introducing the quotation below it names its writer '" + e.sender()
                        + "', its addressee '" + e.addressee() + "' and its date '" + e.dateText() + "': an extract of a letter begins");
                covered = i;
                continue;
            }
            Matcher note = COMPLIMENTS.matcher(LetterParts.clean(b.plain()).replace('\n', ' '));
            if (i > covered && note.lookingAt()) {
                // the third person's note: its first sentence names who writes and to whom
                String from = note.group(1).strip(), to = note.group(2).strip();
                out.add(new Start(i, to, "", from));
                explain.decided(b.line(), "letters", "a note in the third person begins: '" + from
                        + "' presents its compliments to '" + to + "'");
                covered = i;
                continue;
            }
            if (i > covered && (LetterParts.isSalute(b.plain()) || bareSalute(b))) {
                // explained once the letter's foot confirms it (see confirmed)
                out.add(new Start(i, addressee(blocks, i, i, collection, new Explanation()), ""));
                covered = i;
            }
        }
        return confirmed(blocks, out, explain);
    }

    /** {@code Dear Mother}: a greeting and a name or two in capitals, alone in its block, as a plain writer leaves it unpunctuated. */

    /** A salutation without its comma, alone on its line: like one with it, it begins a letter its foot confirms. */
    private static boolean bareSalute(Block b) {
        return b.kind() == Block.Kind.PARAGRAPH && LetterHeading.lines(b).size() == 1 && LetterParts.isBareSalute(b.plain());
    }

    /** A letter that begins at its salutation is one only when its foot shows a closing formula or a dateline. */
    private static List<Start> confirmed(List<Block> blocks, List<Start> starts, Explanation explain) {
        List<Start> out = new ArrayList<>();
        Datelines probe = new Datelines("", new Explanation());
        for (int k = 0; k < starts.size(); k++) {
            Start s = starts.get(k);
            Block first = blocks.get(s.block());
            if (!LetterParts.isSalute(first.plain()) && !bareSalute(first)) { out.add(s); continue; }
            int end = k + 1 < starts.size() ? starts.get(k + 1).block() : blocks.size();
            boolean foot = false;
            int seen = 0;
            for (int i = end - 1; i > s.block() && seen < FOOT; i--) {
                Block b = blocks.get(i);
                if (b.isBreak()) continue;
                seen++;
                if (closes(b) || LetterHeading.lines(b).size() <= 2
                        && probe.read(LetterHeading.lines(b), "", b.line()).isPresent()) foot = true;
            }
            if (!foot && signedBetweenRules(blocks, s.block(), end)) {
                foot = true;
                explain.decided(first.line(), "letters", "rules stand above and below the letter, and its last line is a name alone: its signature");
            }
            if (foot) {
                out.add(s);
                addressee(blocks, s.block(), s.block(), "", explain);       // its salutation's reading, explained
                explain.decided(first.line(), "letters", "a salutation whose letter ends with a closing or a dateline"
                        + " begins a letter that has no heading");
            }
        }
        return out;
    }

    /**
     * A letter set between rules, its last line a name or initials alone ({@code W.}, {@code Your Tom}): a rule (at most
     * one short line, a dateline or a day, between) stands above the salutation, and one right below that name.
     */
    private static boolean signedBetweenRules(List<Block> blocks, int salute, int end) {
        int above = salute - 1;
        if (above >= 0 && !blocks.get(above).isBreak() && LetterParts.atMostWords(blocks.get(above).plain(), 6)) above--;
        if (above < 0 || !blocks.get(above).isBreak()) return false;
        int last = end - 1;
        while (last > salute && blocks.get(last).isBreak()) last--;
        if (last <= salute || last + 1 >= blocks.size() || !blocks.get(last + 1).isBreak()) return false;
        List<String> lines = LetterHeading.lines(blocks.get(last));
        String name = LetterParts.clean(lines.get(lines.size() - 1));
        return LetterParts.atMostWords(name, 3) && NAME_ALONE.matcher(name).matches();
    }

    /** A name or initials alone on a line: {@code W.}, {@code Tom}, {@code J. R. H.}, {@code Your Will}. */
    private static final Pattern NAME_ALONE = Pattern.compile("^(?:(?i:your|thy)\\s+)?(?:\\p{Lu}[\\p{Ll}'’\\-]*\\.?\\s*){1,3}$");

    /**
     * Whether the collection dates its letters at the top: its first salutation has a dateline above it. Else a
     * dateline above a salutation is the foot of the letter before ("Geneva, 2 October 1920." then "Dear Father,").
     */
    private static boolean datedAtTop(List<Block> blocks, Datelines probe) {
        for (int i = 0; i < blocks.size(); i++) {
            if (!opens(blocks.get(i))) continue;
            int seen = 0;
            for (int j = i - 1; j >= 0 && seen < 2; j--) {
                Block b = blocks.get(j);
                if (b.isBreak() || referenceLine(b)) continue;
                seen++;
                if (LetterHeading.lines(b).size() <= DATELINE_LINES && probe.read(LetterHeading.lines(b), "", b.line()).isPresent()) return true;
            }
            return false;
        }
        return false;
    }

    /**
     * The salutation after a dateline, past at most one inside address of short lines and one reference line
     * ({@code Attention: …}); -1 when none.
     */
    private static int saluteAfter(List<Block> blocks, int from) {
        int address = 0, reference = 0;
        for (int i = from; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isBreak()) continue;
            if (b.kind() == Block.Kind.HEADING) return -1;
            if (opens(b)) return i;
            if (referenceLine(b) && ++reference <= 1) continue;
            if (++address > 1 || LetterHeading.lines(b).size() > ADDRESS_LINES || !LetterParts.atMostWords(b.plain(), 16)) return -1;
        }
        return -1;
    }

    /** A closing formula: the block, or one of its few lines ({@code Tout à vous,} over the signature). */
    private static boolean closes(Block b) {
        if (LetterParts.isClosingSalute(b.plain())) return true;
        List<String> lines = LetterHeading.lines(b);
        if (lines.size() > 5) return false;
        for (String l : lines) if (LetterParts.isClosingSalute(l)) return true;
        return false;
    }

    /**
     * The line a periodical prints over an extract of a letter: {@code From the Rev. X to the Foreign Secretary,
     * Place, 2nd August 1889.} or {@code Dr. X writes to the Secretary from Place, under date 19th June 1889:—}.
     */
    private static final Pattern EXTRACT_FROM = Pattern.compile(
            "^From\\s+(?:the\\s+)?(\\p{Lu}[^,;:]{2,60}?)\\s+to\\s+(?:the\\s+)?(\\p{Lu}[^,;:]{2,60}?),\\s*(.{4,60}?)[.:]?[—–-]*$");
    private static final Pattern EXTRACT_WRITES = Pattern.compile(
            "^(\\p{Lu}[^,;:]{2,60}?)\\s+writes\\s+to\\s+(?:the\\s+)?(\\p{Lu}[^,;:]{2,60}?)(?:\\s+from\\s+[^,;:]{2,40}?)?,\\s*under\\s+date\\s+(?:of\\s+)?(.{4,40}?)[.:]?[—–-]*$");
    /** A paragraph opening with a quotation mark: the extract's text. */
    private static final Pattern QUOTATION = Pattern.compile("^[\"“«„'‘]");

    /**
     * A letter printed as an extract: a line naming writer, addressee and date (see {@link #EXTRACT_FROM}), with the
     * quotation that is the extract right below it. Only then: a report of a letter in running text ({@code A letter
     * from X, dated …, states that …}) quotes nothing.
     */
    private static Optional<Start> extract(List<Block> blocks, int i, Datelines probe) {
        Block b = blocks.get(i);
        if (b.kind() != Block.Kind.PARAGRAPH || LetterHeading.lines(b).size() > 2) return Optional.empty();
        String t = LetterParts.clean(b.plain()).replace('\n', ' ');
        Matcher m = EXTRACT_FROM.matcher(t);
        if (!m.matches()) m = EXTRACT_WRITES.matcher(t);
        if (!m.matches()) return Optional.empty();
        String date = m.group(3).strip();
        if (probe.read(List.of(date), "", b.line()).isEmpty() && org.teikit.convert.dates.DateParser.parse(date).isEmpty()) return Optional.empty();
        int next = Letters.firstText(blocks, i + 1, blocks.size());
        if (next >= blocks.size() || !QUOTATION.matcher(LetterParts.clean(blocks.get(next).plain())).find()) return Optional.empty();
        return Optional.of(new Start(i, m.group(2).strip(), "", m.group(1).strip(), date, -1));
    }

    /** A date column's heading in a business letter's reference line: {@code Datum}, {@code Date}, {@code Fecha}, {@code Data}. */
    private static final Pattern DATE_COLUMN = Pattern.compile("(?iu)^(?:datum|date|fecha|data|dated)$");
    /** {@code Unser Zeichen: K/Ra        Datum: 30.5.1961}: the date field at a reference line's end. */
    private static final Pattern DATE_FIELD = Pattern.compile("(?iu)(?:^|\\s{2,}|\\|\\s*)(?:datum|date|fecha|data|dated)\\s*:\\s*(\\S.*?)\\s*$");

    /**
     * The date a business letter's reference line gives: the cell under a date column's heading in a line of cells
     * ({@code Ihr Zeichen | Unser Zeichen | Telefon | Datum} over {@code … | 25.04.1961}), or a date field on a line of
     * fields ({@code Unser Zeichen: K/Ra   Datum: 30.5.1961}); "" when the block is no such line.
     */
    static String referenceDate(List<Block> blocks, int i) {
        List<String> lines = new ArrayList<>(LetterHeading.lines(blocks.get(i)));
        // the row may be read as a block of its own (a row opening on "- " as a list's item)
        if (lines.size() == 1 && lines.get(0).contains("|") && i + 1 < blocks.size()) {
            List<String> below = LetterHeading.lines(blocks.get(i + 1));
            if (below.size() == 1 && blocks.get(i + 1).line() == blocks.get(i).line() + 1) lines.add(blocks.get(i + 1).plain().strip().startsWith("|")
                    ? "-" + blocks.get(i + 1).plain().strip() : below.get(0));
        }
        if (lines.size() == 2 && lines.get(0).contains("|") && lines.get(1).contains("|")) {
            String[] head = lines.get(0).split("\\|", -1), row = lines.get(1).split("\\|", -1);
            if (head.length != row.length) return "";
            for (int c = 0; c < head.length; c++) {
                if (DATE_COLUMN.matcher(LetterParts.clean(head[c])).matches()) return LetterParts.clean(row[c]);
            }
            return "";
        }
        if (lines.size() == 1 && lines.get(0).length() <= 120) {
            Matcher m = DATE_FIELD.matcher(LetterParts.clean(lines.get(0)));
            if (m.find() && m.start() > 0) return m.group(1);
        }
        return "";
    }

    private static boolean referenceLine(Block b) {
        return LetterHeading.lines(b).size() == 1 && REFERENCE_LINE.matcher(LetterParts.clean(b.plain())).matches();
    }

    /**
     * Whether the block is a letterhead: a few short lines, the first a name in capitals of two words or more
     * ({@code THE CALDWELL PUMP & MACHINE COMPANY} / {@code DAYTON, OHIO}), none a closing or a salutation. Asked only
     * of the block right above a dateline whose letter has an inside address, the form of a business letter.
     */
    static boolean letterhead(List<Block> blocks, int i) {
        if (i < 0) return false;
        Block b = blocks.get(i);
        if (b.isBreak() || b.kind() == Block.Kind.HEADING || LetterParts.isClosingSalute(b.plain()) || LetterParts.isSalute(b.plain())) return false;
        List<String> lines = LetterHeading.lines(b);
        if (lines.isEmpty() || lines.size() > LETTERHEAD_LINES) return false;
        for (String l : lines) if (!LetterParts.atMostWords(l, LETTERHEAD_WORDS) || l.strip().endsWith(",")) return false;
        String first = LetterParts.clean(lines.get(0));
        return first.split("\\s+").length >= 2 && first.chars().anyMatch(Character::isLetter)
                && first.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }


    /** A salutation, or a first paragraph that opens with one run into the text. */
    private static boolean opens(Block b) {
        return LetterParts.isSalute(b.plain()) || DEAR_OPENING.matcher(LetterParts.clean(b.plain())).lookingAt();
    }

    /**
     * A line of an inside address that names no one: the word that introduces the address ({@code Firma}, {@code An},
     * {@code To}, {@code Herrn}, {@code Messrs.}) on a line of its own.
     */
    private static final Pattern ADDRESS_WORD = Pattern.compile("(?iu)^(?:firma|fa|an|an\\s+die|an\\s+den|herrn|to|messrs|à|a|al|alla|aan)\\.?$");

    private static String addressee(List<Block> blocks, int from, int salute, String collection, Explanation explain) {
        String saluteText = LetterParts.clean(blocks.get(salute).plain());
        for (int i = from; i < salute; i++) {
            if (blocks.get(i).isBreak() || referenceLine(blocks.get(i))) continue;
            List<String> lines = new ArrayList<>(LetterHeading.lines(blocks.get(i)));
            while (lines.size() > 1 && ADDRESS_WORD.matcher(LetterParts.clean(lines.get(0))).matches()) lines.remove(0);
            if (lines.isEmpty()) continue;
            // "Sehr geehrter Herr Wittmann," over an address to the office he works in: the letter is to him
            String surname = SalutationNames.titledSurname(saluteText);
            if (!surname.isEmpty() && lines.stream().noneMatch(l -> l.contains(surname))) {
                String named = SalutationNames.named(saluteText);
                explain.decided(blocks.get(salute).line(), "letters", "the salutation names '" + named
                        + "', whom the inside address does not: the addressee");
                return named;
            }
            if (SalutationNames.namesNobody(saluteText)) {
                explain.decided(blocks.get(salute).line(), "letters", "the salutation '" + saluteText
                        + "' names nobody: the addressee is the inside address's '" + lines.get(0).replaceAll("[,.;]+$", "").strip() + "'");
            }
            return lines.get(0).replaceAll("[,.;]+$", "").strip();
        }
        // an unpunctuated salutation alone on its line ("Dear Father and Mother") names all its words, not one; a title's
        // kin ("to his sister Martha") is read below as before
        boolean titleKin = collection.matches("(?i)(?:his|her|their)\\s.*");
        String opening = LetterParts.isBareSalute(saluteText) && !titleKin ? saluteText.strip() + "," : saluteText;
        Matcher runOn = DEAR_OPENING.matcher(opening);
        Matcher runIn = RUN_IN.matcher(opening);
        // a salutation run into the text after its comma and dash ("MY DEAR MRS. BLACKIE,—You asked …"): up to the comma
        if (!LetterParts.isSalute(opening) && runIn.lookingAt()) opening = runIn.group(1) + ",";
        // a salutation run into the text without punctuation ("Dear wife i take my pen …") names one word: "wife"
        else if (!LetterParts.isSalute(opening) && runOn.lookingAt()) opening = runOn.group();
        String name = SALUTE_WORDS.matcher(opening.replaceAll("[,:!]+$", "")).replaceAll("").strip();
        // a title's "to his parents" names them all: "Dear Father and Mother," and "Dear Parents," are its words for them
        // ... but a title's whole household ("to their family", "to his friends") names none of them: the salutation's own
        // words ("Dear Father and Mother", "Dear Brother Thomas") say which of them a letter greets
        boolean household = collection.matches("(?iu)(?:his|her|their)\\s+(?:family|families|friends|relations|relatives|people|folks?|kinsfolk|kindred)\\b.*");
        if (household && LetterParts.isBareSalute(saluteText)) name = SALUTE_WORDS.matcher(saluteText.strip()).replaceAll("").strip();
        if (household && !name.isEmpty() && !FORMAL.matcher(name).matches() && !SalutationNames.namesNobody(opening)) {
            explain.decided(blocks.get(salute).line(), "letters", "the title's '" + collection + "' is a household: the salutation names '"
                    + name + "', the addressee");
            return name;
        }
        if (collection.matches("(?i)(?:his|her|their)\\s.*")) {
            // unless the salutation names the one it greets: "Dear Nell," in letters "to his wife" (a pair greeted,
            // "Dear Mr. and Mrs. Morrow,", is the title's "his parents")
            if (LetterParts.isSalute(opening) && SalutationNames.namesPerson(opening)
                    && !SalutationNames.named(opening).matches("(?iu).*\\s(?:and|und|et|y|e|en|&)\\s.*")) {
                String named = SalutationNames.named(opening);
                explain.decided(blocks.get(salute).line(), "letters", "the salutation names '" + named + "': the addressee, not the title's '" + collection + "'");
                return named;
            }
            return collection;
        }
        if (name.isEmpty() || FORMAL.matcher(name).matches()) return collection;
        if (LetterParts.isSalute(opening) && SalutationNames.namesNobody(opening)) {
            // "Sehr geehrte Herren,", "Muy Sres. nuestros:": greeting words and forms of address, no one's name
            explain.decided(blocks.get(salute).line(), "letters", "the salutation '" + opening + "' names nobody: "
                    + (collection.isEmpty() ? "the addressee is left unnamed" : "the collection's '" + collection + "'"));
            return collection;
        }
        return name;
    }

    private static String titleRecipient(List<Block> blocks) {
        for (int i = 0; i < Math.min(blocks.size(), 3); i++) {
            Matcher m = TITLE_RECIPIENT.matcher(blocks.get(i).plain());
            if (m.find()) return m.group(1).replaceAll("[,.]+$", "").replaceAll("\\s+\\d.*$", "");
            Matcher kin = TITLE_KIN.matcher(blocks.get(i).plain());
            if (kin.find()) return kin.group(1);
        }
        return "";
    }
}
