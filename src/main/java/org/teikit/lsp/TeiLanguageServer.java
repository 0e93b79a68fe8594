package org.teikit.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The server's lifecycle and capabilities; the work is in {@link TeiTextDocuments} and {@link TeiWorkspace}. */
final class TeiLanguageServer implements LanguageServer, LanguageClientAware {
    private final Session session;
    private final TeiTextDocuments documents;
    private final TeiWorkspace workspace;
    private final SchemaWatcher watcher;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile boolean shutdownAsked;
    private volatile boolean watchRegistration;

    TeiLanguageServer(Session session) {
        this.session = session;
        this.documents = new TeiTextDocuments(session);
        this.workspace = new TeiWorkspace(session);
        this.watcher = new SchemaWatcher(session);
    }

    /** Completes with the exit status when the client sends exit: 0 after shutdown, 1 without (as LSP says). */
    CompletableFuture<Integer> exited() {
        return exited;
    }

    @Override
    public void connect(LanguageClient client) {
        session.client = client;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        session.schemas.configure(session.schemas.settings().with(params.getInitializationOptions()));
        var caps = params.getCapabilities();
        watchRegistration = caps != null && caps.getWorkspace() != null
                && caps.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(caps.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        ServerCapabilities c = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        c.setTextDocumentSync(sync);
        c.setCompletionProvider(new CompletionOptions(false, List.of("<", " ", "\"", "'", "#")));
        c.setHoverProvider(true);
        c.setDocumentSymbolProvider(true);
        c.setDefinitionProvider(true);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite,
                CodeActionKind.Source)));
        c.setExecuteCommandProvider(new ExecuteCommandOptions(TeiWorkspace.commands()));
        InitializeResult result = new InitializeResult(c, new ServerInfo("teikit", org.teikit.Teikit.VERSION));
        return CompletableFuture.completedFuture(result);
    }

    @Override
    public void initialized(org.eclipse.lsp4j.InitializedParams params) {
        watcher.start(1000);
        if (watchRegistration && session.client != null) {
            var options = new DidChangeWatchedFilesRegistrationOptions(List.of(
                    new FileSystemWatcher(Either.forLeft("**/*.{rng,rnc,sch,isosch}")),
                    new FileSystemWatcher(Either.forLeft("**/catalog.xml"))));
            session.client.registerCapability(new RegistrationParams(List.of(
                    new Registration("teikit-schema-files", "workspace/didChangeWatchedFiles", options))));
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownAsked = true;
        watcher.stop();
        session.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        watcher.stop();
        session.shutdown();
        exited.complete(shutdownAsked ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }
}
