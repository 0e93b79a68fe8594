package org.teikit.edition;

import nu.xom.Attribute;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import nu.xom.ParsingException;
import nu.xom.ProcessingInstruction;
import org.teikit.source.Located;
import org.teikit.tei.TeiReader;
import org.teikit.tei.XmlFiles;
import org.teikit.tei.TeiSerializer;
import org.teikit.tei.Tei;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the {@code correspDesc}s of a set of TEI files into one file in the Correspondence
 * Metadata Interchange Format (CMIF): a TEI document whose {@code sourceDesc} has one {@code bibl} per
 * TEI file and whose {@code profileDesc} has every letter's {@code correspDesc}, each with {@code @ref}
 * (the letter: file and division id, under the base URL) and {@code @source} (the file's {@code bibl}).
 * Person references ({@code #stalin}) are rewritten to point into the file that declares them.
 * Stateless; the output depends only on the inputs and the options (no clock), so it is reproducible.
 */
public final class Cmif {
    public static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";
    private static final String CMIF_SCHEMA =
            "https://raw.githubusercontent.com/TEI-Correspondence-SIG/CMIF/master/schema/cmi-customization.rng";

    /**
     * @param title   the title of the CMIF file
     * @param baseUrl prefix for the files' addresses ("" for addresses relative to the CMIF file)
     * @param date    publication date for {@code publicationStmt/date/@when}, or null for none
     * @param licence licence URL of the metadata
     */
    public record Options(String title, String baseUrl, String date, String licence) {
        public Options {
            if (title == null || title.isBlank()) title = "Correspondence metadata";
            if (baseUrl == null) baseUrl = "";
            if (licence == null || licence.isBlank()) licence = CC_BY;
        }

        public static Options defaults() {
            return new Options(null, null, null, null);
        }
    }

    /** The CMIF document and what went into it. */
    public record Result(Document document, int files, int letters, List<String> skipped) {
        public byte[] toBytes() {
            return TeiSerializer.toBytes(document);
        }
    }

    private Cmif() {}

    /** Reads the TEI files among {@code paths} (folders are searched for {@code *.xml}, in name order). */
    public static Result build(List<Path> paths, Options options) throws CmifException, IOException {
        Element sourceDesc = Tei.el("sourceDesc");
        Element profileDesc = Tei.el("profileDesc");
        List<String> skipped = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int files = 0, letters = 0;
        for (Input in : inputs(paths)) {
            Document d = parse(in.file());
            Element root = d.getRootElement();
            if (!root.getLocalName().equals("TEI") || !Tei.NS.equals(root.getNamespaceURI())) {
                skipped.add(in.file() + ": not a TEI document");
                continue;
            }
            files++;
            String address = options.baseUrl() + in.relative();
            String biblId = uniqueId("src-" + in.relative().replaceAll("\\.xml$", "").replaceAll("[^\\w.-]", "_"), ids);
            Element bibl = Tei.el("bibl", Tei.at("type", "online"), Tei.at("xml:id", biblId));
            bibl.appendChild(title(root));
            bibl.appendChild(" ");
            bibl.appendChild(Tei.text("ref", address, Tei.at("target", address)));
            sourceDesc.appendChild(bibl);
            for (Element c : correspDescs(root)) {
                profileDesc.appendChild(cmifCorrespDesc(c, address, biblId));
                letters++;
            }
        }
        if (sourceDesc.getChildCount() == 0) sourceDesc.appendChild(Tei.text("p", "No TEI files were given."));
        Element fileDesc = Tei.add(Tei.el("fileDesc"),
                Tei.add(Tei.el("titleStmt"), Tei.text("title", options.title()),
                        Tei.add(Tei.el("editor", Tei.at("xml:id", "teikit")), "teikit")),      // target of resp="#teikit" on inferred dates
                publicationStmt(options),
                sourceDesc);
        Element header = Tei.add(Tei.el("teiHeader"), fileDesc);
        if (profileDesc.getChildCount() > 0) header.appendChild(profileDesc);
        Element tei = Tei.add(Tei.el("TEI"), header,
                Tei.add(Tei.el("text"), Tei.add(Tei.el("body"), Tei.el("p"))));
        Document doc = new Document(tei);
        doc.insertChild(new ProcessingInstruction("xml-model",
                "href=\"" + CMIF_SCHEMA + "\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\""), 0);
        return new Result(doc, files, letters, List.copyOf(skipped));
    }

    private record Input(Path file, String relative) {}

    private static List<Input> inputs(List<Path> paths) throws IOException, CmifException {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                for (Path f : XmlFiles.under(p)) out.add(new Input(f, p.relativize(f).toString().replace('\\', '/')));
            } else if (Files.isRegularFile(p)) {
                out.add(new Input(p, p.getFileName().toString()));
            } else {
                throw new CmifException(p, 0, 0, "no such file or folder");
            }
        }
        return out;
    }

    /** Parses without DTDs or external entities: input may be hostile. */
    private static Document parse(Path file) throws CmifException, IOException {
        try {
            return TeiReader.read(file);
        } catch (ParsingException e) {
            // TeiReader words the parser's message (a DOCTYPE, an empty file) after the same file:line:column
            String where = Located.describe(file, e.getLineNumber(), e.getColumnNumber(), "");
            throw new CmifException(file, e.getLineNumber(), e.getColumnNumber(), TeiReader.describe(file, e).substring(where.length()));
        }
    }

    private static Element title(Element root) {
        Element t = first(root, "teiHeader", "fileDesc", "titleStmt", "title");
        return Tei.text("title", t == null ? "" : t.getValue().replaceAll("\\s+", " ").strip());
    }

    private static Element first(Element e, String... path) {
        Element cur = e;
        for (String name : path) {
            if (cur == null) return null;
            cur = cur.getFirstChildElement(name, Tei.NS);
        }
        return cur;
    }

    private static List<Element> correspDescs(Element root) {
        Element profile = first(root, "teiHeader", "profileDesc");
        List<Element> out = new ArrayList<>();
        if (profile == null) return out;
        Elements cs = profile.getChildElements("correspDesc", Tei.NS);
        for (int i = 0; i < cs.size(); i++) out.add(cs.get(i));
        return out;
    }

    /** The CMIF form of one correspDesc: addressed by {@code @ref}, sourced by {@code @source}, people pointing into the file. */
    private static Element cmifCorrespDesc(Element c, String address, String biblId) {
        Element out = Tei.el("correspDesc");
        Attribute corresp = c.getAttribute("corresp");
        String letter = corresp != null && corresp.getValue().startsWith("#") ? corresp.getValue() : "";
        Tei.attr(out, "ref", address + letter);
        Tei.attr(out, "source", "#" + biblId);
        Elements actions = c.getChildElements("correspAction", Tei.NS);
        for (int i = 0; i < actions.size(); i++) {
            Element a = (Element) actions.get(i).copy();
            rewriteRefs(a, address);
            out.appendChild(a);
        }
        return out;
    }

    private static void rewriteRefs(Element e, String address) {
        Attribute ref = e.getAttribute("ref");
        if (ref != null && ref.getValue().startsWith("#")) ref.setValue(address + ref.getValue());
        Elements children = e.getChildElements();
        for (int i = 0; i < children.size(); i++) rewriteRefs(children.get(i), address);
    }

    private static Element publicationStmt(Options o) {
        Element p = Tei.el("publicationStmt");
        Element publisher = Tei.el("publisher");
        if (!o.baseUrl().isEmpty()) publisher.appendChild(Tei.text("ref", "teikit edition", Tei.at("target", o.baseUrl())));
        else publisher.appendChild("teikit edition");
        p.appendChild(publisher);
        if (o.date() != null && !o.date().isBlank()) p.appendChild(Tei.el("date", Tei.at("when", o.date())));
        p.appendChild(Tei.add(Tei.el("availability"), Tei.text("licence",
                o.licence().equals(CC_BY) ? "This file is licensed under the terms of the Creative-Commons-License CC-BY 4.0" : o.licence(),
                Tei.at("target", o.licence()))));
        return p;
    }

    private static String uniqueId(String base, Set<String> ids) {
        String id = base.matches("^[A-Za-z_].*") ? base : "src-" + base;
        String candidate = id;
        for (int n = 2; !ids.add(candidate); n++) candidate = id + "-" + n;
        return candidate;
    }
}
