package org.teikit.convert.speech;

import org.teikit.source.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker label at the start of a paragraph, in the styles transcriptions use:
 * {@code <u>Comrade Mao Zedong</u>: …}, {@code Stalin: …}, labels split by markup
 * ({@code <u>Liu</u> <u>Shaoqi</u>:}), and — when the caller allows it — full-stop labels
 * ({@code Stalin. There is no need to thank.}).
 *
 * @param label the label as printed, without its {@code :} or {@code .}
 * @param rest  the turn's content after the label
 */
public record SpeakerLabel(String label, List<Inline> rest) {
    private static final Pattern NAME = Pattern.compile(
            "(?:(?:Comrade|Comr\\.|Marshal|Mr\\.?|Chairman|President|Premier|General|Ambassador)\\s+)?"
                    + "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|de|van|von|al)){0,3}");
    private static final Pattern COLON_LABEL = Pattern.compile("^(" + NAME.pattern() + ")\\s*:\\s+");
    /** A full-stop label's name has no full stops of its own: {@code Stalin. Good. It is acceptable.} */
    private static final Pattern STOP_NAME = Pattern.compile(
            "(?:(?:Comrade|Comr\\.|Marshal|Mr\\.?|Chairman|President|Premier|General|Ambassador)\\s+)?"
                    + "\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){0,3}");
    private static final Pattern STOP_LABEL = Pattern.compile("^(" + STOP_NAME.pattern() + ")\\.\\s+(?=\\p{Lu})");
    /** Words that end in a colon at the start of a paragraph without naming a speaker. */
    private static final Set<String> NOT_SPEAKERS = Set.of(
            "note", "notes", "subject", "present", "source", "citation", "summary", "credits", "contents",
            "original language", "translated by", "recorded by", "sent", "received", "date", "to", "from",
            "re", "attention", "enclosure", "copy", "ps", "p.s", "question", "answer", "translation", "transcript");

    /** A colon label, or a full-stop label when {@code acceptStop} says the name is a speaker. */
    public static Optional<SpeakerLabel> at(List<Inline> inlines, java.util.function.Predicate<String> acceptStop) {
        List<Inline> in = new ArrayList<>(inlines);
        StringBuilder label = new StringBuilder();
        int i = 0;
        // underlined runs (possibly several, separated by spaces) form the label
        while (i < in.size() && in.get(i) instanceof Inline.Styled s && isLabelStyle(s.style())) {
            if (label.length() > 0) label.append(' ');
            label.append(s.plain().strip());
            i++;
            if (i < in.size() && in.get(i) instanceof Inline.Text t && t.text().isBlank()
                    && i + 1 < in.size() && in.get(i + 1) instanceof Inline.Styled s2 && isLabelStyle(s2.style())) {
                i++;
            }
        }
        if (label.length() > 0) {
            if (i < in.size() && in.get(i) instanceof Inline.Text t) {
                Matcher m = Pattern.compile("^\\s*([:.])\\s*").matcher(t.text());
                if (m.find() && (m.group(1).equals(":") || acceptStop.test(label.toString()))) {
                    return Optional.of(new SpeakerLabel(label.toString(), rest(in, i, m.end())));
                }
            }
            return Optional.empty();
        }
        if (!in.isEmpty() && in.get(0) instanceof Inline.Text t) {
            Matcher m = COLON_LABEL.matcher(t.text());
            if (m.find() && !NOT_SPEAKERS.contains(m.group(1).toLowerCase().replace(".", "").strip())) {
                return Optional.of(new SpeakerLabel(m.group(1).strip(), rest(in, 0, m.end())));
            }
            m = STOP_LABEL.matcher(t.text());
            if (m.find() && acceptStop.test(m.group(1))) {
                return Optional.of(new SpeakerLabel(m.group(1).strip(), rest(in, 0, m.end())));
            }
        }
        return Optional.empty();
    }

    /** Transcriptions mark labels by underlining or bold. */
    private static boolean isLabelStyle(Inline.Style style) {
        return style == Inline.Style.UNDERLINE || style == Inline.Style.BOLD;
    }

    private static List<Inline> rest(List<Inline> in, int index, int offset) {
        List<Inline> out = new ArrayList<>();
        Inline.Text t = (Inline.Text) in.get(index);
        String remaining = t.text().substring(offset);
        if (!remaining.isEmpty()) out.add(new Inline.Text(remaining));
        out.addAll(in.subList(index + 1, in.size()));
        return out;
    }
}
