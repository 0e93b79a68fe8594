package org.teikit.convert.conventions.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A party a heading names by title and surname alone ({@code Mrs. Wellesbourne to Miss Talbot.}) in a collection
 * whose title names a person of that surname in full ({@code LETTERS FROM MRS. HANNAH WELLESBOURNE}): editions
 * shorten the title's person so in their headings, and the heading's party is that person, named as the title names her.
 * Initials signed with the surname ({@code H. WELLESBOURNE}) are hers where they are her forenames'. The title must be the same word: a family shares a surname, and {@code Mrs. Ward} among the papers of {@code Pte.
 * Albert Ward} is his wife.
 */
final class TitledSurnames {
    private TitledSurnames() {}

    /**
     * The title's fuller name for {@code party}, or {@code party} itself: a title and the surname ({@code Mrs.
     * Wellesbourne}), or the forenames' initials and the surname ({@code H. WELLESBOURNE}), of a name the title gives
     * with a forename.
     */
    static String fuller(String party, String titled) {
        String[] p = words(party), t = words(titled);
        if (p.length < 2 || t.length < 2 || !p[p.length - 1].equalsIgnoreCase(t[t.length - 1])
                || !Character.isUpperCase(p[p.length - 1].codePointAt(0))) return party;
        List<String> forenames = new ArrayList<>();
        for (int k = 0; k < t.length - 1; k++) if (!SalutationNames.isTitle(t[k])) forenames.add(t[k]);
        if (forenames.isEmpty()) return party;
        if (p.length == 2 && SalutationNames.isTitle(p[0])) {
            // the same title too: a family shares its surname ("Mrs. Ward" in the papers of "Pte. Albert Ward" is his wife)
            return p[0].replaceAll("\\.$", "").equalsIgnoreCase(t[0].replaceAll("\\.$", "")) ? titled.strip() : party;
        }
        if (p.length - 1 != forenames.size()) return party;
        for (int k = 0; k < forenames.size(); k++) {
            if (!p[k].matches("\\p{Lu}\\.") || p[k].charAt(0) != Character.toUpperCase(forenames.get(k).charAt(0))) return party;
        }
        return titled.strip();
    }

    private static String[] words(String s) {
        String t = s.strip().replaceAll("[,.;]+$", "");
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    static boolean differs(String a, String b) {
        return !a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
