package org.teikit.edition;

import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import nu.xom.Nodes;
import nu.xom.ParsingException;
import nu.xom.XPathContext;
import org.teikit.tei.Tei;
import org.teikit.tei.TeiDocument;
import org.teikit.tei.TeiReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The corpus-wide index of people ({@code tei/persons.xml}): each person once, with every name form
 * the edition uses and, per document, links to the turns where they speak.
 */
public final class PersonsIndex {
    public static final String FILE_NAME = "persons.xml";
    private static final XPathContext TEI = new XPathContext("t", Tei.NS);

    private final Map<String, Entry> people = new TreeMap<>();

    private record Appearance(String file, String title, List<String> turns) {}

    private static final class Entry {
        String standard;
        final Set<String> forms = new LinkedHashSet<>();
        final List<Appearance> appearances = new ArrayList<>();
    }

    /** Adds one TEI file of the edition (the index itself is ignored). */
    public PersonsIndex add(Path teiFile) throws IOException, ParsingException {
        if (teiFile.getFileName().toString().equals(FILE_NAME)) return this;
        Document doc = TeiReader.read(teiFile);
        String file = teiFile.getFileName().toString();
        Nodes titles = doc.query("/t:TEI/t:teiHeader/t:fileDesc/t:titleStmt/t:title", TEI);
        String title = titles.size() > 0 ? titles.get(0).getValue().strip() : file;
        Nodes persons = doc.query("/t:TEI/t:teiHeader/t:profileDesc/t:particDesc/t:listPerson/t:person[@xml:id]", TEI);
        for (int i = 0; i < persons.size(); i++) {
            Element p = (Element) persons.get(i);
            String id = p.getAttributeValue("id", Tei.XML_NS);
            Entry e = people.computeIfAbsent(id, k -> new Entry());
            Elements names = p.getChildElements("persName", Tei.NS);
            for (int n = 0; n < names.size(); n++) {
                Element name = names.get(n);
                if ("standard".equals(name.getAttributeValue("type"))) e.standard = name.getValue();
                else e.forms.add(name.getValue());
            }
            List<String> turns = new ArrayList<>();
            Nodes sps = doc.query("/t:TEI/t:text//t:sp[@xml:id]", TEI);
            for (int s = 0; s < sps.size(); s++) {
                Element sp = (Element) sps.get(s);
                for (String who : sp.getAttributeValue("who") == null ? new String[0] : sp.getAttributeValue("who").split("\\s+")) {
                    if (who.equals("#" + id)) turns.add(file + "#" + sp.getAttributeValue("id", Tei.XML_NS));
                }
            }
            e.appearances.add(new Appearance(file, title, turns));
        }
        return this;
    }

    public TeiDocument build() {
        Element list = Tei.el("listPerson");
        for (Map.Entry<String, Entry> me : people.entrySet()) {
            Entry e = me.getValue();
            Element person = Tei.el("person", Tei.at("xml:id", me.getKey()));
            if (e.standard != null) person.appendChild(Tei.text("persName", e.standard, Tei.at("type", "standard")));
            for (String f : e.forms) if (!f.equals(e.standard)) person.appendChild(Tei.text("persName", f));
            if (person.getChildCount() == 0) person.appendChild(Tei.text("persName", me.getKey()));
            for (Appearance a : e.appearances) {
                String target = a.turns().isEmpty() ? a.file() : String.join(" ", a.turns());
                String label = a.title() + (a.turns().isEmpty() ? " (mentioned)" : " (" + a.turns().size() + (a.turns().size() == 1 ? " turn)" : " turns)"));
                person.appendChild(Tei.add(Tei.el("note", Tei.at("type", "appearances")), Tei.text("ref", label, Tei.at("target", target))));
            }
            list.appendChild(person);
        }
        Element header = Tei.add(Tei.el("teiHeader"), Tei.add(Tei.el("fileDesc"),
                Tei.add(Tei.el("titleStmt"), Tei.text("title", "Persons of the edition")),
                Tei.add(Tei.el("publicationStmt"), Tei.text("publisher", "teikit edition")),
                Tei.add(Tei.el("sourceDesc"), Tei.text("p", "Compiled by teikit from the person registries of the edition's TEI files."))));
        // an edition that names nobody (a diary, say) still gets a valid index: a listPerson must hold a person
        Element content = people.isEmpty() ? Tei.text("p", "No person is named in the edition's documents.") : list;
        Element body = Tei.add(Tei.el("body"), Tei.add(Tei.el("div", Tei.at("type", "index")), Tei.text("head", "Persons"), content));
        return new TeiDocument(Tei.add(Tei.el("TEI", Tei.at("xml:lang", "en")), header, Tei.add(Tei.el("text"), body)));
    }
}
