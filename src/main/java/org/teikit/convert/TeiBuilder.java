package org.teikit.convert;

import nu.xom.Element;
import org.teikit.Teikit;
import org.teikit.convert.speech.People;
import org.teikit.source.SourceText;
import org.teikit.tei.Tei;
import org.teikit.tei.TeiDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles one TEI file: the families fill in the parts they know (title, source description,
 * abstract, people, letters' metadata, front/body/back); the rest of the header — provenance,
 * publication statement, schema references — is the same for every family and written here.
 */
public final class TeiBuilder {
    private final SourceText source;
    private final String family;
    private final People people = new People();
    private final Element front = Tei.el("front");
    private final Element body = Tei.el("body");
    private final Element back = Tei.el("back");
    private final Element sourceDesc = Tei.el("sourceDesc");
    private final List<Element> correspDescs = new ArrayList<>();
    private final List<Element> titleExtras = new ArrayList<>();
    private Element title = Tei.el("title");
    private Element abstractEl;
    private String language = "en";
    private String languageName = "English";

    public TeiBuilder(SourceText source, String family) {
        this.source = source;
        this.family = family;
    }

    public People people() { return people; }
    public Element front() { return front; }
    public Element body() { return body; }
    public Element back() { return back; }
    /** Families add {@code bibl}, {@code biblStruct} or {@code msDesc} here. */
    public Element sourceDesc() { return sourceDesc; }

    public TeiBuilder title(String text) {
        title = Tei.text("title", text.strip());
        return this;
    }

    public TeiBuilder title(Element titleElement) {
        title = titleElement;
        return this;
    }

    /** Extra {@code titleStmt} children such as {@code author} or {@code editor}. */
    public TeiBuilder titleStmt(Element e) {
        titleExtras.add(e);
        return this;
    }

    /** Adds a paragraph to {@code profileDesc/abstract}. */
    public TeiBuilder summary(Element paragraph) {
        if (abstractEl == null) abstractEl = Tei.el("abstract");
        abstractEl.appendChild(paragraph);
        return this;
    }

    public TeiBuilder language(String ident, String name) {
        this.language = ident;
        this.languageName = name;
        return this;
    }

    public TeiBuilder correspDesc(Element c) {
        correspDescs.add(c);
        return this;
    }

    public TeiDocument build() {
        Element tei = Tei.el("TEI", Tei.at("xml:lang", language));
        tei.appendChild(header());
        Element text = Tei.el("text");
        if (front.getChildCount() > 0) text.appendChild(front);
        if (body.getChildCount() == 0) body.appendChild(Tei.el("p"));
        holdGlobalsInParagraph(body);
        text.appendChild(body);
        if (back.getChildCount() > 0) text.appendChild(back);
        tei.appendChild(text);
        numberTurns(text);
        return new TeiDocument(tei);
    }

    /**
     * Every turn without an id gets one ({@code sp-1} …, in document order) so indexes and views can
     * link to it. A walk of the tree: the XPath query it replaces cost more than the rest of the build.
     */
    static void numberTurns(Element text) {
        List<Element> turns = new ArrayList<>();
        unnumberedTurns(text, turns);
        for (int i = 0; i < turns.size(); i++) {
            Tei.attr(turns.get(i), "xml:id", "sp-" + (i + 1));
        }
    }

    /** The descendants of {@code e} named {@code sp} (in any namespace) without {@code xml:id}, in document order. */
    private static void unnumberedTurns(Element e, List<Element> out) {
        for (int i = 0; i < e.getChildCount(); i++) {
            if (e.getChild(i) instanceof Element c) {
                if (c.getLocalName().equals("sp") && c.getAttribute("id", Tei.XML_NS) == null) out.add(c);
                unnumberedTurns(c, out);
            }
        }
    }

    /** Elements TEI allows between blocks but not as a body's only content. */
    private static final java.util.Set<String> GLOBAL = java.util.Set.of("note", "pb", "lb", "cb", "fw", "gap", "space", "milestone", "anchor");

    /**
     * A body of notes only (a source of unplaced footnote definitions) is not TEI: its content goes
     * into one paragraph, which may hold them.
     */
    private static void holdGlobalsInParagraph(Element body) {
        for (int i = 0; i < body.getChildCount(); i++) {
            if (body.getChild(i) instanceof Element e && !GLOBAL.contains(e.getLocalName())) return;
        }
        Element p = Tei.el("p");
        while (body.getChildCount() > 0) {
            nu.xom.Node n = body.getChild(0);
            n.detach();
            p.appendChild(n);
        }
        body.appendChild(p);
    }

    private Element header() {
        if (title.getValue().isBlank()) title.appendChild(source.baseName());
        Element titleStmt = Tei.add(Tei.el("titleStmt"), title, titleExtras,
                Tei.add(Tei.el("respStmt"), Tei.text("resp", "TEI encoding"),
                        Tei.text("name", "teikit", Tei.at("xml:id", "teikit"))));
        Element publicationStmt = Tei.add(Tei.el("publicationStmt"),
                Tei.text("publisher", "teikit edition"),
                Tei.text("idno", "sources/" + source.path().getFileName(), Tei.at("type", "source")));
        if (sourceDesc.getChildCount() == 0) sourceDesc.appendChild(Tei.text("p", "Transcription " + source.path().getFileName()));
        Element fileDesc = Tei.add(Tei.el("fileDesc"), titleStmt, publicationStmt, sourceDesc);

        Element application = Tei.add(Tei.el("application", Tei.at("ident", "teikit"), Tei.at("version", Teikit.VERSION)),
                Tei.text("label", "teikit"),
                Tei.text("desc", family, Tei.at("type", "family")),
                Tei.text("desc", source.sha256(), Tei.at("type", "source-sha256")));
        Element encodingDesc = Tei.add(Tei.el("encodingDesc"), Tei.add(Tei.el("appInfo"), application));

        Element profileDesc = Tei.el("profileDesc");
        if (abstractEl != null) profileDesc.appendChild(abstractEl);
        profileDesc.appendChild(Tei.add(Tei.el("langUsage"), Tei.text("language", languageName, Tei.at("ident", language))));
        if (!people.isEmpty()) profileDesc.appendChild(Tei.add(Tei.el("particDesc"), people.listPerson()));
        for (Element c : correspDescs) profileDesc.appendChild(c);

        return Tei.add(Tei.el("teiHeader"), fileDesc, encodingDesc, profileDesc);
    }
}
