package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.teikit.convert.Converter;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.util.ArrayList;
import java.util.List;

/** A transcription converted by the fallback family, where the shared conventions act alone, and its values read by XPath. */
final class GenericConversion {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");

    private GenericConversion() {}

    static Document convert(String text) throws Exception {
        return Converter.standard().convert(SourceDocument.parse(SourceText.of("fixture.txt", text)), "generic").tei().document();
    }

    /** The stripped string values of what {@code xpath} selects ({@code t:} is TEI). */
    static List<String> values(Document d, String xpath) {
        Nodes n = d.query(xpath, TEI);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) out.add(n.get(i).getValue().strip());
        return out;
    }
}
