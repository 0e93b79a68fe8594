package org.teikit.tei;

import nu.xom.Attribute;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.ProcessingInstruction;
import nu.xom.Text;
import nu.xom.canonical.Canonicalizer;
import org.teikit.digest.Sha256;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * SHA-256 (hex) of a document's Canonical XML 1.0 without comments, byte for byte as XOM's
 * {@link Canonicalizer} writes it. TEI documents as teikit builds and reads them ({@link TeiShape}) are
 * written straight from the tree; XOM's general canonicalizer, which pushes every character through its
 * serializer's escaping state machine, cost as much as building the TEI. Any other document goes to XOM.
 */
public final class CanonicalDigest {
    /** Canonical attribute order: no namespace before a namespace, then by namespace URI and local name. */
    private static final Comparator<Attribute> ATTRIBUTE_ORDER = Comparator
            .comparing((Attribute a) -> !a.getNamespaceURI().isEmpty())
            .thenComparing(Attribute::getNamespaceURI)
            .thenComparing(Attribute::getLocalName);
    /** Text is hashed in pieces of about this many characters, always cut between nodes. */
    private static final int CHUNK = 16 * 1024;

    /** Receives the canonical text in pieces. */
    private final Consumer<String> sink;
    private final StringBuilder out = new StringBuilder(CHUNK + 1024);

    private CanonicalDigest(Consumer<String> sink) {
        this.sink = sink;
    }

    public static String sha256(Document doc) {
        MessageDigest md = Sha256.newDigest();
        if (TeiShape.isAsBuilt(doc)) {
            new CanonicalDigest(piece -> md.update(piece.getBytes(StandardCharsets.UTF_8))).document(doc);
        } else {
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
                new Canonicalizer(out, Canonicalizer.CANONICAL_XML).write(doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The canonical form as written from the tree, or null for a document left to XOM's canonicalizer. */
    static String canonicalText(Document doc) {
        if (!TeiShape.isAsBuilt(doc)) return null;
        StringBuilder all = new StringBuilder();
        new CanonicalDigest(all::append).document(doc);
        return all.toString();
    }

    // ---- writing (C14N 1.0: no XML declaration, no DTD, no comments; PIs around the root on their own lines)

    private void document(Document doc) {
        boolean afterRoot = false;
        for (int i = 0; i < doc.getChildCount(); i++) {
            Node n = doc.getChild(i);
            if (n instanceof Element e) {
                element(e, true);
                afterRoot = true;
            } else if (n instanceof ProcessingInstruction pi) {
                if (afterRoot) out.append('\n');
                pi(pi);
                if (!afterRoot) out.append('\n');
            }
        }
        flush();
    }

    private void element(Element e, boolean root) {
        out.append('<').append(e.getQualifiedName());
        if (root) out.append(" xmlns=\"").append(Tei.NS).append('"');   // the one declaration: inherited below
        int n = e.getAttributeCount();
        if (n > 0) {
            List<Attribute> attributes = new ArrayList<>(n);
            for (int i = 0; i < n; i++) attributes.add(e.getAttribute(i));
            if (n > 1) attributes.sort(ATTRIBUTE_ORDER);
            for (Attribute a : attributes) {
                out.append(' ').append(a.getQualifiedName()).append("=\"");
                attributeValue(TeiShape.isTokenized(a) ? trimmedSpaces(a.getValue()) : a.getValue());
                out.append('"');
            }
        }
        out.append('>');
        for (int i = 0; i < e.getChildCount(); i++) {
            Node c = e.getChild(i);
            if (c instanceof Element ce) element(ce, false);
            else if (c instanceof Text t) text(t.getValue());
            else if (c instanceof ProcessingInstruction pi) pi(pi);
            // comments are not part of this canonical form
        }
        out.append("</").append(e.getQualifiedName()).append('>');
        if (out.length() >= CHUNK) flush();
    }

    private void pi(ProcessingInstruction pi) {
        out.append("<?").append(pi.getTarget());
        if (!pi.getValue().isEmpty()) out.append(' ').append(pi.getValue());
        out.append("?>");
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#xD;");
                default -> out.append(c);
            }
        }
    }

    /**
     * A tokenized value (XOM types {@code xml:id} as an ID) as attribute-value normalisation leaves it: no
     * leading or trailing spaces, runs of spaces as one. Only U+0020 counts: other white space is escaped.
     */
    static String trimmedSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean seenOther = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && (!seenOther || i == s.length() - 1 || s.charAt(i + 1) == ' ')) continue;
            if (c != ' ') seenOther = true;
            sb.append(c);
        }
        return sb.toString();
    }

    private void attributeValue(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#x9;");
                case '\n' -> out.append("&#xA;");
                case '\r' -> out.append("&#xD;");
                default -> out.append(c);
            }
        }
    }

    /** Passes on what was written; called only after a whole node, so no surrogate pair is ever cut. */
    private void flush() {
        sink.accept(out.toString());
        out.setLength(0);
    }
}
