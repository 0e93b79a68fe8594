package org.teikit.lsp;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/** The schema's documentation of the element or attribute under the cursor. */
final class Hovers {
    private Hovers() {}

    static Hover at(OpenDocument doc, int offset, GrammarGuides.Guide guide) {
        if (doc.text() == null) return null;
        ElementTree tree = doc.tree();
        for (Markup.Token t : tree.tokens) {
            if (t.start() > offset) break;
            if (offset >= t.end() || (t.kind() != Markup.Kind.START_TAG && t.kind() != Markup.Kind.END_TAG)) continue;
            String element = Completions.localName(t.name());
            int nameStart = t.start() + (t.kind() == Markup.Kind.END_TAG ? 2 : 1);
            if (offset >= nameStart && offset <= t.nameEnd()) {
                return hover("**<" + t.name() + ">**", guide.annotations().elementDoc(element), doc, nameStart, t.nameEnd());
            }
            for (Markup.Attribute a : t.attributes()) {
                int end = a.nameStart() + a.name().length();
                if (offset >= a.nameStart() && offset <= end) {
                    return hover("**@" + a.name() + "** on <" + t.name() + ">",
                            guide.annotations().attributeDoc(element, a.name()), doc, a.nameStart(), end);
                }
            }
            return null;
        }
        return null;
    }

    private static Hover hover(String title, String doc, OpenDocument document, int from, int to) {
        if (doc == null) return null;
        Hover h = new Hover(new MarkupContent(MarkupKind.MARKDOWN, title + "\n\n" + doc));
        h.setRange(new Lines(document.text()).range(from, to));
        return h;
    }
}
