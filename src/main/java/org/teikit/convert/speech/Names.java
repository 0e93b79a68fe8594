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
    // compiled once: clean and key run for every candidate name in the text
    private static final Pattern GLOSS = Pattern.compile("\\s*\\[[^\\]]*\\]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,:;.]+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {}

    /** The surface form without honorifics, OCR joins repaired ({@code MaoZedong} → {@code Mao Zedong}). */
    public static String clean(String surface) {
        // an editor's bracketed gloss names the same person another way: "Filippov [Stalin]"
        String s = GLOSS.matcher(surface).replaceAll(" ");
        s = SPACES.matcher(s.replace('\u00a0', ' ')).replaceAll(" ").strip();
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
        s = HONORIFIC.matcher(s).replaceFirst("");
        s = CAMEL_JOIN.matcher(s).replaceAll(" ");
        return s.strip();
    }

    /** A comparison key: cleaned, initials dropped, accents and case folded. */
    public static String key(String surface) {
        String s = clean(surface);
        s = INITIALS.matcher(s).replaceAll("");
        if (!isAscii(s)) s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");   // ASCII: nothing to fold
        return NOT_LETTERS_OR_DIGITS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
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
