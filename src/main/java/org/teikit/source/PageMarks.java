package org.teikit.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transcription syntax of the printed page's breaks, defined once for the converter and the fidelity check:
 * a line of its own ({@code --- 12 ---}, {@code — 12 —}, {@code [p. 12]}, {@code [Page 12]}, {@code [fol. 3v]},
 * {@code {p. 12}}, {@code Page 12}) or a bracket inside the text ({@code runs on [p. 12] over}). The page's number becomes
 * {@code pb/@n}; its words are no text.
 */
public final class PageMarks {
    private static final String NUMBER = "(\\d{1,4}[rv]?|[ivxlcIVXLC]{1,7}|\\d{1,4}\\s*[rv])";
    /** A bracketed page or folio: {@code [p. 12]}, {@code [Page 12]}, {@code [fol. 3v]}, {@code [f. 12r]}, {@code [S. 4]}. */
    public static final Pattern BRACKET = Pattern.compile("(?i)\\[\\s*(?:p|pg|page|fol|folio|f|s|seite)\\.?\\s*" + NUMBER + "\\s*\\]");
    private static final Pattern DASHED = Pattern.compile("^[-—–]{1,3}\\s*(?:(?i:p|pg|page)\\.?\\s*)?" + NUMBER + "\\s*[-—–]{1,3}$");
    /** A page in braces on a line of its own, as OCR editions mark the printed page: {@code {p. 41}}, {@code {Page 7}}. */
    private static final Pattern BRACED = Pattern.compile("(?i)^\\{\\s*(?:p|pg|page)\\.?\\s*" + NUMBER + "\\s*\\}$");
    private static final Pattern WORD = Pattern.compile("^(?i:page|p\\.|pg\\.)\\s*" + NUMBER + "\\.?$");

    private PageMarks() {}

    /** The page number a line stands for when the line is a page break and nothing else. */
    public static Optional<String> line(String text) {
        String t = text.strip();
        if (t.length() > 24) return Optional.empty();
        for (Pattern p : new Pattern[]{DASHED, BRACKET, BRACED, WORD}) {
            Matcher m = p.matcher(t);
            if (p == BRACKET ? m.matches() : m.find()) return Optional.of(m.group(1).replaceAll("\\s+", ""));
        }
        return Optional.empty();
    }

    /** The page number of a bracket's content ({@code p. 12}), when the bracket is a page break. */
    public static Optional<String> bracket(String content) {
        Matcher m = BRACKET.matcher("[" + content + "]");
        return m.matches() ? Optional.of(m.group(1).replaceAll("\\s+", "")) : Optional.empty();
    }

    /** Whether a block is a page break alone. */
    public static boolean isPageBreak(Block b) {
        return b.kind() == Block.Kind.PARAGRAPH && b.lines().size() <= 1 && line(b.plain()).isPresent();
    }
}
