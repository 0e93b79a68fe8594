package org.teikit.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one definition of "reading text" the view tests compare against, and the way words are read
 * back out of the views.
 *
 * <p>Reading text = the character content of every outermost {@code tei:text} (front, body, back),
 * EXCEPT: {@code teiHeader}; {@code note} (any type: its text goes to the notes lists);
 * {@code fw} and {@code stamp} (page furniture and archive stamps); {@code supplied} and {@code gap} (editors' additions and their
 * descriptions); {@code figDesc}; inside {@code choice} every child but the one reading shown
 * (the first {@code abbr|orig|sic|seg|unclear}, else the first child), so expan/reg/corr are out;
 * inside {@code app} everything but the lemma (or the first reading). {@code speaker}, {@code del},
 * {@code add}, {@code head} (supplied or not) are reading text. Words are separated at whitespace,
 * at {@code lb/pb/cb} unless {@code break="no"}, at the edges of block elements and of
 * {@code del}/{@code add}, and between sibling elements in element-only content (no text but
 * whitespace: {@code <persName><forename/><surname/></persName>}, {@code <w/><w/>}, dictionary
 * entries); other elements (known or not) do not separate words.
 *
 * <p>A word is a maximal run of letters and digits ({@code [\p{L}\p{N}]+}), compared upper-cased
 * (the text view prints speakers in capitals). Square brackets are the views' channel for editorial
 * material, so bracketed spans are removed on both sides before comparing.
 *
 * <p>The HTML view sets punctuation typographically (“ ” ‘ ’ — – for the source's " ' -- -): words are runs of
 * letters and digits, so that changes no word and needs no normalising here; an apostrophe parts
 * {@code don't} into DON T on both sides alike. (The text view keeps the source's characters; TextViewTest and
 * TypographyTest say so.)
 */
final class ReadingText {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final Set<String> EXCLUDED = Set.of("teiHeader", "note", "fw", "stamp", "supplied", "gap", "figDesc");
    private static final Set<String> SEPARATING = Set.of(
            "p", "ab", "l", "lg", "head", "item", "label", "cell", "row", "table", "list", "sp", "speaker", "stage",
            "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7", "body", "front", "back", "text", "group",
            "opener", "closer", "dateline", "salute", "signed", "postscript", "trailer", "byline", "docAuthor",
            "docDate", "docTitle", "titlePart", "titlePage", "castList", "castGroup", "castItem", "figure",
            "listPerson", "person", "listBibl", "bibl", "quote", "epigraph", "argument", "address", "addrLine",
            "del", "add", "floatingText", "graphic");

    private ReadingText() {}

    /** The reading-text words of a TEI file. */
    static List<String> words(Path tei) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element root = f.newDocumentBuilder().parse(tei.toFile()).getDocumentElement();
        StringBuilder sb = new StringBuilder();
        for (Element text : outermostTexts(root, new ArrayList<>())) collect(text, sb);
        return tokens(stripBrackets(sb.toString()));
    }

    /** Reading-text words of the turns of one person (@who naming #id), without the speaker labels. */
    static int turnWords(Path tei, String id) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.NodeList sps = f.newDocumentBuilder().parse(tei.toFile()).getElementsByTagNameNS(TEI, "sp");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sps.getLength(); i++) {
            Element sp = (Element) sps.item(i);
            if (!List.of(sp.getAttribute("who").split("\\s+")).contains("#" + id)) continue;
            for (Node c = sp.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (!(c instanceof Element ce && isTei(ce, "speaker"))) collect(c, sb);
            }
        }
        return tokens(sb.toString()).size();
    }

    private static List<Element> outermostTexts(Element e, List<Element> out) {
        if (isTei(e, "text")) { out.add(e); return out; }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) outermostTexts(ce, out);
        }
        return out;
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) { sb.append(n.getNodeValue()); return; }
        if (!(n instanceof Element e)) return;
        boolean tei = TEI.equals(e.getNamespaceURI());
        String name = e.getLocalName();
        if (tei && EXCLUDED.contains(name)) return;
        if (tei && Set.of("lb", "pb", "cb", "milestone").contains(name)) {
            if (!"no".equals(e.getAttribute("break"))) sb.append(' ');
            return;
        }
        boolean separate = tei && SEPARATING.contains(name);
        if (separate || separatedSibling(e)) sb.append(' ');
        if (tei && name.equals("choice")) {
            Element shown = shownReading(e, Set.of("abbr", "orig", "sic", "seg", "unclear"));
            if (shown != null) collect(shown, sb);
        } else if (tei && name.equals("app")) {
            Element shown = shownReading(e, Set.of("lem"));
            if (shown == null) shown = firstChild(e, "rdg");
            if (shown != null) collect(shown, sb);
        } else {
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) collect(c, sb);
        }
        if (separate) sb.append(' ');
    }

    /** In element-only content (no text but whitespace), sibling elements are separate words. */
    private static boolean separatedSibling(Element e) {
        if (!(e.getParentNode() instanceof Element parent)) return false;
        if (TEI.equals(parent.getNamespaceURI()) && Set.of("choice", "app", "subst").contains(parent.getLocalName())) return false;
        boolean precededByElement = false;
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE && !c.getNodeValue().isBlank()) return false;
            if (c == e) break;
        }
        for (Node c = e.getPreviousSibling(); c != null; c = c.getPreviousSibling()) {
            if (c instanceof Element) { precededByElement = true; break; }
        }
        if (!precededByElement) return false;
        for (Node c = e.getNextSibling(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE && !c.getNodeValue().isBlank()) return false;
        }
        return true;
    }

    private static Element shownReading(Element parent, Set<String> preferred) {
        Element first = null;
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                if (first == null) first = ce;
                if (TEI.equals(ce.getNamespaceURI()) && preferred.contains(ce.getLocalName())) return ce;
            }
        }
        return preferred.contains("lem") ? null : first;
    }

    private static Element firstChild(Element parent, String name) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce && isTei(ce, name)) return ce;
        }
        return null;
    }

    private static boolean isTei(Element e, String name) {
        return TEI.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
    }

    // --- reading the views back ---------------------------------------------------------------

    private static final Pattern NOTES_BLOCK = Pattern.compile("(?m)^(?:Notes|Endnotes)\\n-+\\n(?=\\[\\d)(?:.+(?:\\n|$))*");

    /** The words of a text view's reading text: after the header rule, without note lists and bracketed editorial material. */
    static List<String> textViewWords(String view) {
        int rule = view.indexOf("\n* * *\n");
        if (rule < 0) throw new AssertionError("text view has no header rule '* * *'");
        String body = view.substring(rule + 7);
        body = NOTES_BLOCK.matcher(body).replaceAll("");
        return tokens(stripBrackets(body));
    }

    /** The words of an HTML page's main text as a reader sees them: block tags separate words, inline tags do not. */
    /** HTML elements at whose edges the views' words part (blocks, line breaks, note marks, deletions, quotations). */
    private static final Set<String> HTML_SEPARATING = Set.of("div", "p", "section", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "caption", "figure", "figcaption", "blockquote",
            "br", "sup", "del", "ins", "q");

    /** The words of an HTML page's {@code main}, read with jsoup (entities decoded by the parser). */
    static List<String> htmlWords(String html) {
        org.jsoup.nodes.Element main = Jsoup.parse(html).selectFirst("main");
        if (main == null) throw new AssertionError("page has no <main>");
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof TextNode t) sb.append(t.getWholeText());
                else if (separates(node)) sb.append(' ');
            }

            @Override public void tail(org.jsoup.nodes.Node node, int depth) {
                if (separates(node)) sb.append(' ');
            }

            private boolean separates(org.jsoup.nodes.Node node) {
                return node != main && node instanceof org.jsoup.nodes.Element e && HTML_SEPARATING.contains(e.normalName());
            }
        }, main);
        return tokens(sb.toString());
    }

    /** Removes [bracketed] spans (nesting-aware); an unmatched ']' is kept as text. */
    static String stripBrackets(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') depth++;
            else if (c == ']' && depth > 0) depth--;
            else if (depth == 0) out.append(c);
        }
        return out.toString();
    }

    static List<String> tokens(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) words.add(m.group().toUpperCase(Locale.ROOT));
        return words;
    }

    /** Null when equal, else a message showing where the sequences part. */
    static String difference(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) i++;
        if (i == expected.size() && i == actual.size()) return null;
        return "words differ at word " + i + " (reading text " + expected.size() + " words, view " + actual.size() + ")\n"
                + "  reading text: …" + window(expected, i) + "\n"
                + "  view:         …" + window(actual, i);
    }

    /** Null when every expected word occurs in order in actual (other words may come between). */
    static String missingFromSubsequence(List<String> expected, List<String> actual) {
        int j = 0;
        for (int i = 0; i < expected.size(); i++) {
            while (j < actual.size() && !actual.get(j).equals(expected.get(i))) j++;
            if (j == actual.size()) return "word " + i + " '" + expected.get(i) + "' not found in order; reading text around it: …" + window(expected, i);
            j++;
        }
        return null;
    }

    private static String window(List<String> words, int i) {
        return String.join(" ", words.subList(Math.max(0, i - 8), Math.min(words.size(), i + 8)));
    }
}
