package org.teikit.convert.conventions.letters;

import org.teikit.source.Block;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply written on a message that came back ({@code Sandra — fine, go ahead. G.H. 13/3/98}): a short text that
 * addresses a person by name and a dash or comma, and ends with the writer's initials and a date in figures. It is a
 * message of its own; its writer is the hand the editor's bracket names ({@code [… in Hartley's hand:]}), else the
 * initials. A minute wholly inside the editor's brackets is the archive's, no reply.
 */
final class ReplyOnMessage {
    private static final Pattern EDITOR = Pattern.compile("^\\[([^\\]]*)]:?\\s*");
    // "Sandra — fine", "Dear Miss Crossley, I have put you down": a name (a salutation's, a title before it) and a dash or comma
    private static final Pattern ADDRESSED = Pattern.compile(
            "^(?:(?:My\\s+)?(?:[Dd]ear|[Dd]earest)\\s+)?((?:(?:Mr|Mrs|Miss|Ms|Dr)\\.?\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s*(?:[—–]|,)\\s+\\S");
    /** An answer's signature and date after a dash at its end: {@code … churchyard. — E. M. Crossley. 26th March.} */
    private static final Pattern SIGNED_NAME_DATED = Pattern.compile(
            "[—–]\\s*((?:\\p{Lu}\\.\\s?){0,3}\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\.?\\s+"
                    + "(\\d{1,2}(?:st|nd|rd|th|d)?\\s+\\p{Lu}\\p{Ll}{2,}\\.?(?:,?\\s+\\d{4})?|\\d{1,2}[./]\\d{1,2}[./](?:\\d{2}|\\d{4}))\\.?$");
    private static final Pattern SIGNED_DATED = Pattern.compile("(?:[—–]\\s*)?((?:\\p{Lu}\\.\\s?){1,3})\\s*(\\d{1,2}[./]\\d{1,2}[./](?:\\d{2}|\\d{4}))\\.?$");
    private static final Pattern HAND = Pattern.compile("\\bin\\s+(\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+)?)['’]s\\s+(?:own\\s+)?hand\\b");
    /** Beyond these words it is a letter's text, not a note written across a returned sheet. */
    private static final int MAX_WORDS = 40;

    record Reply(String sender, String addressee, String dateText) {}

    private ReplyOnMessage() {}

    static Optional<Reply> read(Block b) {
        if (b.kind() != Block.Kind.PARAGRAPH) return Optional.empty();
        String t = String.join(" ", LetterHeading.lines(b)).strip();
        String hand = "";
        Matcher ed = EDITOR.matcher(t);
        if (ed.lookingAt()) {
            Matcher h = HAND.matcher(ed.group(1));
            if (h.find()) hand = h.group(1);
            t = t.substring(ed.end());
        }
        if (t.isEmpty() || !LetterParts.atMostWords(t, MAX_WORDS)) return Optional.empty();
        Matcher to = ADDRESSED.matcher(t);
        Matcher signed = SIGNED_DATED.matcher(t);
        if (!to.lookingAt() || !signed.find() || signed.start() <= to.end()) return Optional.empty();
        String sender = hand.isEmpty() ? signed.group(1).strip() : hand;
        return Optional.of(new Reply(sender, to.group(1), signed.group(2)));
    }

    /**
     * The answer written on the same sheet under a reply ({@code Two places only … — E. M. Crossley. 26th March.}): a
     * short text naming no one, signed and dated after a dash at its end. Its addressee is the reply's writer.
     */
    static Optional<Reply> answer(Block b, Reply to) {
        if (b.kind() != Block.Kind.PARAGRAPH) return Optional.empty();
        String t = String.join(" ", LetterHeading.lines(b)).strip();
        if (t.startsWith("[") || !LetterParts.atMostWords(t, MAX_WORDS)) return Optional.empty();
        Matcher signed = SIGNED_NAME_DATED.matcher(t);
        if (!signed.find() || signed.start() < 8) return Optional.empty();
        return Optional.of(new Reply(signed.group(1).strip(), to.sender(), signed.group(2)));
    }

}
