package org.teikit.convert.conventions.speech;

import org.teikit.convert.conventions.Explanation;
import org.teikit.source.Block;
import org.teikit.source.InlineCut;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trial report's questions and answers run on in one paragraph, as the old sessions papers print them
 * ({@code Q. What are you? - A. I keep a shop. Q. Do you know the prisoner? - A. Yes.}). Seen from the document's
 * evidence: the printer's dash before an answer ({@code ? - A.}) comes back three times or more. Then each paragraph
 * holding such an exchange is cut before every {@code Q.} and {@code A.} that follows the end of a sentence, so each
 * question and each answer is a paragraph opening with its label, which the speech conventions read as turns. A
 * paragraph that only mentions "A." once, or a document without the repeated dash, is left whole.
 */
public final class RunInExchanges {
    /** The printer's dash between a question and its answer: {@code ? - A.}, {@code . — A.}. */
    private static final Pattern ANSWER_DASH = Pattern.compile("[.?!;:]\\s+[-—–]\\s+A\\.\\s");
    /** Where a question or an answer begins inside the paragraph: after a sentence's end, perhaps the dash. */
    private static final Pattern CUT = Pattern.compile("(?<=[.?!;:])\\s+(?:[-—–]\\s+)?(?=(?:Q|A)\\.\\s+\\S)");
    private static final int FEWEST = 3;

    private RunInExchanges() {}

    /** The blocks, with run-in exchanges cut a question or answer a block; the same list if the document has none. */
    public static List<Block> split(List<Block> blocks, Explanation explain) {
        int dashes = 0;
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.PARAGRAPH) continue;
            Matcher m = ANSWER_DASH.matcher(b.plain());
            while (m.find()) dashes++;
        }
        if (dashes < FEWEST) return blocks;
        List<Block> out = new ArrayList<>(blocks.size());
        int cutBlocks = 0, firstLine = 0;
        for (Block b : blocks) {
            List<int[]> pieces = b.kind() == Block.Kind.PARAGRAPH && ANSWER_DASH.matcher(b.plain()).find() ? pieces(b.plain()) : List.of();
            if (pieces.size() < 2) { out.add(b); continue; }
            if (cutBlocks++ == 0) firstLine = b.line();
            List<Integer> lines = b.lineOffsets();
            for (int[] p : pieces) {
                int lineIndex = 0;
                while (lineIndex + 1 < lines.size() && lines.get(lineIndex + 1) <= p[0]) lineIndex++;
                List<Integer> starts = new ArrayList<>();
                for (int k = lineIndex + 1; k < lines.size() && lines.get(k) < p[1]; k++) starts.add(lines.get(k) - p[0]);
                out.add(new Block(Block.Kind.PARAGRAPH, 0, "", InlineCut.stripTrailing(InlineCut.between(b.inlines(), p[0], p[1])),
                        b.line() + lineIndex, starts));
            }
        }
        explain.decided(firstLine, "speech", "the printer's dash before an answer ('? - A.') comes " + dashes + " times: "
                + cutBlocks + " paragraphs of run-in questions and answers cut a question or answer a paragraph");
        return out;
    }

    /** The [start, end) of each question and answer in the paragraph's plain text, the dash between left out. */
    private static List<int[]> pieces(String plain) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CUT.matcher(plain);
        int from = 0;
        while (m.find()) {
            out.add(new int[]{from, m.start()});
            from = m.end();
        }
        out.add(new int[]{from, plain.length()});
        return out;
    }
}
