package org.teikit.convert.layout;

import java.util.HashSet;
import java.util.Set;

/**
 * The ids of one document's divisions, each given once: a source may print one number twice ("No. 3", "No. 3"),
 * and an id made from it must still be unique ({@code letter-3}, then {@code letter-3-2}).
 */
public final class UniqueIds {
    private final Set<String> used = new HashSet<>();

    /** {@code id}, or with a counter when it was given before. */
    public String take(String id) {
        String candidate = id;
        for (int k = 2; !used.add(candidate); k++) candidate = id + "-" + k;
        return candidate;
    }
}
