package org.cba.syntax.ast;

import org.cba.source.Span;

/** What a rule yields for each subject: the kinds of finding. Messages may be null. */
public sealed interface Outcome {
    Span span();

    Message message();

    record Message(Span span, String text) {
    }

    record Violation(Span span, Expr when, Message message) implements Outcome {
    }

    record Notice(Span span, Expr when, Message message) implements Outcome {
    }

    /** requires 3 positions, has 2 positions. */
    record Requirement(Span span, Expr required, Expr present, Message message) implements Outcome {
    }

    /**
     * pay $100 per school day for each d in days where cond to payee. With a day loop the amount is a
     * rate per day and is owed for each day the condition holds; without one it is a lump sum. due
     * ({@code by DATE}) is when it must be paid, null when the text gives no date.
     */
    record Payment(Span span, Expr amount, DayLoop days, Expr payee, Expr due, Message message) implements Outcome {
    }

    record DayLoop(Span span, Ident var, Expr source, Expr where) {
    }

    /** deadline date for subject; subject may be null. */
    record Deadline(Span span, Expr due, Expr subject, Message message) implements Outcome {
    }
}
