package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Nodes;
import nu.xom.ParentNode;
import nu.xom.XPathContext;
import org.teikit.convert.Converter;
import org.teikit.fidelity.Fidelity;
import org.teikit.fidelity.FidelityReport;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** {@link #convert}, checked word for word against the source: nothing lost, nothing added. */
    static Document faithful(String source) throws Exception {
        Document d = convert(source);
        FidelityReport r = Fidelity.compare(SourceDocument.parse(SourceText.of("fixture.txt", source)), Path.of("fixture.xml"),
                d.toXML().getBytes(StandardCharsets.UTF_8));
        assertTrue(r.lost().isEmpty() && r.added().isEmpty(), r.differences().toString());
        return d;
    }

    /** Each note {@code xpath} selects, as "n: the word before it | its text". */
    static List<String> notesAfterWords(Document d, String xpath) {
        Nodes n = d.query(xpath, TEI);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            Element note = (Element) n.get(i);
            ParentNode p = note.getParent();
            String before = p.getChild(p.indexOf(note) - 1).getValue().strip();
            String word = before.substring(before.lastIndexOf(' ') + 1);
            out.add(note.getAttributeValue("n") + ": " + word + " | " + note.getValue().strip());
        }
        return out;
    }
}
