package org.teikit.edition;

import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import nu.xom.Node;
import nu.xom.Text;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who speaks how much: per division that holds turns, each speaker ({@code sp/@who}) with the number
 * of turns and of words. Words are the whitespace-separated tokens of the turn's reading text: the
 * label ({@code speaker}), notes, page furniture and editorial additions ({@code supplied},
 * {@code expan}, {@code reg}, {@code gap} descriptions) are not the speaker's words.
 */
public record SpeakerReport(List<Division> divisions) {
    private static final Set<String> NOT_SPOKEN = Set.of("speaker", "note", "fw", "stamp", "supplied", "expan", "reg", "desc");

    public SpeakerReport {
        divisions = List.copyOf(divisions);
    }

    /** A division with turns: its type, number and heading, and its speakers in order of first turn. */
    public record Division(String type, String n, String head, List<Speaker> speakers) {
        public Division {
            speakers = List.copyOf(speakers);
        }
    }

    public record Speaker(String who, int turns, int words) {}

    public static SpeakerReport of(Document tei) {
        List<Division> out = new ArrayList<>();
        collect(tei.getRootElement(), out);
        return new SpeakerReport(out);
    }

    private static void collect(Element e, List<Division> out) {
        Elements children = e.getChildElements();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < children.size(); i++) {
            Element c = children.get(i);
            if (isTei(c, "sp")) {
                int[] n = counts.computeIfAbsent(c.getAttributeValue("who") == null ? "" : c.getAttributeValue("who"), k -> new int[2]);
                n[0]++;
                n[1] += words(c);
            }
        }
        if (!counts.isEmpty()) {
            List<Speaker> speakers = new ArrayList<>();
            counts.forEach((who, n) -> speakers.add(new Speaker(who, n[0], n[1])));
            Element head = e.getFirstChildElement("head", Tei.NS);
            out.add(new Division(value(e.getAttributeValue("type")), value(e.getAttributeValue("n")),
                    head == null ? "" : head.getValue().replaceAll("\\s+", " ").strip(), speakers));
        }
        for (int i = 0; i < children.size(); i++) {
            if (!isTei(children.get(i), "sp")) collect(children.get(i), out);
        }
    }

    /** The number of words the turn's speaker says in it. */
    public static int words(Element turn) {
        StringBuilder sb = new StringBuilder();
        spoken(turn, sb);
        String s = sb.toString().strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static void spoken(Element e, StringBuilder sb) {
        for (int i = 0; i < e.getChildCount(); i++) {
            Node n = e.getChild(i);
            if (n instanceof Text t) {
                sb.append(t.getValue());
            } else if (n instanceof Element c) {
                if (NOT_SPOKEN.contains(c.getLocalName())) {
                    // a note or furniture stands between words; an editorial reading sits next to its word
                    if (c.getLocalName().equals("note") || c.getLocalName().equals("fw") || c.getLocalName().equals("stamp")) sb.append(' ');
                } else {
                    if (isBlock(c)) sb.append(' ');
                    spoken(c, sb);
                    if (isBlock(c)) sb.append(' ');
                }
            }
        }
    }

    private static boolean isBlock(Element e) {
        return Set.of("p", "ab", "l", "lg", "list", "item", "quote").contains(e.getLocalName());
    }

    private static boolean isTei(Element e, String name) {
        return name.equals(e.getLocalName()) && Tei.NS.equals(e.getNamespaceURI());
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }

    /** One block per division: a line naming it, then one line per speaker. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Division d : divisions) {
            sb.append(d.type());
            if (!d.n().isEmpty()) sb.append(' ').append(d.n());
            if (!d.head().isEmpty()) sb.append(" — ").append(d.head());
            sb.append('\n');
            int width = d.speakers().stream().mapToInt(s -> s.who().length()).max().orElse(0);
            for (Speaker s : d.speakers()) {
                sb.append(String.format("  %-" + Math.max(width, 1) + "s  %4d %-5s  %6d %s%n", s.who(), s.turns(),
                        s.turns() == 1 ? "turn" : "turns", s.words(), s.words() == 1 ? "word" : "words"));
            }
        }
        return sb.toString();
    }
}
