package org.cba.eval;

import org.cba.source.Span;

/** Evaluation could not go on: no value for a date, no table row, a division by zero. */
public final class EvalException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Span span;

    public EvalException(Span span, String message) {
        super(message, null, false, false);
        this.span = span;
    }

    public Span span() {
        return span;
    }
}
