package org.cba.eval;

import org.cba.source.Span;

/**
 * Evaluation could not go on: no value for a date, no table row, a division by zero. Each has a
 * stable code (R001...), listed with examples in docs/diagnostics.md, "Evaluation problems", and a
 * message naming the values involved; the span is the expression it happened in, or null.
 */
public final class EvalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kinds of evaluation problem. A code never changes its meaning once released. */
    public enum Kind {
        R000("an evaluation problem without a code of its own"),
        R001("division by zero"),
        R002("a run beyond the evaluator's limits: too many steps, combinations or days"),
        R003("a number with more than 1,000 digits before or after the decimal point"),
        R004("a term with no value on the date of the run"),
        R005("an empty value: a cell that is `-` in a table"),
        R006("a table lookup that matches no row"),
        R007("an average, minimum or maximum of nothing"),
        R008("data the rule needs that is not loaded: a table or the school calendar"),
        R009("a date that cannot be reached: by part of a day, or beyond the calendar"),
        R010("a function given a value it cannot take, such as a step of zero to round to"),
        R011("a date that the school calendar puts in no semester, or does not reach"),
        R012("a time of day that cannot be reached: past midnight, or by part of a minute");

        private final String summary;

        Kind(String summary) {
            this.summary = summary;
        }

        public String code() {
            return name();
        }

        public String summary() {
            return summary;
        }
    }

    private final Kind kind;
    private final transient Span span;

    public EvalException(Kind kind, Span span, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.span = span;
    }

    /** A problem without a code of its own (R000); prefer giving one. */
    public EvalException(Span span, String message) {
        this(Kind.R000, span, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The stable code, such as R001. */
    public String code() {
        return kind.code();
    }

    public Span span() {
        return span;
    }

    /** One line for people: "R001 division by zero: ... (file.cba:12:5)". */
    public String located() {
        return code() + " " + getMessage() + (span == null ? "" : " (" + span + ")");
    }
}
