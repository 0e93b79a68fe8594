package org.teikit.fidelity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many words a file has in each category. */
public record Counts(int text, int notes, int furniture, int editorial) {
    static Counts of(List<Word> words) {
        Map<Category, Integer> n = new EnumMap<>(Category.class);
        for (Category c : Category.values()) n.put(c, 0);
        for (Word w : words) n.merge(w.category(), 1, Integer::sum);
        return new Counts(n.get(Category.TEXT), n.get(Category.NOTES), n.get(Category.FURNITURE), n.get(Category.EDITORIAL));
    }

    public int total() {
        return text + notes + furniture + editorial;
    }
}
