package org.teikit.lsp;

import com.thaiopensource.relaxng.match.Matcher;
import com.thaiopensource.xml.util.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * What may be typed at a point, as the grammar says: element names in content, the attributes an element's start tag
 * may still take, the values of a closed list, and xml:ids after a pointing attribute.
 */
final class Completions {
    /** Attributes whose values point at xml:ids ({@code #id}): completed with the ids of the document and persons. */
    static final Set<String> POINTERS = Set.of("who", "ref", "corresp", "target");
    private static final String PROBE = "teikit\u00A7probe\u00B6value";   // no closed list holds it

    private Completions() {}

    static List<CompletionItem> at(OpenDocument doc, int offset, GrammarGuides.Guide guide, Supplier<IdIndex> ids) {
        String text = doc.text();
        if (text == null) return List.of();
        offset = Math.min(offset, text.length());
        ElementTree tree = doc.tree();
        Markup.Token tag = tree.startTagAt(offset);
        if (tag != null && offset > tag.start()) {
            if (offset <= tag.nameEnd()) return elements(doc, guide, text, tag.start(), true);
            for (Markup.Attribute a : tag.attributes()) {
                if (a.valueStart() >= 0 && offset >= a.valueStart() && offset <= a.valueEnd()) {
                    return values(doc, guide, text, tag, a, ids);
                }
            }
            return attributes(doc, guide, text, tag, offset);
        }
        boolean afterLt = offset > 0 && text.charAt(offset - 1) == '<';
        return elements(doc, guide, text, afterLt ? offset - 1 : offset, afterLt);
    }

    private static List<CompletionItem> elements(OpenDocument doc, GrammarGuides.Guide guide, String text, int at,
                                                 boolean inTag) {
        if (guide.pattern() == null) return List.of();
        GrammarWalk walk = doc.walks.contentAt(guide.pattern(), text, at);
        TreeMap<String, CompletionItem> items = new TreeMap<>();
        for (Name name : walk.matcher().possibleStartTagNames().getIncludedNames()) {
            String q = walk.qualified(name);
            if (q == null) continue;
            CompletionItem item = new CompletionItem(q);
            item.setKind(CompletionItemKind.Class);
            item.setInsertText(inTag ? q : "<" + q + ">");
            item.setFilterText(q);
            documentation(item, guide.annotations().elementDoc(name.getLocalName()));
            items.put(q, item);
        }
        return new ArrayList<>(items.values());
    }

    private static List<CompletionItem> attributes(OpenDocument doc, GrammarGuides.Guide guide, String text, Markup.Token tag, int offset) {
        if (guide.pattern() == null) return List.of();
        // the attribute being typed (a name with no value yet, under the cursor) is not "already present"
        Markup.Attribute typing = null;
        for (Markup.Attribute a : tag.attributes()) {
            if (a.value() == null && offset >= a.nameStart() && offset <= a.nameStart() + a.name().length()) typing = a;
        }
        GrammarWalk walk = GrammarWalk.insideStartTag(doc, guide.pattern(), text, tag, typing);
        Matcher m = walk.matcher();
        Set<Name> required = m.requiredAttributeNames();
        TreeMap<String, CompletionItem> items = new TreeMap<>();
        for (Name name : m.possibleAttributeNames().getIncludedNames()) {
            String q = walk.qualifiedAttribute(name);
            if (q == null || present(tag, q, typing)) continue;
            CompletionItem item = new CompletionItem(q);
            item.setKind(CompletionItemKind.Property);
            item.setInsertText(q + "=\"\"");
            item.setFilterText(q);
            if (required.contains(name)) {
                item.setDetail("required");
                item.setSortText("0" + q);
            } else {
                item.setSortText("1" + q);
            }
            documentation(item, guide.annotations().attributeDoc(localName(tag.name()), q));
            items.put(q, item);
        }
        return new ArrayList<>(items.values());
    }

    private static List<CompletionItem> values(OpenDocument doc, GrammarGuides.Guide guide, String text, Markup.Token tag,
                                               Markup.Attribute attribute, Supplier<IdIndex> ids) {
        List<CompletionItem> items = new ArrayList<>();
        if (POINTERS.contains(localName(attribute.name()))) {
            for (IdIndex.Target t : ids.get().targets()) {
                CompletionItem item = new CompletionItem("#" + t.id());
                item.setKind(CompletionItemKind.Reference);
                item.setDetail(t.description());
                items.add(item);
            }
            return items;
        }
        if (guide.pattern() == null) return items;
        GrammarWalk walk = GrammarWalk.insideStartTag(doc, guide.pattern(), text, tag, attribute);
        if (walk.allowsValue(attribute.name(), PROBE)) return items;   // an open datatype: no list to offer
        for (String v : guide.annotations().valuesOf(attribute.name())) {
            if (!walk.allowsValue(attribute.name(), v)) continue;
            CompletionItem item = new CompletionItem(v);
            item.setKind(CompletionItemKind.EnumMember);
            items.add(item);
        }
        return items;
    }

    private static boolean present(Markup.Token tag, String name, Markup.Attribute typing) {
        for (Markup.Attribute a : tag.attributes()) if (a != typing && a.name().equals(name)) return true;
        return false;
    }

    static String localName(String qName) {
        return qName.substring(qName.indexOf(':') + 1);
    }

    private static void documentation(CompletionItem item, String doc) {
        if (doc != null) item.setDocumentation(new MarkupContent(MarkupKind.PLAINTEXT, doc));
    }
}
