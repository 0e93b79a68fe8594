package org.teikit.fidelity;

import java.util.List;

/**
 * The result of comparing a source with its TEI: the differences in source order, and the word
 * counts of both files by category. Lost and added words break faithfulness; moved runs are reported
 * but allowed (the encoding guide permits deliberate moves of whole divisions).
 */
public record FidelityReport(List<Difference> differences, Counts source, Counts tei) {
    public FidelityReport {
        differences = List.copyOf(differences);
    }

    public List<Difference> lost() { return of(Difference.Kind.LOST); }

    public List<Difference> added() { return of(Difference.Kind.ADDED); }

    public List<Difference> moved() { return of(Difference.Kind.MOVED); }

    /** No word lost, none added (moves allowed). */
    public boolean isFaithful() {
        return lost().isEmpty() && added().isEmpty();
    }

    public int lostWords() { return lost().stream().mapToInt(d -> d.words().size()).sum(); }

    public int addedWords() { return added().stream().mapToInt(d -> d.words().size()).sum(); }

    private List<Difference> of(Difference.Kind kind) {
        return differences.stream().filter(d -> d.kind() == kind).toList();
    }
}
