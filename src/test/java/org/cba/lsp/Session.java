package org.cba.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A test's editor: starts cba's language server on in-memory pipes, talks to it through LSP4J's
 * client side (so every message goes through the protocol's JSON), and records what it publishes.
 */
final class Session implements AutoCloseable, LanguageClient {
    static final long WAIT_SECONDS = 20;

    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    final LanguageServer server;
    final ServerCapabilities capabilities;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final Pipe toServer = new Pipe();
    private final Pipe toClient = new Pipe();
    private int version;

    Session(Path root) throws Exception {
        Thread serving = new Thread(() -> exit.complete(LspServer.serve(toServer.in, toClient.out)), "test-lsp-server");
        serving.setDaemon(true);
        serving.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, toClient.in, toServer.out);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "root")));
        capabilities = server.initialize(init).get(WAIT_SECONDS, TimeUnit.SECONDS).getCapabilities();
        server.initialized(new InitializedParams());
    }

    static String uri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    void open(Path file, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "cba", ++version, text)));
    }

    void change(Path file, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(file), ++version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Edits of ranges, in one notification, each in the text the ones before it left (incremental sync). */
    void edit(Path file, TextDocumentContentChangeEvent... edits) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(file), ++version), List.of(edits)));
    }

    void close(Path file) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri(file))));
    }

    static TextDocumentIdentifier doc(Path file) {
        return new TextDocumentIdentifier(uri(file));
    }

    static Position at(int line, int character) {
        return new Position(line, character);
    }

    /** Waits for the diagnostics of a file to satisfy a condition; fails the test after a while. */
    synchronized List<Diagnostic> awaitDiagnostics(Path file, Predicate<List<Diagnostic>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            List<Diagnostic> now = diagnostics.get(uri(file));
            if (now != null && condition.test(now)) {
                return now;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("diagnostics of " + file + " never satisfied the test; last: " + now);
            }
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    /** The diagnostics last published for a file, or null when none were. */
    List<Diagnostic> published(Path file) {
        return diagnostics.get(uri(file));
    }

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.put(params.getUri(), params.getDiagnostics());
        notifyAll();
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams messageParams) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    private final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void logMessage(MessageParams message) {
        logged.add(message.getMessage());
    }

    /** What the server logged: it logs only its own failures, caught in a handler. */
    List<String> logged() {
        return List.copyOf(logged);
    }

    /** Shuts the server down properly and returns its exit code. */
    int shutDown() throws Exception {
        server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
        server.exit();
        return exit.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (!exit.isDone()) {
            server.exit();
        }
        try {
            toServer.out.close();
        } catch (java.io.IOException cannotHappen) {
            throw new java.io.UncheckedIOException(cannotHappen);
        }
    }
}
