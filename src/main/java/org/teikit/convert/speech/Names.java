package org.teikit.convert.speech;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name-variant rules in one place: honorifics, OCR joins and splits, capitals, punctuation. The
 * {@link #key} of two surface forms is equal when they name the same person in the same spelling;
 * transliteration variants are listed in {@code persons.tsv}.
 */
public final class Names {
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:comrade|comrades|comr|comrs|marshal|mr|mrs|sir|major|general|generalissimo|president|premier|"
                    + "chairman|ambassador|prime minister|minister|dr|prof|lt|secretary|the|soviet leader|chinese)\\.?\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAMEL_JOIN = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern INITIALS = Pattern.compile("\\b(\\p{Lu})\\.\\s*");

    private Names() {}

    /** The surface form without honorifics, OCR joins repaired ({@code MaoZedong} → {@code Mao Zedong}). */
    public static String clean(String surface) {
        // an editor's bracketed gloss names the same person another way: "Filippov [Stalin]"
        String s = surface.replaceAll("\\s*\\[[^\\]]*\\]\\s*", " ");
        s = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        s = s.replaceAll("[,:;.]+$", "").strip();
        s = HONORIFIC.matcher(s).replaceFirst("");
        s = CAMEL_JOIN.matcher(s).replaceAll(" ");
        return s.strip();
    }

    /** A comparison key: cleaned, initials dropped, accents and case folded. */
    public static String key(String surface) {
        String s = clean(surface);
        s = INITIALS.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A readable, stable identifier: {@code Zhou Enlai} → {@code zhou-enlai}. */
    public static String id(String surface) {
        String k = key(surface).replace(' ', '-');
        if (k.isEmpty()) k = "person";
        if (!Character.isLetter(k.charAt(0))) k = "p-" + k;
        return k;
    }

    /** Title case for names printed in capitals ({@code STALIN} → {@code Stalin}); others unchanged. */
    public static String titleCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) return name;
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : name.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return sb.toString();
    }
}
