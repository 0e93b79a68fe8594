package org.teikit.source;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An XML document given as a transcription is refused, naming its root; transcriptions and pages that open with a tag are read. */
class XmlDocumentsTest {

    private static String refusal(String text) {
        return assertThrows(SourceException.class, () -> SourceDocument.parse(SourceText.of("given.xml", text))).getMessage();
    }

    @Test
    void teiWithADeclarationIsRefusedAndPointedToValidate() {
        String m = refusal("""
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-model href="../schema/teikit.rnc" type="application/relax-ng-compact-syntax"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Hello</p></body></text></TEI>
                """);
        assertTrue(m.startsWith("given.xml:1:1: ") && m.contains("root element <TEI>") && m.contains("teikit validate"), m);
    }

    @Test
    void otherXmlIsRefusedToo() {
        assertTrue(refusal("<!DOCTYPE article PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\" \"x.dtd\">\n<article><para>Hi</para></article>\n")
                .contains("root element <article>"));
        assertTrue(refusal("<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\">\n<TEI/>\n</teiCorpus>\n").contains("<teiCorpus>"));
        assertTrue(refusal("  <?xml version='1.0'?>\n<!-- export -->\n<letters><letter/></letters>\n").contains("<letters>"));
    }

    @Test
    void pagesAndTranscriptionsThatOpenWithATagAreRead() throws Exception {
        assertTrue(SourceDocument.parse(SourceText.of("p.xhtml", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>A page.</p></body></html>\n")).source().readAs().isPresent());
        SourceDocument t = SourceDocument.parse(SourceText.of("t.txt", "<u>Anna</u>: We came by train.\n\n<sup>1</sup> A note.\n"));
        assertFalse(t.source().readAs().isPresent());
        assertTrue(t.blocks().get(0).plain().contains("We came by train."));
        // a declaration quoted inside a transcription is text
        assertFalse(SourceDocument.parse(SourceText.of("t.txt", "The file began <?xml version=\"1.0\"?> and broke.\n")).blocks().isEmpty());
    }
}
