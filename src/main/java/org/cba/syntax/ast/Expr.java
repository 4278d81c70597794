package org.cba.syntax.ast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.cba.source.Span;

/** Expressions. Every pass implements {@link Visitor}, so a new kind breaks them all at compile time. */
public sealed interface Expr {
    Span span();

    <R> R accept(Visitor<R> v);

    interface Visitor<R> {
        R visitNumber(NumberLit e);
        R visitMoney(MoneyLit e);
        R visitPercent(PercentLit e);
        R visitDate(DateLit e);
        R visitTime(TimeLit e);
        R visitSchoolYear(SchoolYearLit e);
        R visitString(StringLit e);
        R visitBool(BoolLit e);
        R visitName(Name e);
        R visitCall(Call e);
        R visitAggregate(Aggregate e);
        R visitField(FieldAccess e);
        R visitUnary(Unary e);
        R visitBinary(Binary e);
        R visitMembership(Membership e);
        R visitIf(If e);
    }

    /** 350 students per position; unit may be null for a plain number. */
    record NumberLit(Span span, BigDecimal value, UnitExpr unit) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitNumber(this); }
    }

    /** $100, or $100 per school day; per may be null. */
    record MoneyLit(Span span, BigDecimal value, Words per) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitMoney(this); }
    }

    /** 50%: value is the number written (50), not the fraction. */
    record PercentLit(Span span, BigDecimal value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitPercent(this); }
    }

    record DateLit(Span span, LocalDate value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDate(this); }
    }

    /** 2:50 pm, 14:50: a time of day, to the minute. */
    record TimeLit(Span span, LocalTime value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitTime(this); }

        /** 2:50 pm, 12:00 am (midnight), 12:00 pm (noon): as the agreement writes times. */
        public static String shown(LocalTime t) {
            int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            return h + ":" + (t.getMinute() < 10 ? "0" : "") + t.getMinute() + (t.getHour() < 12 ? " am" : " pm");
        }
    }

    /** 2025-2026: the school year that starts July 1 of startYear. */
    record SchoolYearLit(Span span, int startYear) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSchoolYear(this); }
    }

    record StringLit(Span span, String value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitString(this); }
    }

    record BoolLit(Span span, boolean value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBool(this); }
    }

    record Name(Span span, String name) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitName(this); }
    }

    /** f(a, b): a term with parameters, a table lookup, or a built-in function. */
    record Call(Span span, Ident callee, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    /**
     * sum(c.enrollment for each c in s.sections where ...) or count(each c in ... where ...);
     * value and where may be null.
     */
    record Aggregate(Span span, Ident function, Expr value, Ident var, Expr source, Expr where) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAggregate(this); }
    }

    record FieldAccess(Span span, Expr target, Ident field) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitField(this); }
    }

    enum UnaryOp { NEG, NOT }

    record Unary(Span span, UnaryOp op, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnary(this); }
    }

    record Binary(Span span, BinaryOp op, Expr left, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBinary(this); }
    }

    /** x in {a, b} | x in lo..hi | x in collection; negated for "not in". */
    record Membership(Span span, Expr element, boolean negated, InTarget target) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitMembership(this); }
    }

    record If(Span span, Expr cond, Expr yes, Expr no) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    /** The right side of {@code in}. */
    sealed interface InTarget {
        Span span();

        record SetOf(Span span, List<Expr> members) implements InTarget {
            public SetOf {
                members = List.copyOf(members);
            }
        }

        /** lo..hi, inclusive; either bound may be null (open). */
        record Range(Span span, Expr lo, Expr hi) implements InTarget {
        }

        record Collection(Span span, Expr source) implements InTarget {
        }
    }
}
