package org.cba.syntax.ast;

import java.util.List;
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

    /**
     * The two sides a condition compares (the last comparison of an "and" chain), which a
     * finding shows by name; empty when the condition compares nothing.
     */
    static List<Expr> comparedSides(Expr when) {
        Expr e = when;
        while (e instanceof Expr.Binary b && b.op() == BinaryOp.AND) {
            e = b.right();
        }
        if (e instanceof Expr.Binary b && b.op().isComparison()) {
            return List.of(b.left(), b.right());
        }
        return List.of();
    }

    /** The names of {@link #comparedSides}: the right side's text when both would have the same name. */
    static List<String> comparedNames(Expr when) {
        List<Expr> sides = comparedSides(when);
        if (sides.isEmpty()) {
            return List.of();
        }
        String left = nameOf(sides.get(0));
        String right = nameOf(sides.get(1));
        return List.of(left, right.equals(left) ? sides.get(1).span().text() : right);
    }

    /**
     * The name the spec gives a compared value: a field's, a term's or a local's name; the text
     * of any other expression (a literal, a sum), which has no name of its own.
     */
    static String nameOf(Expr e) {
        if (e instanceof Expr.FieldAccess f) {
            return f.field().name();
        }
        if (e instanceof Expr.Name n) {
            return n.name();
        }
        if (e instanceof Expr.Call c) {
            return c.callee().name();
        }
        return e.span().text();
    }
}
