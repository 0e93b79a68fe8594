package org.teikit.convert.conventions;

import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Nodes;
import nu.xom.ParentNode;
import nu.xom.Text;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;
import org.teikit.convert.Conversion;
import org.teikit.convert.Converter;
import org.teikit.edition.Provenance;
import org.teikit.fidelity.Fidelity;
import org.teikit.fidelity.FidelityReport;
import org.teikit.source.SourceDocument;
import org.teikit.source.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recall and precision of the shared conventions on fixture transcriptions written for it
 * (src/test/resources/conventions, format in its README): speech turns with the right speaker, notes at their
 * reference, letters with correspondents and date, and no word lost. The figures are printed per set and
 * style; the floors below are the measured figures, so a change that makes any of them worse fails, and
 * BENCHMARKS.md says where they stand against the targets.
 */
class ConventionsAccuracyTest {
    private static final XPathContext TEI = new XPathContext("t", "http://www.tei-c.org/ns/1.0");
    private static final Path ROOT = Path.of("src/test/resources/conventions");

    /** Counts of one measure: found and right, found, expected. */
    static final class Score {
        int right, found, expected;

        void add(Score o) { right += o.right; found += o.found; expected += o.expected; }
        double recall() { return expected == 0 ? 1 : (double) right / expected; }
        double precision() { return found == 0 ? 1 : (double) right / found; }
        @Override public String toString() {
            return String.format(Locale.ROOT, "R %.3f P %.3f (%d/%d expected, %d found)", recall(), precision(), right, expected, found);
        }
    }

    record Result(Score turns, Score notes, Score letters, int lost) {}

    @Test
    void developmentSetMeetsItsFloors() throws Exception {
        Map<String, Result> r = measure(ROOT.resolve("dev"));
        Result all = total(r);
        System.out.println(table("dev", r, all));
        assertFloors(all, 0.98, 0.97, 0.97);
    }

    @Test
    void heldOutSetMeetsItsFloors() throws Exception {
        Map<String, Result> r = measure(ROOT.resolve("heldout"));
        Result all = total(r);
        System.out.println(table("heldout", r, all));
        assertFloors(all, 0.98, 0.97, 0.97);
    }

    private static void assertFloors(Result all, double turns, double notes, double letters) {
        assertTrue(all.turns().recall() >= turns && all.turns().precision() >= turns, "turns " + all.turns());
        assertTrue(all.notes().recall() >= notes && all.notes().precision() >= notes, "notes " + all.notes());
        assertTrue(all.letters().recall() >= letters, "letters " + all.letters());
        assertEquals(0, all.lost(), "words lost");
    }

    private static Result total(Map<String, Result> r) {
        Score t = new Score(), n = new Score(), l = new Score();
        int lost = 0;
        for (Result x : r.values()) {
            t.add(x.turns());
            n.add(x.notes());
            l.add(x.letters());
            lost += x.lost();
        }
        return new Result(t, n, l, lost);
    }

    private static String table(String set, Map<String, Result> r, Result all) {
        StringBuilder sb = new StringBuilder("conventions accuracy, " + set + ":\n");
        r.forEach((style, x) -> sb.append(String.format(Locale.ROOT, "  %-26s turns %s | notes %s | letters %s | lost %d%n",
                style, x.turns(), x.notes(), x.letters(), x.lost())));
        sb.append(String.format(Locale.ROOT, "  %-26s turns %s | notes %s | letters %s | lost %d%n", "ALL", all.turns(), all.notes(), all.letters(), all.lost()));
        return sb.toString();
    }

    /** Per style, summed over the set's fixtures. */
    static Map<String, Result> measure(Path dir) throws Exception {
        Map<String, Result> byStyle = new TreeMap<>();
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(dir)) {
            fixtures = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(fixtures.size() >= 10, "fixtures in " + dir + ": " + fixtures.size());
        for (Path txt : fixtures) {
            Path exp = Path.of(txt.toString().replaceAll("\\.txt$", ".expected"));
            if (!Files.exists(exp)) continue;
            Expected e = Expected.read(exp);
            Result r = one(txt, e);
            Result prev = byStyle.get(e.style);
            if (prev == null) byStyle.put(e.style, r);
            else {
                prev.turns().add(r.turns());
                prev.notes().add(r.notes());
                prev.letters().add(r.letters());
                byStyle.put(e.style, new Result(prev.turns(), prev.notes(), prev.letters(), prev.lost() + r.lost()));
            }
        }
        return byStyle;
    }

    static Result one(Path txt, Expected e) throws Exception {
        SourceDocument doc = SourceDocument.parse(SourceText.read(txt));
        Conversion c = Converter.standard().convert(doc);
        Document d = c.tei().document();
        Score turns = match(e.turns, turns(d));
        Score notes = match(e.notes, notes(d));
        Score letters = matchLetters(e.letters, letters(d));
        if (DETAIL) printDetail(txt, e, d);
        Path tmp = Files.createTempFile("accuracy", ".xml");
        int lost;
        try {
            Files.write(tmp, Provenance.stamp(c.tei()));
            FidelityReport f = Fidelity.compare(doc, tmp);
            lost = f.lost().size();
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Result(turns, notes, letters, lost);
    }

    /** {@code -Daccuracy.detail=true} prints, per fixture, what was expected beside what was found. */
    private static final boolean DETAIL = Boolean.getBoolean("accuracy.detail");

    private static void printDetail(Path txt, Expected e, Document d) {
        System.out.println("== " + txt.getFileName());
        e.letters.forEach(x -> System.out.println("  expected letter: " + String.join(" | ", x)));
        letters(d).forEach(x -> System.out.println("  found letter:    " + String.join(" | ", x)));
        List<String> notes = notes(d), turns = turns(d);
        e.notes.stream().filter(x -> !notes.contains(x)).forEach(x -> System.out.println("  missed note:     " + x));
        notes.stream().filter(x -> !e.notes.contains(x)).forEach(x -> System.out.println("  extra note:      " + x));
        e.turns.stream().filter(x -> !turns.contains(x)).forEach(x -> System.out.println("  missed turn:     " + x));
        turns.stream().filter(x -> !e.turns.contains(x)).forEach(x -> System.out.println("  extra turn:      " + x));
    }

    /** Order-preserving matching of two sequences of keys: the longest common subsequence. */
    static Score match(List<String> expected, List<String> found) {
        int[][] lcs = new int[expected.size() + 1][found.size() + 1];
        for (int i = expected.size() - 1; i >= 0; i--) {
            for (int j = found.size() - 1; j >= 0; j--) {
                lcs[i][j] = expected.get(i).equals(found.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Score s = new Score();
        s.right = lcs[0][0];
        s.found = found.size();
        s.expected = expected.size();
        return s;
    }

    private static Score matchLetters(List<String[]> expected, List<String[]> found) {
        Score s = new Score();
        s.expected = expected.size();
        s.found = found.size();
        int j = 0;
        for (String[] x : expected) {
            for (int k = j; k < found.size(); k++) {
                String[] f = found.get(k);
                if (overlaps(x[0], f[0]) && overlaps(x[1], f[1]) && (x[2].equals("-") || x[2].equals(f[2]))) {
                    s.right++;
                    j = k + 1;
                    break;
                }
            }
        }
        return s;
    }

    private static boolean overlaps(String a, String b) {
        String x = norm(a), y = norm(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ").replaceAll("\\s+", " ").strip();
    }

    static String firstWords(String s) {
        String[] w = norm(s).split(" ");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(4, w.length)));
    }

    private static List<String> turns(Document d) {
        List<String> out = new ArrayList<>();
        Nodes sps = d.query("//t:sp", TEI);
        for (int i = 0; i < sps.size(); i++) {
            Element sp = (Element) sps.get(i);
            Nodes speaker = sp.query("t:speaker", TEI);
            String who = speaker.size() > 0 ? speaker.get(0).getValue() : "";
            StringBuilder speech = new StringBuilder();
            Nodes parts = sp.query("t:p | t:l | t:lg", TEI);
            for (int k = 0; k < parts.size(); k++) speech.append(' ').append(textWithoutNotes(parts.get(k)));
            out.add(norm(who) + " | " + firstWords(speech.toString()));
        }
        return out;
    }

    private static List<String> notes(Document d) {
        List<String> out = new ArrayList<>();
        // placed notes only: a definition no reference claimed stands alone between the blocks, where it was
        Nodes notes = d.query("//t:text//t:note[@n][@type='source'][not(parent::t:div or parent::t:body or parent::t:front "
                + "or parent::t:back or parent::t:sp)]", TEI);
        for (int i = 0; i < notes.size(); i++) {
            Element n = (Element) notes.get(i);
            out.add(norm(n.getAttributeValue("n")) + " | " + lastWord(textBefore(n)) + " | " + firstWords(n.getValue()));
        }
        return out;
    }

    private static List<String[]> letters(Document d) {
        List<String[]> out = new ArrayList<>();
        Nodes descs = d.query("//t:correspDesc", TEI);
        for (int i = 0; i < descs.size(); i++) {
            Node c = descs.get(i);
            Nodes sent = c.query("t:correspAction[@type='sent']", TEI);
            Nodes received = c.query("t:correspAction[@type='received']", TEI);
            Nodes when = c.query("t:correspAction[@type='sent']/t:date/@when", TEI);
            out.add(new String[]{sent.size() > 0 ? textWithout(sent.get(0), "date") : "",
                    received.size() > 0 ? received.get(0).getValue() : "", when.size() > 0 ? when.get(0).getValue() : "-"});
        }
        return out;
    }

    private static String textWithout(Node n, String skip) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.getChildCount(); i++) {
            Node c = n.getChild(i);
            if (c instanceof Element e && e.getLocalName().equals(skip)) continue;
            sb.append(' ').append(c.getValue());
        }
        return sb.toString();
    }

    private static String textWithoutNotes(Node n) {
        if (n instanceof Text t) return t.getValue();
        if (n instanceof Element e && (e.getLocalName().equals("note") || e.getLocalName().equals("stage")
                || e.getLocalName().equals("incident"))) return " ";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.getChildCount(); i++) sb.append(textWithoutNotes(n.getChild(i)));
        return sb.toString();
    }

    /** The text in document order right before a node, within its block (the words a reference follows). */
    private static String textBefore(Node n) {
        StringBuilder sb = new StringBuilder();
        Node at = n;
        while (at.getParent() != null && sb.length() < 200) {
            ParentNode p = at.getParent();
            int idx = p.indexOf(at);
            for (int i = idx - 1; i >= 0 && sb.length() < 200; i--) sb.insert(0, textWithoutNotes(p.getChild(i)));
            if (p instanceof Element e && Stream.of("p", "head", "l", "item", "salute", "dateline", "signed", "note").anyMatch(e.getLocalName()::equals)) break;
            at = (Node) p;
        }
        return sb.toString();
    }

    private static String lastWord(String s) {
        String[] w = norm(s).split(" ");
        return w.length == 0 ? "" : w[w.length - 1];
    }

    /** A fixture's expectations. */
    static final class Expected {
        String style = "unknown";
        final List<String> turns = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<String[]> letters = new ArrayList<>();

        static Expected read(Path p) throws IOException {
            Expected e = new Expected();
            for (String raw : Files.readAllLines(p)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int colon = line.indexOf(':');
                if (colon < 0) continue;
                String key = line.substring(0, colon).strip(), value = line.substring(colon + 1).strip();
                String[] f = value.split("\\s*\\|\\s*", -1);
                switch (key) {
                    case "style" -> e.style = value.replaceAll("\\s*#.*$", "");
                    case "turn" -> e.turns.add(norm(f[0]) + " | " + firstWords(f.length > 1 ? f[1] : ""));
                    case "note" -> e.notes.add(norm(f[0]) + " | " + norm(f.length > 1 ? f[1] : "") + " | " + firstWords(f.length > 2 ? f[2] : ""));
                    case "letter" -> e.letters.add(new String[]{f[0], f.length > 1 ? f[1] : "", f.length > 2 ? f[2].strip() : "-"});
                    default -> { }
                }
            }
            return e;
        }
    }
}
