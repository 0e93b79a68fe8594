package org.teikit.convert.apparatus;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers reStructuredText's processor gives the notes it numbers itself: each auto-numbered definition
 * ({@code .. [#]}, {@code .. [#label]}) takes the next number in the order of the definitions; a labelled reference
 * {@code [#label]_} takes its label's (its note placed at the first, as with wiki references), an anonymous {@code [#]_} the next anonymous definition's, in order; the
 * auto-symbol {@code [*]_} the next of docutils' symbols ({@code *}, {@code †}, {@code ‡} …) given to the {@code .. [*]}
 * definitions in order. Nothing in a literal block (after a paragraph ending {@code ::}) refers:
 * it shows the syntax.
 */
public final class AutoNumberedNotes {
    /** No auto-numbered notes: every reference is left as written. */
    public static final AutoNumberedNotes NONE = new AutoNumberedNotes(Map.of(), List.of(), List.of(), Set.of());

    private final Map<String, String> labels;
    private final List<String> anonymous;
    private final List<String> symbols;
    private int nextSymbol;
    private final Set<Integer> literal;
    private int nextAnonymous;
    private final java.util.Set<String> placed = new java.util.HashSet<>();

    /** What {@link #resolve} gives a labelled reference used again: its note stands at the first use. */
    public static final String USED_AGAIN = "";

    /**
     * @param labels    each {@code #label} and its number
     * @param anonymous the numbers of the anonymous definitions, in order
     * @param symbols   the symbols of the auto-symbol definitions ({@code .. [*]}), in order
     * @param literal   the blocks that show markup rather than use it
     */
    public AutoNumberedNotes(Map<String, String> labels, List<String> anonymous, List<String> symbols, Set<Integer> literal) {
        this.labels = Map.copyOf(labels);
        this.anonymous = List.copyOf(anonymous);
        this.symbols = List.copyOf(symbols);
        this.literal = Set.copyOf(literal);
    }

    /**
     * The number reference {@code key} ({@code #}, {@code #label}, {@code *}) prints in block {@code block};
     * {@link #USED_AGAIN} for a label used before; null where it refers to nothing.
     */
    public String resolve(String key, int block) {
        if (literal.contains(block)) return null;
        if (key.equals("*")) return nextSymbol < symbols.size() ? symbols.get(nextSymbol++) : null;
        if (key.equals("#")) return nextAnonymous < anonymous.size() ? anonymous.get(nextAnonymous++) : null;
        String n = labels.get(key);
        return n == null ? null : placed.add(key) ? n : USED_AGAIN;
    }
}
