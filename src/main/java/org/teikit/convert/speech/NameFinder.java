package org.teikit.convert.speech;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a known person's name at a position of running text ({@code Zhou Enlai}, {@code ZHOU ENLAI},
 * {@code comrade Stalin}, {@code Comr. Mao Zedong}, {@code A.Vyshinskii}), the longest match first, using
 * the corpus-wide {@link PersonRegistry}. Words that name nobody known are not names here.
 */
public final class NameFinder {
    private static final Pattern HONORIFIC = Pattern.compile("(?:(?:[Cc]omrade|[Cc]omrades|[Cc]omr\\.|[Cc]omrs\\.|[Cc]mrd\\.|COMRADE)\\s+)?");
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}\\.\\s?){0,2}\\p{Lu}[\\p{L}\\-]*(?:['’](?!s\\b)\\p{L}+)?");

    /** A name found at {@code start}..{@code end} (honorific included) naming {@code id}. */
    public record Match(int start, int end, String id, String surface) {}

    private final PersonRegistry registry;

    public NameFinder(PersonRegistry registry) {
        this.registry = registry;
    }

    public static NameFinder standard() {
        return new NameFinder(PersonRegistry.standard());
    }

    /** The known name that starts exactly at {@code start}, if any. */
    public Optional<Match> at(String text, int start) {
        Matcher h = HONORIFIC.matcher(text).region(start, text.length());
        int nameStart = h.lookingAt() ? h.end() : start;
        int[] ends = new int[3];
        int n = 0, pos = nameStart;
        Matcher t = TOKEN.matcher(text);
        while (n < 3) {
            t.region(pos, text.length());
            if (!t.lookingAt()) break;
            int end = t.end();
            // a possessive is not part of the name ("Zhou Enlai's request")
            ends[n++] = end;
            if (end < text.length() && text.charAt(end) == ' ' && end + 1 < text.length()
                    && Character.isUpperCase(text.charAt(end + 1))) {
                pos = end + 1;
            } else {
                break;
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            String surface = text.substring(nameStart, ends[k]);
            var p = registry.find(surface);
            if (p.isPresent()) return Optional.of(new Match(start, ends[k], p.get().id(), text.substring(start, ends[k])));
        }
        return Optional.empty();
    }
}
