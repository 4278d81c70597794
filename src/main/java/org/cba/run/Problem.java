package org.cba.run;

import java.util.List;

/**
 * Something that stops or spoils a run, with a stable code (U0xx usage, D0xx data, R0xx
 * evaluation; spec diagnostics keep their E/W codes), documented in docs/diagnostics.md. lines
 * are what is printed, already worded: one line, or a spec diagnostic with its caret.
 */
public record Problem(String code, Stage stage, String message, List<String> detail, boolean warning) {
    public Problem {
        detail = List.copyOf(detail);
    }

    public Problem(String code, Stage stage, String message, List<String> detail) {
        this(code, stage, message, detail, false);
    }

    public static Problem usage(String code, String message) {
        return new Problem(code, Stage.USAGE, message, List.of());
    }

    /** Something worth saying about a request that is still carried out (a date outside the version's term). */
    public static Problem warning(String code, String message) {
        return new Problem(code, Stage.USAGE, message, List.of(), true);
    }

    /** One line: "error[U003]: there is no rule …"; a spec diagnostic as its printer gives it (with its caret). */
    String render() {
        if (stage == Stage.SPEC) {
            return String.join("\n", detail) + "\n";
        }
        StringBuilder b = new StringBuilder(warning ? "warning" : "error").append(code.isEmpty() ? "" : "[" + code + "]").append(": ").append(message).append('\n');
        detail.forEach(l -> b.append("  ").append(l).append('\n'));
        return b.toString();
    }
}
