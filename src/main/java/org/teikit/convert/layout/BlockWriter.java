package org.teikit.convert.layout;

import nu.xom.Element;
import nu.xom.Node;
import org.teikit.convert.apparatus.Footnotes;
import org.teikit.convert.apparatus.InlineEncoder;
import org.teikit.source.Block;
import org.teikit.source.PageMarks;
import org.teikit.source.Inline;
import org.teikit.tei.Tei;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The generic mechanics of laying blocks out as TEI divisions: headings open (nested) divisions,
 * paragraphs become {@code p}, list items {@code list/item}, quotations {@code quote}, breaks
 * {@code milestone}; footnote definitions are placed at their references, and any definition no
 * reference claimed stays where it stood. Families use it for the parts they have no special
 * knowledge of.
 */
public class BlockWriter {
    private final InlineEncoder inline;
    private final Footnotes footnotes;
    private final Deque<Element> open = new ArrayDeque<>();
    private final Deque<Integer> levels = new ArrayDeque<>();
    // in the order placed (a list, not a map: hashing a definition's record would hash its whole content)
    private final List<Map.Entry<Footnotes.Definition, Element>> placeholders = new ArrayList<>();
    private final String divType;

    public BlockWriter(Element container, InlineEncoder inline, Footnotes footnotes, String divType) {
        this.inline = inline;
        this.footnotes = footnotes;
        this.divType = divType;
        open.push(container);
        levels.push(0);
    }

    public InlineEncoder inline() { return inline; }

    /** The element new content goes into. */
    public Element current() { return open.peek(); }

    public void write(List<Block> blocks, int firstIndex) {
        for (int i = 0; i < blocks.size(); i++) write(blocks.get(i), firstIndex + i);
    }

    public void write(Block b, int index) {
        if (footnotes != null) {
            footnotes.at(index);
            if (footnotes.isDefinitionBlock(index)) {
                placeholder(index);
                return;
            }
        }
        if (PageMarks.isPageBreak(b)) {                      // "--- 12 ---", "[p. 12]" alone on its line
            add(Tei.el("pb", Tei.at("n", PageMarks.line(b.plain()).orElseThrow())));
            return;
        }
        switch (b.kind()) {
            case HEADING -> heading(b);
            case PARAGRAPH -> addUnlessEmpty(inline.element("p", b.inlines()));
            case QUOTE -> {
                Element p = inline.element("p", b.inlines());
                if (!Tei.isBlank(p)) add(Tei.add(Tei.el("quote"), p));
            }
            case LIST_ITEM -> item(b);
            case BREAK -> add(Tei.el("milestone", Tei.at("unit", "section")));
        }
    }

    /** Opens a division for a heading, closing divisions at the same or deeper level. */
    public Element heading(Block b) {
        return division(divType, Math.max(1, b.level()), b.inlines());
    }

    /**
     * Opens a division of a type at a level (1–6 for the headings' levels, deeper for parts a heading-less
     * line opens, such as a letter), closing the divisions at the same or a deeper level; its head holds
     * {@code head} unless that is empty.
     */
    public Element division(String type, int level, List<Inline> head) {
        while (levels.peek() >= level && open.size() > 1) {
            open.pop();
            levels.pop();
        }
        Element div = Tei.el("div", Tei.at("type", type));
        if (!head.isEmpty()) div.appendChild(inline.element("head", head));
        current().appendChild(div);
        open.push(div);
        levels.push(level);
        return div;
    }

    public void add(Node n) {
        Element c = current();
        // once a container holds divisions, text may not follow them: open an untitled one
        if (!(n instanceof Element e && e.getLocalName().equals("div")) && lastIsDiv(c)) {
            Element div = Tei.el("div", Tei.at("type", divType));
            c.appendChild(div);
            open.push(div);
            levels.push(levels.peek() + 1);
            c = div;
        }
        c.appendChild(n);
    }

    /** A paragraph of layout characters only encodes to nothing: no empty {@code p} is written for it. */
    public void addUnlessEmpty(Element e) {
        if (!Tei.isBlank(e)) add(e);
    }

    private static boolean lastIsDiv(Element c) {
        int n = c.getChildCount();
        return n > 0 && c.getChild(n - 1) instanceof Element e && e.getLocalName().equals("div");
    }

    private void item(Block b) {
        Element c = current();
        int n = c.getChildCount();
        Element list = n > 0 && c.getChild(n - 1) instanceof Element e && e.getLocalName().equals("list") ? e : null;
        if (list == null) {
            list = Tei.el("list");
            add(list);
        }
        Element item = inline.element("item", b.inlines());
        if (!b.marker().isEmpty()) Tei.attr(item, "n", b.marker());
        list.appendChild(item);
    }

    private void placeholder(int index) {
        for (Footnotes.Definition d : footnotes.unusedAt(index)) {
            Element ph = Tei.el("note");
            placeholders.add(Map.entry(d, ph));
            add(ph);
        }
    }

    /** Replaces placeholders: definitions placed at a reference vanish here, unclaimed ones stay. */
    public void finish() {
        if (footnotes == null) return;
        for (Map.Entry<Footnotes.Definition, Element> e : placeholders) {
            Element ph = e.getValue();
            Element parent = (Element) ph.getParent();
            if (parent == null) continue;
            if (footnotes.isUnused(e.getKey())) {
                parent.replaceChild(ph, footnotes.encodeUnused(e.getKey()));
            } else {
                parent.removeChild(ph);
            }
        }
        placeholders.clear();
    }
}
