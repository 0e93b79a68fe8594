package org.teikit.convert.conventions.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signature made for someone else: the procuration or mandate marks business and official letters sign with.
 * After {@code ppa.}, {@code i. A.}, {@code i. V.}, {@code By}, {@code Per} stands the one who signs, for the firm or
 * office named above the mark ({@code Kessler & Sohn / ppa. Rauch}, {@code Der Bürgermeister / i. A. / Wittmann});
 * after {@code for and on behalf of} (and {@code p. p.}, {@code pp.}, {@code per pro}, when a name follows on the
 * next line) stands the one signed for, the signer below ({@code p. p. Hijos de R. Echevarría / Luis Echevarría}).
 * The signer is the sender; the firm or office signed for is kept beside him ({@link Signed#principal}).
 */
final class Signatures {
    /** Marks after which the signer's name stands. */
    private static final Pattern SIGNER_MARK = Pattern.compile("^(?:ppa\\.?|p\\.\\s?pa\\.|i\\.\\s?A\\.|i\\.\\s?V\\.|I\\.\\s?A\\.|By|BY|Per|PER)(?=\\s|$)\\s*");
    /** Marks after which the name of the one signed for stands, when the signer's follows on the next line. */
    private static final Pattern PRINCIPAL_MARK = Pattern.compile("^(?i:for\\s+and\\s+on\\s+behalf\\s+of|on\\s+behalf\\s+of|per\\s+pro(?:c\\.)?|p\\.\\s?p\\.|pp\\.|p\\.\\s?o\\.)(?=\\s|$)\\s*");

    private Signatures() {}

    /** Whether a line opens with a mark of signing for someone. */
    static boolean marked(String line) {
        String t = LetterParts.clean(line);
        return SIGNER_MARK.matcher(t).lookingAt() || PRINCIPAL_MARK.matcher(t).lookingAt();
    }

    /** Whether one of the lines opens with such a mark. */
    static boolean anyMarked(List<String> lines) {
        return lines.stream().anyMatch(Signatures::marked);
    }

    /** Who signs, and the firm or office signed for ("" when the signature names none). */
    record Signed(String signer, String principal) {}

    /**
     * The signer and the one signed for that a signature with a mark names; null when no line carries a mark or no
     * name follows it. {@code lines} are the signature's, the closing formula left out.
     */
    static Signed read(List<String> lines) {
        List<String> names = new ArrayList<>();
        for (String l : lines) {
            String t = LetterParts.clean(l).replaceAll("[,;]+$", "").strip();
            // a position in parentheses, "(Gemeindebaumeister)", names no one
            if (!t.isEmpty() && !t.matches("\\(.*\\)")) names.add(t);
        }
        for (int i = 0; i < names.size(); i++) {
            String t = names.get(i);
            Matcher principal = PRINCIPAL_MARK.matcher(t);
            if (principal.lookingAt()) {
                // the one signed for after the mark (on its line or the next), the signer below, or else above it
                String after = t.substring(principal.end()).strip();
                int below = after.isEmpty() ? i + 2 : i + 1;
                String signedFor = !after.isEmpty() ? after : i + 1 < names.size() ? names.get(i + 1) : "";
                if (signedFor.isEmpty()) continue;
                String signer = below < names.size() ? names.get(below) : i > 0 ? names.get(i - 1) : "";
                return join(signedFor, signer);
            }
            Matcher signer = SIGNER_MARK.matcher(t);
            if (signer.lookingAt()) {
                String after = t.substring(signer.end()).strip();
                String who = !after.isEmpty() ? after : i + 1 < names.size() ? names.get(i + 1) : "";
                if (who.isEmpty()) continue;
                return join(i > 0 ? names.get(i - 1) : "", who);
            }
        }
        return null;
    }

    private static Signed join(String principal, String signer) {
        String p = principal.replaceAll("[.,;]+$", "").strip(), s = signer.replaceAll("[,;]+$", "").strip();
        return s.isEmpty() ? new Signed(p, "") : new Signed(s, p);
    }
}
