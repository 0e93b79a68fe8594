package org.teikit.convert.conventions.letters;

import org.teikit.convert.conventions.Explanation;
import org.teikit.source.Block;

import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern SALUTE_WORDS = Pattern.compile("(?i)^(?:my\\s+)?(?:dear(?:est)?|beloved)\\s*");
    private static final Pattern TITLE_RECIPIENT = Pattern.compile("\\bLetters\\s+to\\s+(\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,2})");
    /** A title naming the writer's kin as the collection's addressee: {@code OLE HAUGEN TO HIS PARENTS, 1867-1870}. */
    private static final Pattern TITLE_KIN = Pattern.compile("(?iu)(?:^|[\\p{L},]\\s+)to\\s+((?:his|her|their)\\s+\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)\\b");
    /** A letter written without punctuation opens with its salutation run into the text: {@code Dear wife i take my pen …}, {@code Dear Hannah}. */
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
    private static final Pattern REFERENCE_LINE = Pattern.compile("(?i)^(?:attention|attn|re|subject|subj|ref|reference|our ref|your ref)\\b\\.?\\s*[:.]?\\s*\\S.*");
    private static final int LETTERHEAD_LINES = 4, LETTERHEAD_WORDS = 8;

    /**
     * One letter's first block, its addressee ("" when the letter does not name one), the firm its letterhead
     * names ("" when it has none) and its sender where the letter's own words name it ("" else).
     */
    record Start(int block, String addressee, String letterhead, String sender) {
        Start(int block, String addressee, String letterhead) {
            this(block, addressee, letterhead, "");
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
            if (datedAtTop && i > covered && lines.size() <= 2 && probe.read(lines, "", b.line()).isPresent()) {
                int salute = saluteAfter(blocks, i + 1);
                if (salute >= 0) {
                    String to = addressee(blocks, i + 1, salute, collection);
                    explain.decided(b.line(), "letters", "a dateline with a salutation below it (line "
                            + blocks.get(salute).line() + ") begins a letter that has no heading");
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
            if (i > covered && LetterParts.isSalute(b.plain())) {
                out.add(new Start(i, addressee(blocks, i, i, collection), ""));
                covered = i;
            }
        }
        return confirmed(blocks, out, explain);
    }

    /** A letter that begins at its salutation is one only when its foot shows a closing formula or a dateline. */
    private static List<Start> confirmed(List<Block> blocks, List<Start> starts, Explanation explain) {
        List<Start> out = new ArrayList<>();
        Datelines probe = new Datelines("", new Explanation());
        for (int k = 0; k < starts.size(); k++) {
            Start s = starts.get(k);
            Block first = blocks.get(s.block());
            if (!LetterParts.isSalute(first.plain())) { out.add(s); continue; }
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
            if (foot) {
                out.add(s);
                explain.decided(first.line(), "letters", "a salutation whose letter ends with a closing or a dateline"
                        + " begins a letter that has no heading");
            }
        }
        return out;
    }

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
                if (LetterHeading.lines(b).size() <= 2 && probe.read(LetterHeading.lines(b), "", b.line()).isPresent()) return true;
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

    private static String addressee(List<Block> blocks, int from, int salute, String collection) {
        for (int i = from; i < salute; i++) {
            if (blocks.get(i).isBreak()) continue;
            List<String> lines = LetterHeading.lines(blocks.get(i));
            if (!lines.isEmpty()) return lines.get(0).replaceAll("[,.;]+$", "").strip();
        }
        String opening = LetterParts.clean(blocks.get(salute).plain());
        Matcher runOn = DEAR_OPENING.matcher(opening);
        // a salutation run into the text ("Dear wife i take my pen …") names one word: "wife"
        if (!LetterParts.isSalute(opening) && runOn.lookingAt()) opening = runOn.group();
        String name = SALUTE_WORDS.matcher(opening).replaceFirst("").replaceAll("[,:!]+$", "").strip();
        // a title's "to his parents" names them all: "Dear Father and Mother," and "Dear Parents," are its words for them
        if (collection.matches("(?i)(?:his|her|their)\\s.*")) return collection;
        return name.isEmpty() || FORMAL.matcher(name).matches() ? collection : name;
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
