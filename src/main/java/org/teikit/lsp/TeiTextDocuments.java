package org.teikit.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The text document half of the protocol: buffers kept as the editor sends them (full or incremental), validated
 * on open, change (debounced) and save; requests answered from the buffer on the request thread.
 */
final class TeiTextDocuments implements TextDocumentService {
    private final Session session;

    TeiTextDocuments(Session session) {
        this.session = session;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        OpenDocument doc = new OpenDocument(item.getUri(), item.getText(), item.getVersion());
        session.documents.put(item.getUri(), doc);
        session.validation.schedule(doc, 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        OpenDocument doc = session.document(params.getTextDocument().getUri());
        if (doc == null) return;
        String text = doc.text();
        boolean whole = params.getContentChanges().stream().anyMatch(c -> c.getRange() == null);
        if (text == null && !whole) {
            doc.update(null, params.getTextDocument().getVersion());   // still too large: ranges into it are meaningless
        } else {
            TextEdits.Result edited = TextEdits.apply(text == null ? "" : text, params.getContentChanges());
            doc.update(edited.text(), params.getTextDocument().getVersion(), edited.changedFrom());
        }
        session.validation.edited(doc, session.schemas.settings().debounceMillis());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        OpenDocument doc = session.document(params.getTextDocument().getUri());
        if (doc == null) return;
        if (params.getText() != null) doc.update(params.getText(), doc.version());
        else doc.generation.incrementAndGet();
        session.validation.schedule(doc, 0);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        OpenDocument doc = session.documents.remove(params.getTextDocument().getUri());
        if (doc != null) session.validation.clear(doc);
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return onDocument(params.getTextDocument().getUri(), doc -> {
            int offset = new Lines(doc.text()).offset(params.getPosition());
            return Either.forRight(new CompletionList(false,
                    Completions.at(doc, offset, guide(doc), () -> IdIndex.of(doc, session.persons))));
        }, Either.forRight(new CompletionList(false, List.of())));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return onDocument(params.getTextDocument().getUri(),
                doc -> Hovers.at(doc, new Lines(doc.text()).offset(params.getPosition()), guide(doc)), null);
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return onDocument(params.getTextDocument().getUri(),
                doc -> Outline.of(doc).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList(), List.of());
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return onDocument(params.getTextDocument().getUri(), doc -> {
            int offset = new Lines(doc.text()).offset(params.getPosition());
            return Either.forLeft(Definitions.at(doc, offset, IdIndex.of(doc, session.persons)));
        }, Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return onDocument(params.getTextDocument().getUri(), doc -> CodeActions.at(doc, params.getRange(), guide(doc))
                .stream().map(Either::<Command, CodeAction>forRight).toList(), List.of());
    }

    private GrammarGuides.Guide guide(OpenDocument doc) {
        GrammarGuides g = session.schemas.guides();
        return g == null ? GrammarGuides.Guide.NONE : g.of(doc);
    }

    /** Runs a request on the request thread; an unknown or too large document gets {@code none}. */
    private <T> CompletableFuture<T> onDocument(String uri, Function<OpenDocument, T> answer, T none) {
        return CompletableFuture.supplyAsync(() -> {
            OpenDocument doc = session.document(uri);
            if (doc == null || doc.text() == null) return none;
            return answer.apply(doc);
        }, session.requests);
    }
}
