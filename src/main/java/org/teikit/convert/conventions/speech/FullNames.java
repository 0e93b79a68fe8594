package org.teikit.convert.conventions.speech;

import org.teikit.source.Block;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full names a record prints outside its speeches (a standfirst's "Interview by Jamie Rennie", a heading's
 * "STATEMENT OF HAROLD J. VANCE"), for the short labels that stand for them: initials ({@code JR}), a title and
 * a surname ({@code Mr. VANCE}), or one name alone ({@code Bellamy}, {@code JUNE}). A label takes a name only when
 * exactly one name printed so fits it.
 */
final class FullNames {
    /** A run of capitalised words and initials, one space apart: "Jamie Rennie", "HAROLD J. VANCE" (a wider gap is a column's). */
    private static final Pattern RUN = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?(?: \\p{Lu}[\\p{L}'’-]*\\.?)+");
    private static final int MAX_WORDS = 3;

    private final List<String> names;
    /** The names (by their words) printed as a whole run, or at a run's start or end: "Bellamy Guilty" is neither. */
    private final Set<String> starts, ends;

    private FullNames(List<String> names, Set<String> starts, Set<String> ends) {
        this.names = names;
        this.starts = starts;
        this.ends = ends;
    }

    /** The names of two or three words in the paragraphs and headings that hold no turn. */
    static FullNames in(List<Block> blocks, Set<Integer> speechBlocks) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> starts = new java.util.HashSet<>(), ends = new java.util.HashSet<>();
        Set<String> common = commonWords(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            if (speechBlocks.contains(i) || blocks.get(i).kind() != Block.Kind.PARAGRAPH && blocks.get(i).kind() != Block.Kind.HEADING) continue;
            Matcher m = RUN.matcher(blocks.get(i).plain());
            while (m.find()) {
                String[] w = m.group().split(" ");
                // "Then Elizabeth Cole was sworn": a first word the document uses as a common word is no part of the name
                if (w.length > 2 && !w[0].equals(w[0].toUpperCase(Locale.ROOT)) && common.contains(w[0].toLowerCase(Locale.ROOT))) {
                    w = java.util.Arrays.copyOfRange(w, 1, w.length);
                }
                for (int a = 0; a < w.length; a++) {
                    for (int n = 2; n <= MAX_WORDS && a + n <= w.length; n++) {
                        String name = String.join(" ", java.util.Arrays.copyOfRange(w, a, a + n)).replaceAll("[.]$", "");
                        String key = String.join(" ", SpeakerNames.words(name));
                        out.putIfAbsent(key, name);
                        if (a == 0) starts.add(key);
                        if (a + n == w.length) ends.add(key);
                    }
                }
            }
        }
        return new FullNames(new ArrayList<>(out.values()), starts, ends);
    }

    /** A one-word label ends a name printed at a run's end, or begins one printed at a run's start. */
    private boolean singleFits(String word, String name, List<String> w) {
        String key = String.join(" ", w);
        return w.get(w.size() - 1).equals(word) && ends.contains(key) || w.get(0).equals(word) && starts.contains(key);
    }

    /** A sentence's first word before a word in lower case: "Then the Jury were sworn". */
    private static final Pattern OPENING = Pattern.compile("(?:^|[.!?]\\s+)(\\p{Lu}\\p{Ll}+),?\\s+\\p{Ll}", Pattern.MULTILINE);

    /**
     * The words the document uses as common words: printed in lower case somewhere, or opening a sentence before a
     * word in lower case. Such a word before a name at a sentence's start is not the name's.
     */
    private static Set<String> commonWords(List<Block> blocks) {
        Set<String> out = new java.util.HashSet<>();
        for (Block b : blocks) {
            String text = b.plain();
            for (String t : text.split("[^\\p{L}'’]+")) if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0))) out.add(t);
            for (Matcher m = OPENING.matcher(text); m.find(); ) out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The one full name the label stands for, if exactly one fits: initials ({@code JR}), a title and surname
     * ({@code Mr. VANCE}), or one word alone that ends or begins exactly one printed name ({@code Bellamy} of
     * {@code THOMAS BELLAMY}, {@code JUNE} of a screenplay's {@code JUNE ALCOTT}): two Smiths fit {@code Smith} both,
     * so it takes neither.
     */
    Optional<String> forLabel(String label) {
        List<String> fits = new ArrayList<>();
        boolean titled = SpeakerNames.hasTitle(label) && SpeakerNames.parts(label).core().size() == 1;
        String surname = titled ? SpeakerNames.parts(label).core().get(0) : null;
        List<String> bare = SpeakerNames.words(label);
        boolean single = !titled && bare.size() == 1 && bare.get(0).length() >= 3 && !SpeakerNames.isTitleOnly(label)
                && label.strip().chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-');
        for (String name : names) {
            List<String> w = SpeakerNames.words(name);
            if (SpeakerNames.isTitleOnly(name.split(" ")[0]) || w.get(0).length() < 3 && !name.split(" ")[0].endsWith(".")) continue;
            if (titled ? w.get(w.size() - 1).equals(surname)
                    : single ? w.size() >= 2 && w.stream().allMatch(x -> x.length() >= 2) && singleFits(bare.get(0), name, w)
                    : SpeakerNames.initialsOf(label, name)) fits.add(name);
        }
        // "J. VANCE" inside "HAROLD J. VANCE": the fullest of one name's forms
        fits.removeIf(f -> fits.stream().anyMatch(g -> g.length() > f.length() && g.endsWith(" " + f)));
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }
}
