package org.teikit.convert.conventions.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The written side of a postcard as an archive describes it field by field ({@code Picture:}, {@code Message:},
 * {@code Address side:}, {@code Postmark:}): the {@code Message} field's text, over the lines under it up to the next
 * field. A card's writer signs at the foot of the message, a name or initials after the last sentence
 * ({@code … Love to Mother. Flo.}, {@code Yours, F.}); the salutation at its head ({@code Dear Nell,}, after the
 * weekday some writers put first) names the addressee in the writer's words, which the address side gives formally;
 * a dateline as the message's first line is the day written, before the postmark's day of posting.
 */
final class CardMessage {
    /** {@code Message:}, {@code Message (ink):}: the field that holds the written text. */
    private static final Pattern MESSAGE = Pattern.compile("(?i)^message(?:\\s*\\([^)]{1,30}\\))?\\s*:\\s*(.*)$");
    /** Another field of the description ({@code Address side:}, {@code Postmark:}): the message has ended. */
    private static final Pattern FIELD = Pattern.compile("^\\p{Lu}\\p{L}*(?:\\s\\p{L}+){0,2}(?:\\s*\\([^)]{1,30}\\))?\\s*:(?:\\s.*)?$");
    /** A signature after the last sentence or the closing's comma: one name, or initials. */
    private static final Pattern SIGNED = Pattern.compile("(?:^|[.!?,]\\s+)(\\p{Lu}\\p{Ll}+|(?:\\p{Lu}\\.\\s?){1,3})\\.?\\s*$");
    /** A greeting card's own address at the message's head: {@code To Nell and Mother from Flo with love …}, its writer after {@code from}. */
    private static final Pattern TO_FROM = Pattern.compile("^To\\s+\\p{Lu}[^.!?]{0,60}?\\s+from\\s+(\\p{Lu}\\p{Ll}+)\\b");
    /** The salutation at the message's head, past a weekday the writer put first ({@code Tues. Dear Nell,}). */
    private static final Pattern SALUTED = Pattern.compile("^(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s+)?((?:My\\s+)?(?:Dear|Dearest)\\s+[^,.;:!]{1,30}),");

    /** What the message says of its parties and day: empty strings where it says nothing. */
    record Message(String signer, String saluted, String dateline) {}

    private CardMessage() {}

    /** The message field among a card's description lines, if there is one and it is signed. */
    static Optional<Message> read(List<String> lines) {
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) if (MESSAGE.matcher(lines.get(i).strip()).matches()) at = i;
        if (at < 0) return Optional.empty();
        Matcher first = MESSAGE.matcher(lines.get(at).strip());
        first.matches();
        List<String> text = new ArrayList<>();
        if (!first.group(1).isBlank()) text.add(first.group(1).strip());
        for (int i = at + 1; i < lines.size() && !FIELD.matcher(lines.get(i).strip()).matches(); i++) text.add(lines.get(i).strip());
        if (text.isEmpty()) return Optional.empty();
        String dateline = LetterParts.dateline(text.get(0)).isPresent() ? text.remove(0) : "";
        String body = String.join(" ", text).strip();
        Matcher signed = SIGNED.matcher(body);
        if (!signed.find()) {
            // "To X from Y with love": the card's own words name its writer (its addressees, often several, the address side gives)
            Matcher greeting = TO_FROM.matcher(body);
            return greeting.find() ? Optional.of(new Message(greeting.group(1), "", dateline)) : Optional.empty();
        }
        Matcher saluted = SALUTED.matcher(body);
        String name = saluted.find() ? SalutationNames.named(saluted.group(1)) : "";
        return Optional.of(new Message(signed.group(1).strip(), name, dateline));
    }
}
