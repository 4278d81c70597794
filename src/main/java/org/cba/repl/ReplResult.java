package org.cba.repl;

/**
 * What one input produced: the text to show (empty, or ending with a line break), whether the
 * input failed (a script then exits with 1), and whether the user asked to leave.
 */
public record ReplResult(String output, boolean failed, boolean quit) {
    public ReplResult {
        if (!output.isEmpty() && !output.endsWith("\n")) {
            output = output + "\n";
        }
    }

    static ReplResult ok(String output) {
        return new ReplResult(output, false, false);
    }

    static ReplResult error(String output) {
        return new ReplResult(output, true, false);
    }

    static ReplResult leave() {
        return new ReplResult("", false, true);
    }
}
