package org.cba.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs cba's language server over a pair of streams (standard input and output for cba lsp). */
public final class LspServer {
    private LspServer() {
    }

    /**
     * Serves until the client says exit or closes the input; returns the exit code (0 after a
     * proper shutdown, 1 when the client left without one).
     */
    public static int serve(InputStream in, OutputStream out) {
        CbaLanguageServer server = new CbaLanguageServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        server.exited().whenComplete((code, e) -> listening.cancel(true));
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // the input closed or the client said exit: either way the session is over
        }
        return server.exited().getNow(1);
    }
}
