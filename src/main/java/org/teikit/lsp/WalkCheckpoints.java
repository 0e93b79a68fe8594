package org.teikit.lsp;

import com.thaiopensource.relaxng.match.MatchablePattern;
import java.util.Map;
import java.util.TreeMap;

/**
 * Grammar walks of one document, kept every few hundred tokens, so completion resumes from the nearest one before
 * the cursor instead of walking the whole buffer again. An edit keeps those before its first changed offset (the
 * markup before it reads the same; a token's extent depends on nothing after its end).
 */
final class WalkCheckpoints {
    private MatchablePattern pattern;
    private final TreeMap<Integer, GrammarWalk> states = new TreeMap<>();

    /** The buffer changed from {@code offset} on (0: all of it). */
    synchronized void changedFrom(int offset) {
        states.tailMap(offset, true).clear();
    }

    /** The walk of {@code buffer} up to {@code offset} (a fresh state the caller may change). */
    synchronized GrammarWalk contentAt(MatchablePattern p, String buffer, int offset) {
        if (p != pattern) {
            states.clear();
            pattern = p;
        }
        Map.Entry<Integer, GrammarWalk> nearest = states.floorEntry(offset);
        GrammarWalk walk = nearest == null ? GrammarWalk.start(p) : nearest.getValue().copy();
        int from = nearest == null ? 0 : nearest.getKey();
        return walk.advance(buffer, from, offset, (at, state) -> {
            if (states.size() < 10_000) states.put(at, state);
        });
    }
}
