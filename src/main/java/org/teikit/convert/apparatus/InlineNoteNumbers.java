package org.teikit.convert.apparatus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The numbers a document's processor would print for notes written where they are referred to
 * ({@link org.teikit.source.InlineNotes}): LaTeX counts its footnotes from 1 (a {@code \footnote[7]} resets the
 * count), MediaWiki numbers references in order of first use, each group apart ({@code note 1}), a named one
 * keeping its number when reused. One per document, shared by every encoder of it.
 */
public final class InlineNoteNumbers {
    private int latex;
    private final Map<String, Integer> groups = new HashMap<>();
    private final Map<String, String> named = new HashMap<>();
    private final Set<String> placed = new HashSet<>();

    /** The next LaTeX footnote's number, or the one it gives itself. */
    public String latex(String given) {
        if (given != null) {
            latex = Integer.parseInt(given);
            return given;
        }
        return String.valueOf(++latex);
    }

    /** A wiki reference's number: its name's, when used before; else the group's next ({@code 3}, {@code note 1}). */
    public String wiki(String group, String name) {
        String key = (group == null ? "" : group) + "\u0000" + name;
        if (name != null && named.containsKey(key)) return named.get(key);
        int k = groups.merge(group == null ? "" : group, 1, Integer::sum);
        String n = group == null || group.isEmpty() ? String.valueOf(k) : group + " " + k;
        if (name != null) named.put(key, n);
        return n;
    }

    /** Marks note {@code n} placed; false when it already was (a reused reference's text is placed once). */
    public boolean place(String n) {
        return placed.add(n);
    }
}
