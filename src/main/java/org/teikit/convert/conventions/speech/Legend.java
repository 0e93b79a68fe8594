package org.teikit.convert.conventions.speech;

import org.teikit.source.Inline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript's key to its codes, printed as one block: a title line ending in a colon ({@code Key:}, {@code Codes used
 * (transcriber's):}), then one term a line, each with its meaning ({@code MOT: mother}, {@code (.): short pause}). Its
 * terms are the speakers' labels, but each stands once, and the meanings are descriptions, not sentences: no turns.
 */
final class Legend {
    private static final Pattern ENTRY = Pattern.compile("^\\s*(\\S{1,16}):\\s+(\\S.*)$");
    private static final int MIN_ENTRIES = 3;

    private Legend() {}

    /** Whether the block's lines are such a key. */
    static boolean isKey(List<List<Inline>> lines) {
        if (lines.size() < MIN_ENTRIES + 1) return false;
        String title = Inline.plain(lines.get(0)).strip();
        if (!title.endsWith(":") || ENTRY.matcher(title).matches()) return false;
        Set<String> terms = new HashSet<>();
        int descriptions = 0;
        for (List<Inline> line : lines.subList(1, lines.size())) {
            Matcher m = ENTRY.matcher(Inline.plain(line));
            if (!m.matches() || !terms.add(m.group(1))) return false;   // a term twice is a speaker coming back
            String meaning = m.group(2).strip();
            if (!meaning.matches(".*[.!?…][\"”’)]*")) descriptions++;   // no sentence's stop: a description
        }
        return descriptions * 3 >= terms.size() * 2;
    }
}
