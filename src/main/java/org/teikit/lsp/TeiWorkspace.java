package org.teikit.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Settings, schema files changed on disk, and the "preview TEI" command. */
final class TeiWorkspace implements WorkspaceService {
    private final Session session;

    TeiWorkspace(Session session) {
        this.session = session;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Settings next = session.schemas.settings().with(params.getSettings());
        if (next.equals(session.schemas.settings())) return;
        session.schemas.configure(next);
        session.revalidateAll();
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (params.getChanges().stream().map(FileEvent::getUri).anyMatch(TeiWorkspace::isSchemaFile)) {
            session.schemas.rebuild();
            session.revalidateAll();
        }
    }

    /** Grammars, Schematron, catalogs: what a change of recompiles the schemas. */
    static boolean isSchemaFile(String uri) {
        String u = uri.toLowerCase(Locale.ROOT);
        return u.endsWith(".rng") || u.endsWith(".rnc") || u.endsWith(".sch") || u.endsWith(".isosch")
                || u.endsWith(".schematron") || u.endsWith("catalog.xml");
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        if (!CodeActions.PREVIEW_COMMAND.equals(params.getCommand()) || params.getArguments().isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Object arg = params.getArguments().get(0);
        String uri = arg instanceof com.google.gson.JsonPrimitive p ? p.getAsString() : String.valueOf(arg);
        return CompletableFuture.supplyAsync(() -> {
            OpenDocument doc = session.document(uri);
            if (doc == null || doc.text() == null) return null;
            try {
                Path preview = session.preview.write(doc);
                if (session.client != null) {
                    ShowDocumentParams show = new ShowDocumentParams(preview.toUri().toString());
                    show.setTakeFocus(true);
                    session.client.showDocument(show);
                }
                return preview.toUri().toString();
            } catch (Exception e) {
                if (session.client != null) {
                    session.client.showMessage(new MessageParams(MessageType.Error, "teikit: no TEI preview: " + e.getMessage()));
                }
                return null;
            }
        }, session.requests);
    }

    static List<String> commands() {
        return List.of(CodeActions.PREVIEW_COMMAND);
    }
}
