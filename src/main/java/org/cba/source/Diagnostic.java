package org.cba.source;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a spec: a stable code, where it is, a one-line message in plain words,
 * and hints (suggestions, the clause it concerns). Printed once, by {@link DiagnosticPrinter}.
 */
public record Diagnostic(Severity severity, Code code, Span span, String message, List<String> hints) {
    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        Objects.requireNonNull(span);
        Objects.requireNonNull(message);
        hints = List.copyOf(hints);
    }

    public static Diagnostic error(Code code, Span span, String message, String... hints) {
        return new Diagnostic(Severity.ERROR, code, span, message, List.of(hints));
    }

    public static Diagnostic warning(Code code, Span span, String message, String... hints) {
        return new Diagnostic(Severity.WARNING, code, span, message, List.of(hints));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
