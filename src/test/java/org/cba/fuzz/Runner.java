package org.cba.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each mutant on a thread of its own, with the stack the cba launcher gives its work thread
 * (Main), and gives up after a time limit: a mutant that runs on is reported as a hang with its
 * seed. The stuck thread cannot be stopped, so it is left behind (a daemon) and a new one is used.
 */
final class Runner implements AutoCloseable {
    private static final long STACK_BYTES = 512L * 1024 * 1024;
    private final long timeoutMillis;
    private ExecutorService pool = newPool();

    Runner(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    Outcome run(Mutant m, Callable<Outcome> work) {
        Future<Outcome> f = pool.submit(work);
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            pool.shutdownNow();
            pool = newPool();
            return Outcome.hang(m, timeoutMillis);
        } catch (ExecutionException e) {
            return Outcome.crash(m, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.hang(m, timeoutMillis);
        }
    }

    private static ExecutorService newPool() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-mutant", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
