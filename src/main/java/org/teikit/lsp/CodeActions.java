package org.teikit.lsp;

import com.thaiopensource.xml.util.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Fixes and refactorings the grammar supports: add an attribute the element requires; wrap the selection in an
 * element allowed there that accepts it; and, for a transcription, preview the TEI teikit would convert it to.
 */
final class CodeActions {
    static final String PREVIEW_COMMAND = "teikit.previewTei";
    static final int MAX_WRAPPERS = 30;

    private CodeActions() {}

    static List<CodeAction> at(OpenDocument doc, Range range, GrammarGuides.Guide guide) {
        List<CodeAction> actions = new ArrayList<>();
        if (doc.isTranscription()) {
            CodeAction preview = new CodeAction("Preview TEI");
            preview.setKind(CodeActionKind.Source);
            preview.setCommand(new Command("Preview TEI", PREVIEW_COMMAND, List.of(doc.uri)));
            actions.add(preview);
            return actions;
        }
        String text = doc.text();
        if (text == null || guide.pattern() == null) return actions;
        Lines lines = new Lines(text);
        int from = lines.offset(range.getStart());
        int to = lines.offset(range.getEnd());
        addRequiredAttributes(doc, text, lines, from, guide, actions);
        if (to > from) wrapSelection(doc, text, lines, from, to, guide, actions);
        return actions;
    }

    private static void addRequiredAttributes(OpenDocument doc, String text, Lines lines, int offset,
                                              GrammarGuides.Guide guide, List<CodeAction> actions) {
        Markup.Token tag = doc.tree().startTagAt(offset + 1);
        if (tag == null || !tag.complete()) return;
        GrammarWalk walk = GrammarWalk.insideStartTag(doc, guide.pattern(), text, tag, null);
        TreeSet<String> missing = new TreeSet<>();
        for (Name n : walk.matcher().requiredAttributeNames()) {
            String q = walk.qualifiedAttribute(n);
            if (q != null && tag.attributes().stream().noneMatch(a -> a.name().equals(q))) missing.add(q);
        }
        int insertAt = tag.end() - (tag.selfClosing() ? 2 : 1);
        for (String name : missing) {
            CodeAction a = new CodeAction("Add the required attribute " + name + " to <" + tag.name() + ">");
            a.setKind(CodeActionKind.QuickFix);
            a.setEdit(edit(doc.uri, new TextEdit(lines.range(insertAt, insertAt), " " + name + "=\"\"")));
            actions.add(a);
        }
    }

    private static void wrapSelection(OpenDocument doc, String text, Lines lines, int from, int to,
                                      GrammarGuides.Guide guide, List<CodeAction> actions) {
        GrammarWalk walk = doc.walks.contentAt(guide.pattern(), text, from);
        // the names the document already uses first (tei_all allows hundreds here), then the others, each A to Z
        Set<String> used = new HashSet<>();
        for (ElementTree.Element e : doc.tree().all()) used.add(e.name());
        List<String> names = new ArrayList<>();
        for (Name n : walk.matcher().possibleStartTagNames().getIncludedNames()) {
            String q = walk.qualified(n);
            if (q != null) names.add(q);
        }
        names.sort(Comparator.comparing((String q) -> !used.contains(q)).thenComparing(Comparator.naturalOrder()));
        int offered = 0;
        for (String name : names) {
            if (offered == MAX_WRAPPERS) break;
            if (!walk.acceptsWrapped(name, text, from, to)) continue;
            CodeAction a = new CodeAction("Wrap in <" + name + ">");
            a.setKind(CodeActionKind.RefactorRewrite);
            a.setEdit(edit(doc.uri, new TextEdit(lines.range(from, from), "<" + name + ">"),
                    new TextEdit(lines.range(to, to), "</" + name + ">")));
            actions.add(a);
            offered++;
        }
    }

    private static WorkspaceEdit edit(String uri, TextEdit... edits) {
        return new WorkspaceEdit(Map.of(uri, List.of(edits)));
    }
}
