package org.cba.lsp;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that reads, checks and answers, so analyses never race; with the deep stack the
 * command line's work thread has, since specs are read by recursion over their nesting. Every task
 * catches whatever it throws: a request that fails answers its fallback and the server goes on.
 */
final class Worker {
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(null, r, "cba-lsp", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });

    <T> CompletableFuture<T> ask(String what, T fallback, Callable<T> body) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                if (!answer.isDone()) { // the editor cancels a request it no longer needs ($/cancelRequest)
                    answer.complete(safely(what, fallback, body));
                }
            });
        } catch (RuntimeException rejected) {
            answer.complete(fallback);
        }
        return answer;
    }

    ScheduledFuture<?> later(String what, long millis, Runnable body) {
        return thread.schedule(() -> safely(what, null, () -> {
            body.run();
            return null;
        }), millis, TimeUnit.MILLISECONDS);
    }

    static <T> T safely(String what, T fallback, Callable<T> body) {
        try {
            return body.call();
        } catch (Throwable t) { // a StackOverflowError or a bug in one handler must not end the session
            Log.failure(what, t);
            return fallback;
        }
    }

    void stop() {
        thread.shutdownNow();
    }
}
