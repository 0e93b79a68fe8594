package org.teikit.lsp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The document's outline: the text's front, body and back, its divisions named by their head, its speeches by their
 * speaker. Built from the forgiving tree, so a document with errors still has one; nesting is cut at
 * {@link #MAX_DEPTH} (the symbols beyond are listed under the deepest one), as JSON writers recurse per level.
 */
final class Outline {
    static final int MAX_DEPTH = 64;
    private static final Set<String> SHOWN = Set.of("teiHeader", "front", "body", "back", "div", "sp");

    private Outline() {}

    static List<DocumentSymbol> of(OpenDocument doc) {
        if (doc.text() == null) return List.of();
        ElementTree tree = doc.tree();
        Lines lines = new Lines(tree.text());
        List<DocumentSymbol> roots = new ArrayList<>();
        Map<ElementTree.Element, DocumentSymbol> symbols = new IdentityHashMap<>();
        Map<DocumentSymbol, Integer> depth = new IdentityHashMap<>();   // symbols hash by their (growing) content
        for (ElementTree.Element e : tree.all()) {   // document order: a parent's symbol exists before its children's
            if (!SHOWN.contains(e.localName())) continue;
            DocumentSymbol parent = null;
            for (ElementTree.Element up = e.parent; up != null && parent == null; up = up.parent) parent = symbols.get(up);
            DocumentSymbol s = new DocumentSymbol(name(tree, e), kind(e), lines.range(e.startTag.start(), e.end),
                    lines.range(e.startTag.start(), e.startTag.end()), detail(e));
            s.setChildren(new ArrayList<>());
            int d = parent == null ? 0 : depth.get(parent) + 1;
            if (d > MAX_DEPTH) {
                s = parent;   // flattened: its children attach to the deepest symbol kept
                d = MAX_DEPTH;
            } else if (parent == null) {
                roots.add(s);
            } else {
                parent.getChildren().add(s);
            }
            symbols.put(e, s);
            depth.put(s, d);
        }
        return roots;
    }

    private static String name(ElementTree tree, ElementTree.Element e) {
        String child = switch (e.localName()) {
            case "div" -> "head";
            case "sp" -> "speaker";
            default -> null;
        };
        if (child != null) {
            for (ElementTree.Element c : e.children) {
                if (c.localName().equals(child)) {
                    String text = tree.plainText(c, 80);
                    if (!text.isEmpty()) return text;
                }
            }
            if (e.localName().equals("sp") && e.attribute("who") != null) return e.attribute("who");
        }
        return e.localName() + (e.attribute("type") != null ? " (" + e.attribute("type") + ")" : "");
    }

    private static String detail(ElementTree.Element e) {
        return e.localName().equals("div") && e.attribute("type") != null ? "div " + e.attribute("type") : e.localName();
    }

    private static SymbolKind kind(ElementTree.Element e) {
        return switch (e.localName()) {
            case "div" -> SymbolKind.Namespace;
            case "sp" -> SymbolKind.String;
            default -> SymbolKind.Module;
        };
    }
}
