package org.teikit.convert;

import org.teikit.convert.conventions.Explanation;
import org.teikit.tei.TeiDocument;

/**
 * The result of converting one source: the TEI, the family used and why it was chosen, and the decisions and
 * warnings of the conversion ({@code teikit convert --explain}).
 */
public record Conversion(TeiDocument tei, String family, String reason, Explanation explanation) {
    public Conversion(TeiDocument tei, String family, String reason) {
        this(tei, family, reason, new Explanation());
    }
}
