package org.cba.lsp;

import java.util.function.Consumer;

/**
 * Where the server's own troubles go: standard error (the protocol owns standard output) and,
 * once a client is connected, its log. Never throws.
 */
final class Log {
    private static volatile Consumer<String> client = m -> { };

    private Log() {
    }

    static void toClient(Consumer<String> sink) {
        client = sink;
    }

    static void warn(String message) {
        try {
            System.err.println("cba lsp: " + message);
            client.accept(message);
        } catch (RuntimeException ignored) {
            // logging must never take a handler down with it
        }
    }

    static void failure(String what, Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        warn(what + " failed: " + t + (trace.length > 0 ? " at " + trace[0] : ""));
    }
}
