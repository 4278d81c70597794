package org.cba.repl;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Runs piped input as a script: lines are grouped into inputs by the same rules as at the
 * terminal ({@link InputRules}), each input is evaluated, and its result handed on. No prompts,
 * no colours; :quit stops the script.
 */
public final class ScriptRunner {
    /** Receives each input, as grouped, with what it produced. */
    @FunctionalInterface
    public interface Listener {
        void evaluated(String input, ReplResult result);
    }

    private ScriptRunner() {
    }

    /** Runs every input; true when none failed. */
    public static boolean run(Session session, BufferedReader in, Listener listener) throws IOException {
        StringBuilder buffer = new StringBuilder();
        boolean ok = true;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (buffer.length() == 0 && line.isBlank()) {
                continue;
            }
            if (buffer.length() > 0) {
                buffer.append('\n');
            }
            buffer.append(line);
            if (InputRules.needsMore(buffer.toString())) {
                continue;
            }
            ReplResult r = evaluate(session, buffer, listener);
            ok &= !r.failed();
            if (r.quit()) {
                return ok;
            }
        }
        if (buffer.length() > 0) {
            ok &= !evaluate(session, buffer, listener).failed();
        }
        return ok;
    }

    private static ReplResult evaluate(Session session, StringBuilder buffer, Listener listener) {
        String input = buffer.toString();
        buffer.setLength(0);
        ReplResult r = session.eval(input);
        listener.evaluated(input, r);
        return r;
    }
}
