package org.teikit.convert;

import org.teikit.tei.TeiDocument;

/** The result of converting one source: the TEI, the family used and why it was chosen. */
public record Conversion(TeiDocument tei, String family, String reason) {}
