package org.teikit.convert.conventions.speech;

import org.teikit.source.Block;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full names a record prints outside its speeches (a standfirst's "Interview by Jamie Rennie", a heading's
 * "STATEMENT OF HAROLD J. VANCE"), for the short labels that stand for them: initials ({@code JR}) or a title and
 * a surname ({@code Mr. VANCE}). A label takes a name only when exactly one name printed so fits it.
 */
final class FullNames {
    /** A run of capitalised words and initials: "Jamie Rennie", "HAROLD J. VANCE". */
    private static final Pattern RUN = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*\\.?)+");
    private static final int MAX_WORDS = 3;

    private final List<String> names;

    private FullNames(List<String> names) {
        this.names = names;
    }

    /** The names of two or three words in the paragraphs and headings that hold no turn. */
    static FullNames in(List<Block> blocks, Set<Integer> speechBlocks) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (speechBlocks.contains(i) || blocks.get(i).kind() != Block.Kind.PARAGRAPH && blocks.get(i).kind() != Block.Kind.HEADING) continue;
            Matcher m = RUN.matcher(blocks.get(i).plain());
            while (m.find()) {
                String[] w = m.group().split("[ \\t]+");
                for (int a = 0; a < w.length; a++) {
                    for (int n = 2; n <= MAX_WORDS && a + n <= w.length; n++) {
                        String name = String.join(" ", java.util.Arrays.copyOfRange(w, a, a + n)).replaceAll("[.]$", "");
                        out.putIfAbsent(String.join(" ", SpeakerNames.words(name)), name);
                    }
                }
            }
        }
        return new FullNames(new ArrayList<>(out.values()));
    }

    /** The one full name the label stands for, if exactly one fits. */
    Optional<String> forLabel(String label) {
        List<String> fits = new ArrayList<>();
        boolean titled = SpeakerNames.hasTitle(label) && SpeakerNames.parts(label).core().size() == 1;
        String surname = titled ? SpeakerNames.parts(label).core().get(0) : null;
        for (String name : names) {
            List<String> w = SpeakerNames.words(name);
            if (SpeakerNames.isTitleOnly(name.split(" ")[0]) || w.get(0).length() < 3 && !name.split(" ")[0].endsWith(".")) continue;
            if (titled ? w.get(w.size() - 1).equals(surname) : SpeakerNames.initialsOf(label, name)) fits.add(name);
        }
        // "J. VANCE" inside "HAROLD J. VANCE": the fullest of one name's forms
        fits.removeIf(f -> fits.stream().anyMatch(g -> g.length() > f.length() && g.endsWith(" " + f)));
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }
}
