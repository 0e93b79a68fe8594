package org.teikit.source;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page's notes, from its links: a link whose text is a note's mark ({@code 1}, {@code [2]}, {@code (a)},
 * {@code *}) and that points forward to an element of the page is a reference, and the block holding that element is
 * the note. Links in a note pointing back to its reference (kramdown's {@code ↩}, Wikipedia's {@code ^}, Word's
 * {@code [1]}) are the page's navigation, no words of the note. The page's own structure decides it, whatever
 * generator wrote the page: no class names or ids are looked for.
 */
final class NoteLinks {
    private static final Pattern MARK = Pattern.compile("[\\[(]?\\s*(\\d{1,3}|[a-zA-Z]|[ivxlc]{1,6}|\\*{1,3}|[†‡§‖¶]{1,2})\\s*[\\])]?");
    /** Elements that can be a note: a heading or a whole section is a table of contents' target instead. */
    private static final Set<String> NOTE_BLOCKS = Set.of("li", "p", "div", "dd", "aside", "td", "blockquote", "span");
    /** Longer than this, the target is a part of the page, not a note. */
    private static final int MAX_NOTE_CHARS = 4000;

    private final Map<Element, String> references = new IdentityHashMap<>();
    private final Map<Element, String> definitions = new IdentityHashMap<>();
    private final Map<Element, Boolean> backlinks = new IdentityHashMap<>();

    private NoteLinks() {}

    static NoteLinks of(Document page) {
        NoteLinks links = new NoteLinks();
        Map<String, Element> targets = new HashMap<>();
        for (Element e : page.getAllElements()) {
            if (!e.id().isEmpty()) targets.putIfAbsent(e.id(), e);
            if (e.normalName().equals("a") && e.hasAttr("name")) targets.putIfAbsent(e.attr("name"), e);
        }
        Map<Element, Element> targetOf = new java.util.LinkedHashMap<>();   // in the page's order (an element equals only itself)
        for (Element a : page.select("a[href^=#]")) {
            Element target = targets.get(a.attr("href").substring(1));
            if (target != null) targetOf.put(a, target);
        }
        int ordinal = 0;
        for (Map.Entry<Element, Element> link : targetOf.entrySet()) {
            Element a = link.getKey();
            Matcher mark = MARK.matcher(a.text().strip());
            if (!mark.matches() || !follows(link.getValue(), a)) continue;
            Element note = noteBlock(link.getValue());
            if (note == null || isInside(a, note)) continue;
            ordinal++;
            String label = links.definitions.getOrDefault(note,
                    mark.group(1).matches("[\\p{L}\\d]+") ? mark.group(1) : String.valueOf(ordinal));
            links.references.put(a, label);
            links.definitions.put(note, label);
        }
        // a link in a note to its reference (or to an element around it) leads back: navigation, not text
        for (Map.Entry<Element, Element> link : targetOf.entrySet()) {
            Element a = link.getKey();
            if (links.references.containsKey(a) || !inAny(a, links.definitions)) continue;
            for (Element ref : links.references.keySet()) {
                if (ref == link.getValue() || isInside(ref, link.getValue())) {
                    links.backlinks.put(a, true);
                    break;
                }
            }
        }
        return links;
    }

    int count() { return references.size(); }

    /** The label of the note {@code a} refers to, or null when it is no note's reference. */
    String referenceLabel(Element a) { return references.get(a); }

    /** The label of the note {@code block} is, or null. */
    String definitionLabel(Element block) { return definitions.get(block); }

    boolean isBacklink(Element a) { return backlinks.containsKey(a); }

    /** The block a note's target stands in: itself, or the nearest block around it that can be a note. */
    private static Element noteBlock(Element target) {
        for (Element e = target; e != null; e = e.parent()) {
            String name = e.normalName();
            if (name.equals("span") && e != target) continue;   // a span is a note only when it is the target
            if (NOTE_BLOCKS.contains(name)) {
                return e.text().length() <= MAX_NOTE_CHARS && e.selectFirst("h1, h2, h3, h4, h5, h6") == null
                        && !e.text().isBlank() ? e : null;
            }
            if (name.equals("body") || name.matches("h[1-6]|section|article|main|table")) return null;
        }
        return null;
    }

    /** Whether {@code later} comes after {@code earlier} in the page's order (and is not inside it). */
    private static boolean follows(Element later, Element earlier) {
        return later.sourceRange().startPos() > earlier.sourceRange().startPos() && !isInside(later, earlier);
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    private static boolean inAny(Element e, Map<Element, String> blocks) {
        for (Element p = e; p != null; p = p.parent()) if (blocks.containsKey(p)) return true;
        return false;
    }
}
