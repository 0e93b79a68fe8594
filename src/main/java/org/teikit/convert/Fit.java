package org.teikit.convert;

/** How well a source family fits a document (0 = not at all, 1 = certainly), and why. */
public record Fit(double score, String reason) implements Comparable<Fit> {
    public static Fit none(String reason) { return new Fit(0, reason); }

    @Override
    public int compareTo(Fit o) { return Double.compare(score, o.score); }
}
