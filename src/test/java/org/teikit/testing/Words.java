package org.teikit.testing;

import nu.xom.Attribute;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Text;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately simple word comparison of a source and its TEI (the real fidelity checker is
 * {@code teikit diff}): words are runs of letters and digits; the source loses its markdown syntax and
 * the few bracket words the conventions consume; the TEI contributes the text of {@code text} and
 * {@code pb/@n}.
 */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NOTE_REF = Pattern.compile("<sup>\\s*\\[?\\s*\\d{1,3}\\s*\\]?\\s*</sup>");
    private static final Pattern CONSUMED = Pattern.compile("\\[(?:sic|\\?|unclear|Orig\\. note)\\]");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z]+\\s*/?>");
    /** Ordered list markers become {@code item/@n}: markdown syntax, like bullets. */
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s{0,3}(?:>\\s*)?\\d{1,9}[.)](?=\\s)");

    private Words() {}

    public static List<String> ofSource(String markdown) {
        String s = NOTE_REF.matcher(markdown).replaceAll(" ");
        s = LIST_MARKER.matcher(s).replaceAll(" ");
        s = s.replaceAll("(?<=[\\p{L}\\p{P}])[⁰¹²³⁴⁵⁶⁷⁸⁹]+", " ");     // Unicode superscript note references
        s = CONSUMED.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(" ");
        return words(s);
    }

    public static List<String> ofTei(Element teiRoot) {
        Element text = teiRoot.getFirstChildElement("text", Tei.NS);
        StringBuilder sb = new StringBuilder();
        collect(text, sb);
        return words(sb.toString());
    }

    private static void collect(Element e, StringBuilder sb) {
        if (e.getLocalName().equals("pb")) {
            Attribute n = e.getAttribute("n");
            if (n != null) sb.append(' ').append(n.getValue()).append(' ');
        }
        for (int i = 0; i < e.getChildCount(); i++) {
            Node c = e.getChild(i);
            if (c instanceof Text t) sb.append(t.getValue());
            else if (c instanceof Element ce) { sb.append(' '); collect(ce, sb); sb.append(' '); }
        }
    }

    public static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The words of {@code a} not matched by a word of {@code b} (multiset difference, in order of {@code a}). */
    public static List<String> missing(List<String> a, List<String> b) {
        Map<String, Integer> have = new HashMap<>();
        for (String w : b) have.merge(w, 1, Integer::sum);
        List<String> out = new ArrayList<>();
        for (String w : a) {
            Integer n = have.get(w);
            if (n == null || n == 0) out.add(w); else have.put(w, n - 1);
        }
        return out;
    }
}
