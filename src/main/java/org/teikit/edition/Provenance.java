package org.teikit.edition;

import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import nu.xom.ParsingException;
import org.teikit.tei.CanonicalDigest;
import org.teikit.tei.Indenter;
import org.teikit.tei.Tei;
import org.teikit.tei.TeiDocument;
import org.teikit.tei.TeiReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The provenance every TEI file teikit writes carries in {@code encodingDesc/appInfo/application
 * ident="teikit"}: version, family and source checksum (written by the converter), and the checksum of
 * the generated content, {@code desc type="content-sha256"}. That checksum is the SHA-256 of the
 * document's canonical XML (C14N, without comments) with the checksum's own text left empty, so a
 * file can verify itself: when it no longer matches, someone edited the file since teikit wrote it.
 */
public final class Provenance {
    public static final String CONTENT_SHA256 = "content-sha256";

    /** What a TEI file says about its own origin. */
    public enum State {
        /** written by teikit and unchanged since */
        INTACT,
        /** written by teikit, then changed */
        EDITED,
        /** no teikit content checksum: written by hand or by another tool (or an older teikit) */
        NOT_TEIKIT,
        /** not well-formed XML */
        UNREADABLE
    }

    public record Check(State state, String reason) {
        public boolean intact() { return state == State.INTACT; }
    }

    private Provenance() {}

    /** The document serialised with its content checksum recorded; the only way teikit files are written. */
    public static byte[] stamp(TeiDocument tei) {
        Element desc = checksumElement(tei.root(), true);
        desc.removeChildren();
        Indenter.indent(tei.root());
        desc.appendChild(contentSha256(tei.document()));
        return tei.toBytes();
    }

    /** Checks a file's bytes against the content checksum it records. */
    public static Check check(byte[] xml) {
        Document doc;
        try {
            doc = TeiReader.builder().build(new ByteArrayInputStream(xml));
        } catch (ParsingException e) {
            return new Check(State.UNREADABLE, "it cannot be read at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage());
        } catch (IOException e) {
            return new Check(State.UNREADABLE, e.getMessage());
        }
        Element desc = checksumElement(doc.getRootElement(), false);
        if (desc == null) {
            return new Check(State.NOT_TEIKIT, "it has no teikit content checksum (encodingDesc/appInfo/application"
                    + "[@ident='teikit']/desc[@type='" + CONTENT_SHA256 + "']), so it was written or changed by other means");
        }
        String recorded = desc.getValue().strip();
        desc.removeChildren();
        String actual = contentSha256(doc);
        return recorded.equals(actual)
                ? new Check(State.INTACT, "content checksum matches")
                : new Check(State.EDITED, "it was edited since teikit generated it (content checksum "
                        + abbreviate(recorded) + " recorded, " + abbreviate(actual) + " now)");
    }

    /** SHA-256 (hex) of the canonical form of a document. */
    static String contentSha256(Document doc) {
        return CanonicalDigest.sha256(doc);
    }

    private static Element checksumElement(Element tei, boolean create) {
        Element application = teikitApplication(tei, create);
        if (application == null) return null;
        Elements descs = application.getChildElements("desc", Tei.NS);
        for (int i = 0; i < descs.size(); i++) {
            if (CONTENT_SHA256.equals(descs.get(i).getAttributeValue("type"))) return descs.get(i);
        }
        if (!create) return null;
        Element desc = Tei.el("desc", Tei.at("type", CONTENT_SHA256));
        application.appendChild(desc);
        return desc;
    }

    private static Element teikitApplication(Element tei, boolean create) {
        Element header = Tei.child(tei, "teiHeader");
        if (header == null) {
            if (!create) return null;
            throw new IllegalArgumentException("TEI document without teiHeader");
        }
        Element encodingDesc = create ? Tei.childOrNew(header, "encodingDesc") : Tei.child(header, "encodingDesc");
        Element appInfo = encodingDesc == null ? null : create ? Tei.childOrNew(encodingDesc, "appInfo") : Tei.child(encodingDesc, "appInfo");
        if (appInfo == null) return null;
        Elements apps = appInfo.getChildElements("application", Tei.NS);
        for (int i = 0; i < apps.size(); i++) {
            if ("teikit".equals(apps.get(i).getAttributeValue("ident"))) return apps.get(i);
        }
        if (!create) return null;
        Element app = Tei.el("application", Tei.at("ident", "teikit"), Tei.at("version", org.teikit.Teikit.VERSION));
        app.appendChild(Tei.text("label", "teikit"));
        appInfo.appendChild(app);
        return app;
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }
}
