package org.cba.check;

import org.cba.source.Code;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Expr;

/** Types of binary operators and {@code in}: the unit algebra of cba. */
final class Operators {
    private final CheckContext cx;
    private final ExprChecker exprs;

    Operators(CheckContext cx, ExprChecker exprs) {
        this.cx = cx;
        this.exprs = exprs;
    }

    Type binary(Expr.Binary e) {
        BinaryOp op = e.op();
        if (op.isLogical()) {
            exprs.expectBool(e.left(), exprs.check(e.left()));
            exprs.expectBool(e.right(), exprs.check(e.right()));
            return Type.BOOL;
        }
        if (op.isComparison()) {
            return comparison(e);
        }
        Type left = exprs.check(e.left());
        Type right = exprs.check(e.right());
        if (Type.isError(left) || Type.isError(right)) {
            return Type.ERROR;
        }
        return switch (op) {
            case ADD, SUB -> additive(e, left, right);
            case MUL -> product(e, left, right, false);
            case DIV -> product(e, left, right, true);
            case OF -> percentOf(e, left, right);
            case AT -> at(e, left, right);
            default -> throw new AssertionError(op);
        };
    }

    private Type comparison(Expr.Binary e) {
        Type left = exprs.check(e.left());
        Type right = left instanceof Type.Enum
                ? exprs.checkAgainst(e.right(), left, exprs.scope(), false, "the right side")
                : exprs.check(e.right());
        if (right instanceof Type.Enum && !(left instanceof Type.Enum) && !Type.isError(left)) {
            left = exprs.checkAgainst(e.left(), right, exprs.scope(), false, "the left side");
        }
        if (Type.isError(left) || Type.isError(right)) {
            return Type.BOOL;
        }
        if (!left.equals(right)) {
            cx.diagnostics.error(left instanceof Type.Quantity && right instanceof Type.Quantity ? Code.E020 : Code.E021,
                    e.span(), "cannot compare " + left.describe() + " with " + right.describe(),
                    Clock.isClock(left) || Clock.isClock(right) ? Clock.CONVERT
                            : "both sides of " + e.op().symbol() + " must be in the same unit");
        } else if (e.op().isOrdering() && !ordered(left)) {
            cx.diagnostics.error(Code.E021, e.span(), left.describe() + " values have no order, so " + e.op().symbol()
                    + " does not apply", "use is or is not, or declare the enum as ordered");
        }
        return Type.BOOL;
    }

    static boolean ordered(Type t) {
        return t instanceof Type.Quantity || t instanceof Type.Date || t instanceof Type.SchoolYear || Clock.isClock(t)
                || (t instanceof Type.Enum en && en.ordered());
    }

    private Type additive(Expr.Binary e, Type left, Type right) {
        boolean add = e.op() == BinaryOp.ADD;
        if (left instanceof Type.Quantity && left.equals(right)) {
            return left;
        }
        if (left instanceof Type.Date && right instanceof Type.Quantity q && isDayUnit(q)) {
            return Type.DATE;
        }
        if (add && right instanceof Type.Date && left instanceof Type.Quantity q && isDayUnit(q)) {
            return Type.DATE;
        }
        if (!add && left instanceof Type.Date && right instanceof Type.Date) {
            return new Type.Quantity(Dimension.of(Units.CALENDAR_DAY));
        }
        Type clock = Clock.additive(add, left, right);
        if (clock != null) {
            return clock;
        }
        String verb = add ? "add" : "subtract";
        String joiner = add ? " and " : " from ";
        String first = add ? left.describe() : right.describe();
        String second = add ? right.describe() : left.describe();
        String hint = Clock.isClock(left) || Clock.isClock(right) ? Clock.MOVES
                : left instanceof Type.Date || right instanceof Type.Date
                ? "a date moves by calendar days, working days, school days, weeks, months or years"
                : "only amounts in the same unit can be added or subtracted";
        cx.diagnostics.error(left instanceof Type.Quantity && right instanceof Type.Quantity ? Code.E020 : Code.E021,
                e.span(), "cannot " + verb + " " + first + joiner + second, hint);
        return Type.ERROR;
    }

    private boolean isDayUnit(Type.Quantity q) {
        return q.dim().exponents().size() == 1 && q.dim().exponents().values().iterator().next() == 1
                && cx.symbols.units().isDayUnit(q.dim().exponents().keySet().iterator().next());
    }

    private Type product(Expr.Binary e, Type left, Type right, boolean divide) {
        if (left instanceof Type.Quantity l && right instanceof Type.Quantity r) {
            return new Type.Quantity(divide ? l.dim().over(r.dim()) : l.dim().times(r.dim()));
        }
        cx.diagnostics.error(Code.E021, e.span(), "cannot " + (divide ? "divide " : "multiply ") + left.describe()
                + (divide ? " by " : " by ") + right.describe(), "only numbers and quantities can be multiplied or divided");
        return Type.ERROR;
    }

    private Type percentOf(Expr.Binary e, Type left, Type right) {
        if (!left.equals(Type.NUMBER)) {
            cx.diagnostics.error(Code.E021, e.left().span(), "the left side of \"of\" should be a percentage or plain number, but it is "
                    + left.describe(), "write e.g. 50% of a_term");
            return Type.ERROR;
        }
        if (!(right instanceof Type.Quantity)) {
            cx.diagnostics.error(Code.E021, e.right().span(), "a percentage can only be taken of a number or quantity, not "
                    + right.describe());
            return Type.ERROR;
        }
        return right;
    }

    /** date at time: a date-time. */
    private Type at(Expr.Binary e, Type left, Type right) {
        if (left instanceof Type.Date && right instanceof Type.Time) {
            return Type.DATETIME;
        }
        cx.diagnostics.error(Code.E021, e.span(), "\"at\" puts a time of day on a date, not " + right.describe() + " on "
                + left.describe(), "write e.g. 2025-10-15 at 1:50 pm, or d at 8:00 am");
        return Type.ERROR;
    }

    Type membership(Expr.Membership e) {
        Expr.InTarget target = e.target();
        if (target instanceof Expr.InTarget.Collection coll) {
            return inCollection(e, coll);
        }
        Type element = exprs.check(e.element());
        if (target instanceof Expr.InTarget.SetOf set) {
            for (Expr m : set.members()) {
                exprs.checkAgainst(m, element, exprs.scope(), false, "each member of the set");
            }
        } else if (target instanceof Expr.InTarget.Range range) {
            if (!Type.isError(element) && !ordered(element)) {
                cx.diagnostics.error(Code.E021, range.span(), element.describe() + " values have no order, so a range does not apply",
                        "list the values in braces instead: {a, b}");
            }
            for (Expr bound : new Expr[] {range.lo(), range.hi()}) {
                if (bound != null) {
                    exprs.checkAgainst(bound, element, exprs.scope(), false, "the range's bound");
                }
            }
        }
        return Type.BOOL;
    }

    /** x in a list (or a list of days): the list's element type gives x its context (6 in s.grades). */
    private Type inCollection(Expr.Membership e, Expr.InTarget.Collection coll) {
        Type t = exprs.check(coll.source());
        Type elementType = t instanceof Type.ListOf list ? list.element() : t instanceof Type.Days ? Type.DATE : null;
        if (elementType == null) {
            exprs.check(e.element());
            if (!Type.isError(t)) {
                cx.diagnostics.error(Code.E021, coll.span(), "\"in\" needs a set {a, b}, a range a..b or a list, not "
                        + t.describe());
            }
            return Type.BOOL;
        }
        exprs.checkAgainst(e.element(), elementType, exprs.scope(), false, "the value looked for");
        return Type.BOOL;
    }
}
