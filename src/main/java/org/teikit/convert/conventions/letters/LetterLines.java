package org.teikit.convert.conventions.letters;

import org.teikit.convert.conventions.Explanation;
import org.teikit.source.Block;
import org.teikit.source.InlineCut;

import java.util.ArrayList;
import java.util.List;

/**
 * A letter transcribed as one paragraph, a part a line: its dateline and inside address, the salutation, the text,
 * the closing formula, the signature and the address at its foot ({@code British Consulate, / Trebizond, 14th March,
 * 1883. / My Lord, / … / I have the honour to be, / … / ALFRED BIDDULPH. / The Earl Granville}). Such a paragraph is
 * cut into one block per part, as a letter printed with blank lines between its parts would be, so that
 * {@link Letters} finds them. The evidence is a salutation line with only a dateline (and an inside address) above
 * it, or at the paragraph's top with a closing formula near its foot; a paragraph with neither is left whole.
 */
public final class LetterLines {
    /** The most lines a head (dateline, inside address) above the salutation holds. */
    private static final int HEAD_LINES = 6;
    /** The most lines from a closing formula to the paragraph's end (formula, signature, address at the foot). */
    private static final int FOOT_LINES = 12;

    private LetterLines() {}

    /** The blocks, each paragraph that holds a letter's parts a line cut at them. */
    public static List<Block> split(List<Block> blocks, Explanation explain) {
        Datelines probe = new Datelines(Datelines.titleYear(blocks), new Explanation());
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            // a letter quoted in a narrative ("… what I said:" above it) is the narrative's, which goes on below it
            if (b.kind() == Block.Kind.PARAGRAPH && introduced(blocks, i)) { out.add(b); continue; }
            List<int[]> parts = b.kind() == Block.Kind.PARAGRAPH ? parts(b, probe) : List.of();
            if (parts.isEmpty() && b.kind() == Block.Kind.PARAGRAPH && saluteNext(blocks, i)) parts = datedAddress(b, probe);
            if (parts.isEmpty() && b.kind() == Block.Kind.PARAGRAPH) parts = datedOverText(b, probe);
            if (parts.size() < 2) { out.add(b); continue; }
            List<Integer> at = b.lineOffsets();
            String plain = b.plain();
            for (int[] p : parts) {
                int from = at.get(p[0]), to = p[1] < at.size() ? at.get(p[1]) : plain.length();
                List<Integer> starts = new ArrayList<>();
                for (int k = p[0] + 1; k < p[1]; k++) starts.add(at.get(k) - from);
                out.add(new Block(Block.Kind.PARAGRAPH, 0, "", InlineCut.stripTrailing(InlineCut.between(b.inlines(), from, to)),
                        b.line() + p[0], starts));
            }
            explain.decided(b.line(), "letters", "a paragraph holds a letter's parts a line each (salutation, closing): cut into "
                    + parts.size() + " blocks");
        }
        return out;
    }

    /** The line ranges [from, to) a paragraph's letter parts take, or one range (or none) when it is no such letter. */
    static List<int[]> parts(Block b, Datelines probe) {
        List<String> lines = new ArrayList<>();
        for (var l : b.lines()) lines.add(LetterParts.clean(org.teikit.source.Inline.plain(l)));
        int n = lines.size();
        if (n < 2) return List.of();
        int salute = -1;
        boolean saluteDated = false;
        boolean datedHead = false;
        for (int i = 0; i < Math.min(n, HEAD_LINES + 1); i++) {
            if (LetterParts.isSalute(lines.get(i))) { salute = i; break; }
            // an unpunctuated letter's "Dear Father and Mother" under its dateline ("New York June the 3 1849"), or at the
            // paragraph's top with a closing formula at its foot
            if ((datedHead || i == 0 && closingLine(lines, 1) > 0) && LetterParts.isBareSalute(lines.get(i))) { salute = i; break; }
            datedHead |= probe.read(List.of(lines.get(i)), "", b.line() + i).isPresent();
            // "My Lord Duke,          May 6, 1862.": the salutation with the dateline's date set at the right of its line
            if (i > 0 && LetterParts.saluteThenDateline(lines.get(i)) > 0) { salute = i; saluteDated = true; break; }
            if (!LetterParts.atMostWords(lines.get(i), 10)) break;
        }
        int dated = saluteDated ? salute : -1;
        for (int i = 0; i < Math.max(salute, 0) && !saluteDated; i++) {
            if (probe.read(List.of(lines.get(i)), "", b.line() + i).isPresent()) { dated = i; break; }
        }
        int closing = closingLine(lines, Math.max(salute + 1, 1));
        // a head above the salutation must date the letter, unless the salutation ends the paragraph ("Mardi soir." /
        // "Cher ami,"); a salutation at the top needs a closing at the foot
        boolean headOnly = salute == n - 1;
        if (salute < 0 || salute > 0 && dated < 0 && !headOnly || salute == 0 && (closing < 0 || headOnly)) return List.of();
        List<int[]> out = new ArrayList<>();
        int top = 0;
        if (salute > 0 && LetterHeading.NUMBER_ONLY.matcher(lines.get(0).strip()).matches()) {
            out.add(new int[]{0, 1});                                   // the letter's number ("No. 47.") over its dateline
            top = 1;
        }
        if (saluteDated) {
            out.add(new int[]{top, salute});                            // the dateline's place, over the salutation's line
        } else if (salute > top && dated >= top) {
            out.add(new int[]{top, dated + 1});                         // the dateline, with the lines above it
            if (dated + 1 < salute) out.add(new int[]{dated + 1, salute});   // the inside address
        } else if (salute > top) {
            out.add(new int[]{top, salute});
        }
        out.add(new int[]{salute, salute + 1});
        if (headOnly) return out;
        if (closing < 0) {
            // no formula: a name alone on the last line signs the letter ("Mither")
            boolean signed = n - 1 > salute + 1 && isName(lines.get(n - 1));
            out.add(new int[]{salute + 1, signed ? n - 1 : n});
            if (signed) out.add(new int[]{n - 1, n});
            return out;
        }
        out.add(new int[]{salute + 1, closing});
        int end = closing;                                              // "I have the honour to be," / "My Lord," / "humble Servant,"
        // "no more at present from your" / "afectionate son" / "Patrick Kinsella": a line of no name between the formula and
        // the name under it goes on with the formula
        if (end + 2 < n && !lines.get(end).matches(".*[.!]$") && !isName(lines.get(end + 1)) && isName(lines.get(end + 2))
                && LetterParts.atMostWords(lines.get(end + 1), 4)) end++;
        // the formula runs on while its lines end with a comma; the signature's line does not ("ALFRED BIDDULPH.")
        while (end + 1 < n && lines.get(end).endsWith(",") && (lines.get(end + 1).endsWith(",") || !isName(lines.get(end + 1)))) end++;
        out.add(new int[]{closing, end + 1});
        if (end + 1 < n) out.add(new int[]{end + 1, end + 2});          // the signature
        if (end + 2 < n) out.add(new int[]{end + 2, n});                 // the address at the foot
        return out;
    }

    /** Whether the block above (past breaks) is prose that ends on a colon, introducing what follows as a quotation. */
    private static boolean introduced(List<Block> blocks, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (blocks.get(k).isBreak()) continue;
            String t = blocks.get(k).plain().strip();
            return blocks.get(k).kind() == Block.Kind.PARAGRAPH && t.endsWith(":") && !LetterParts.isSalute(t);
        }
        return false;
    }

    /** Whether the next block that is not a break is a salutation. */
    private static boolean saluteNext(List<Block> blocks, int i) {
        for (int k = i + 1; k < blocks.size(); k++) {
            if (blocks.get(k).isBreak()) continue;
            return LetterParts.isSalute(blocks.get(k).plain());
        }
        return false;
    }

    /**
     * A dateline printed over the inside address in one paragraph, the salutation below it ({@code Paris, le 3 mars
     * 1896. / Monsieur Henri X, / directeur …}): the dateline and the address apart.
     */
    static List<int[]> datedAddress(Block b, Datelines probe) {
        List<String> lines = new ArrayList<>();
        for (var l : b.lines()) lines.add(LetterParts.clean(org.teikit.source.Inline.plain(l)));
        int n = lines.size();
        if (n < 2 || n > HEAD_LINES) return List.of();
        for (String l : lines) if (!LetterParts.atMostWords(l, 10)) return List.of();
        for (int i = 0; i < Math.min(2, n - 1); i++) {
            if (probe.read(List.of(lines.get(i)), "", b.line() + i).isPresent()) return List.of(new int[]{0, i + 1}, new int[]{i + 1, n});
        }
        return List.of();
    }

    /** A line set out in columns: its dateline at the right, apart by a wide space ({@code (Telegraphic.)  P.        Tehran, July 18, 1911.}). */
    private static final java.util.regex.Pattern WIDE_GAP = java.util.regex.Pattern.compile("\\S {3,}\\S");
    /** The writer's number over the dateline: {@code (No. 212.)}, {@code No. 47.} */
    private static final java.util.regex.Pattern NUMBER_LINE = java.util.regex.Pattern.compile("^\\(?(?:No|Nr|N°|Nº)\\.?\\s*\\d{1,5}[A-Za-z]?\\.?\\)?\\.?$");

    /**
     * A print's telegram or despatch with no salutation, its number and its dateline set at the right of a line over
     * the text in one paragraph ({@code (No. 212.)} / {@code (Telegraphic.)  P.        Tehran, July 18, 1911.} /
     * {@code REGENT informs me …}): the head apart from the text. Only a dateline set out in columns is taken, so a
     * diary's day over its entry stays whole.
     */
    static List<int[]> datedOverText(Block b, Datelines probe) {
        List<String> raw = new ArrayList<>();
        for (var l : b.lines()) raw.add(org.teikit.source.Inline.plain(l).strip());
        int n = raw.size();
        for (int k = 0; k < Math.min(3, n - 1); k++) {
            String l = raw.get(k);
            if (WIDE_GAP.matcher(l).find() && probe.read(List.of(LetterParts.clean(l)), "", b.line() + k).isPresent()) {
                return List.of(new int[]{0, k + 1}, new int[]{k + 1, n});
            }
            if (!NUMBER_LINE.matcher(l).matches()) break;
        }
        return List.of();
    }

    /**
     * The first of the last lines that is a closing formula, or one the writer broke over two lines where the first ends
     * on no stop ({@code no more at present from your} / {@code afectionate son}), or -1.
     */
    private static int closingLine(List<String> lines, int from) {
        for (int i = Math.max(from, lines.size() - FOOT_LINES); i < lines.size(); i++) {
            if (LetterParts.isClosingSalute(lines.get(i))) return i;
            if (i + 2 < lines.size() && !lines.get(i).matches(".*[.,;:!?]$")
                    && LetterParts.isClosingSalute(lines.get(i) + " " + lines.get(i + 1))) return i;
        }
        return -1;
    }

    /** A signature's line: a name or initials, in at most four capitalised words ({@code ALFRED BIDDULPH.}, {@code Mither}). */
    private static boolean isName(String line) {
        String t = line.strip();
        if (t.isEmpty() || !LetterParts.atMostWords(t, 4) || t.matches(".*[?!;:,].*")) return false;
        for (String w : t.split("\\s+")) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !w.matches("(?i)von|van|de|der|du|la|le|y")) return false;
        }
        return true;
    }
}
