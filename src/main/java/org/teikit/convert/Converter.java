package org.teikit.convert;

import org.teikit.convert.conventions.Explanation;
import org.teikit.source.SourceDocument;
import org.teikit.tei.TeiDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the best-fitting family for a source and converts it: the specific families are asked for their
 * fit, and a document none of them recognises goes to the fallback. Immutable, thread-safe.
 */
public final class Converter {
    /** Below this, a family's fit loses to the fallback. */
    static final double MIN_FIT = 0.5;

    private final List<SourceFamily> specific;
    private final SourceFamily fallback;
    private final List<SourceFamily> families;

    public Converter(List<SourceFamily> specific, SourceFamily fallback) {
        this.specific = List.copyOf(specific);
        this.fallback = java.util.Objects.requireNonNull(fallback, "fallback");
        List<SourceFamily> all = new ArrayList<>(this.specific);
        all.add(fallback);
        this.families = List.copyOf(all);
    }

    public static Converter standard() {
        return new Converter(Families.specific(), Families.fallback());
    }

    /** Every family, the fallback last. */
    public List<SourceFamily> families() { return families; }

    public Optional<SourceFamily> family(String name) {
        return families.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Conversion convert(SourceDocument document) throws ConversionException {
        requireText(document);
        SourceFamily best = null;
        Fit bestFit = Fit.none("");
        List<String> considered = new ArrayList<>();
        for (SourceFamily f : specific) {
            Fit fit = f.fit(document);
            considered.add(f.name() + " " + String.format("%.2f", fit.score()));
            if (fit.score() > bestFit.score()) {
                best = f;
                bestFit = fit;
            }
        }
        if (best == null || bestFit.score() < MIN_FIT) {
            return convert(document, fallback, "no specific family fits (" + String.join(", ", considered) + ")");
        }
        return convert(document, best, bestFit.reason());
    }

    public Conversion convert(SourceDocument document, String familyName) throws ConversionException {
        requireText(document);
        SourceFamily f = family(familyName).orElseThrow(() -> new ConversionException(
                "unknown family '" + familyName + "'; known: " + String.join(", ", names())));
        return convert(document, f, "chosen by name");
    }

    private Conversion convert(SourceDocument document, SourceFamily family, String reason) throws ConversionException {
        Explanation explain = new Explanation();
        document.source().readAs().ifPresent(how -> explain.decided(1, "source", how));
        explain.decided(0, "family", family.name() + ": " + reason);
        TeiDocument tei = family.convert(document, explain);
        return new Conversion(tei, family.name(), reason, explain);
    }

    /** A TEI body needs at least one paragraph of text: a source without any is refused, not padded. */
    private static void requireText(SourceDocument document) throws ConversionException {
        for (var b : document.blocks()) {
            String plain = b.plain();
            for (int i = 0; i < plain.length(); i++) {
                if (Character.isLetterOrDigit(plain.charAt(i))) return;
            }
        }
        throw new ConversionException(document.source().path() + ": no text to convert (the source is empty or holds "
                + "only layout characters, breaks and punctuation)");
    }

    public List<String> names() {
        return families.stream().map(SourceFamily::name).sorted(Comparator.naturalOrder()).toList();
    }
}
