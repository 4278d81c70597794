package org.cba.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Workspace requests: symbols across every contract, and files changed on disk. */
final class WorkspaceServiceImpl implements WorkspaceService {
    private final Workspace workspace;
    private final Worker worker;
    private final Refresher refresher;
    private final Outline outline;

    WorkspaceServiceImpl(Workspace workspace, Worker worker, Refresher refresher) {
        this.workspace = workspace;
        this.worker = worker;
        this.refresher = refresher;
        this.outline = new Outline(workspace);
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(WorkspaceSymbolParams params) {
        return worker.ask("workspace/symbol", Either.forRight(List.of()), () -> Either.forRight(outline.workspace(params.getQuery())));
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // cba lsp has no settings of its own: the editor's extension chooses how to start it
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        Worker.safely("didChangeWatchedFiles", null, () -> {
            workspace.documents().touch();
            params.getChanges().forEach(c -> Documents.pathOf(c.getUri()).ifPresent(refresher::changed));
            return null;
        });
    }
}
