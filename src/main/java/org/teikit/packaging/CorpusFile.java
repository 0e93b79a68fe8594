package org.teikit.packaging;

import nu.xom.Document;
import nu.xom.Element;
import nu.xom.ParsingException;
import nu.xom.ProcessingInstruction;
import org.teikit.tei.Tei;
import org.teikit.tei.TeiReader;
import org.teikit.tei.TeiSerializer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The bag's {@code corpus.xml}: a {@code teiCorpus} that lists the edition's documents, one {@code TEI} entry each
 * with the document's title and a {@code ref} to its file, valid against {@code tei_all} as it stands.
 *
 * <p>Why a list and not the documents themselves: {@code xi:include} elements are not TEI, so the file would be
 * valid only to a validator that expands them first (Jing does not), and expanded, the documents' {@code xml:id}s,
 * which are unique per file ({@code #stalin} in each one's {@code listPerson}), would collide in one document;
 * copies would do the same, and double the payload. Each document stays once, in {@code tei/}, valid on its own.
 */
final class CorpusFile {
    static final String TEI_ALL = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng";

    /** A document of the corpus: its title and its address relative to {@code corpus.xml}. */
    record Member(String title, String href) {}

    private CorpusFile() {}

    /** The entry for a TEI file: its {@code titleStmt/title} (the href when it has none). */
    static Member member(Path tei, String href) throws IOException, ParsingException {
        Document d = TeiReader.read(tei);
        Element header = Tei.child(d.getRootElement(), "teiHeader");
        Element fileDesc = header == null ? null : Tei.child(header, "fileDesc");
        Element titleStmt = fileDesc == null ? null : Tei.child(fileDesc, "titleStmt");
        Element title = titleStmt == null ? null : Tei.child(titleStmt, "title");
        String text = title == null ? "" : title.getValue().replaceAll("\\s+", " ").strip();
        return new Member(text.isEmpty() ? href : text, href);
    }

    static byte[] build(String corpusTitle, List<Member> members) {
        Element corpus = Tei.add(Tei.el("teiCorpus"),
                header(corpusTitle, Tei.text("p", "The " + members.size() + " documents of the edition, one TEI file each in tei/,"
                        + " listed here in file-name order.")));
        for (Member m : members) {
            corpus.appendChild(Tei.add(Tei.el("TEI"),
                    header(m.title(), Tei.add(Tei.el("bibl"), Tei.text("ref", m.href(), Tei.at("target", m.href())))),
                    Tei.add(Tei.el("text"), Tei.add(Tei.el("body"),
                            Tei.add(Tei.el("p"), "The document is ", Tei.text("ref", m.href(), Tei.at("target", m.href())), ".")))));
        }
        Document doc = new Document(corpus);
        doc.insertChild(new ProcessingInstruction("xml-model",
                "href=\"" + TEI_ALL + "\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\""), 0);
        return TeiSerializer.toBytes(doc);
    }

    private static Element header(String title, Element source) {
        return Tei.add(Tei.el("teiHeader"), Tei.add(Tei.el("fileDesc"),
                Tei.add(Tei.el("titleStmt"), Tei.text("title", title)),
                Tei.add(Tei.el("publicationStmt"), Tei.text("p", "Packaged by teikit as a BagIt bag (RFC 8493).")),
                Tei.add(Tei.el("sourceDesc"), source)));
    }
}
