package org.cba.lsp;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** cba's language server: what it offers, and its life from initialize to exit. */
public final class CbaLanguageServer implements LanguageServer, LanguageClientAware {
    private final Worker worker = new Worker();
    private final Documents documents = new Documents();
    private final Workspace workspace = new Workspace(documents);
    private volatile LanguageClient client = new SilentClient();
    private final Refresher refresher = new Refresher(workspace, new Problems(documents, () -> client), worker);
    private final TextService text = new TextService(workspace, worker, refresher);
    private final WorkspaceServiceImpl workspaceService = new WorkspaceServiceImpl(workspace, worker, refresher);
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile boolean shutDown;

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
        Log.toClient(m -> client.logMessage(new MessageParams(MessageType.Warning, m)));
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        return CompletableFuture.completedFuture(Worker.safely("initialize", new InitializeResult(capabilities()), () -> {
            if (params.getWorkspaceFolders() != null) {
                for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                    Documents.pathOf(f.getUri()).ifPresent(workspace::addRoot);
                }
            } else if (params.getRootUri() != null) {
                Documents.pathOf(params.getRootUri()).ifPresent(workspace::addRoot);
            }
            return new InitializeResult(capabilities(), new ServerInfo("cba", "0.1.0"));
        }));
    }

    static ServerCapabilities capabilities() {
        ServerCapabilities c = new ServerCapabilities();
        // Incremental: VS Code's client holds whole-text changes back until the typing stops for
        // 250 ms, so the diagnostics would come that much later; edits of a range go at once.
        c.setTextDocumentSync(TextDocumentSyncKind.Incremental);
        c.setHoverProvider(true);
        c.setDefinitionProvider(true);
        c.setReferencesProvider(true);
        c.setCompletionProvider(new CompletionOptions(false, java.util.List.of(".")));
        c.setDocumentSymbolProvider(true);
        c.setWorkspaceSymbolProvider(true);
        c.setDocumentFormattingProvider(true);
        c.setCodeLensProvider(new CodeLensOptions(false));
        SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(Highlighting.legend());
        tokens.setFull(true);
        c.setSemanticTokensProvider(tokens);
        return c;
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        worker.stop();
        exited.complete(shutDown ? 0 : 1);
    }

    /** Completes with the exit code the protocol asks for once the client says exit: 0 after shutdown, else 1. */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return text;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }
}
