package org.cba.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The worker thread: requests run one at a time, in order; one the editor cancelled is not run. */
class WorkerTest {
    @Test
    void aRequestCancelledWhileItWaitsIsNotRun() throws Exception {
        // VS Code cancels the semantic tokens, lenses and outline of a text that changed since it asked;
        // each would check the whole contract again, in front of the diagnostics of the new text.
        Worker worker = new Worker();
        try {
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            worker.ask("busy", null, () -> {
                busy.countDown();
                return release.await(20, TimeUnit.SECONDS);
            });
            assertTrue(busy.await(20, TimeUnit.SECONDS));
            AtomicBoolean ran = new AtomicBoolean();
            CompletableFuture<String> cancelled = worker.ask("stale", "fallback", () -> {
                ran.set(true);
                return "answer";
            });
            CompletableFuture<String> kept = worker.ask("current", "fallback", () -> "answer");
            cancelled.cancel(true); // what LSP4J does on $/cancelRequest
            release.countDown();
            assertEquals("answer", kept.get(20, TimeUnit.SECONDS)); // runs after the cancelled one's turn
            assertFalse(ran.get(), "the cancelled request ran");
            assertTrue(cancelled.isCancelled());
        } finally {
            worker.stop();
        }
    }
}
