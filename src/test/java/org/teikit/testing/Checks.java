package org.teikit.testing;

import nu.xom.Document;
import org.teikit.convert.Conversion;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The checks every family test makes on its output: valid against tei_all, no word lost or invented. */
public final class Checks {
    private Checks() {}

    /** Validates the serialised TEI and compares words; returns the document for further assertions. */
    public static Document validAndFaithful(Conversion c, String source, List<String> deliberatelyMerged) {
        String xml = c.tei().toXml();
        TeiAll.assertValid(xml);
        Document d = c.tei().document();
        List<String> src = Words.ofSource(source);
        List<String> tei = Words.ofTei(d.getRootElement());
        assertEquals(deliberatelyMerged, Words.missing(src, tei), "source words missing from the TEI text");
        assertEquals(List.of(), Words.missing(tei, src), "TEI text words not in the source");
        return d;
    }
}
