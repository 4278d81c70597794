package org.cba.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.cba.source.Code;
import org.cba.syntax.ast.Expr;

/**
 * Types the uses of built-in functions and aggregates by the rules {@link Builtin} declares for
 * them, and records which built-in each use is, once, for the evaluator.
 */
final class BuiltinChecker {
    /** How a call of a built-in function is typed, its arguments already checked and none in error. */
    @FunctionalInterface
    interface CallRule {
        Type check(BuiltinChecker checker, Builtin.Function fn, Expr.Call call, List<Type> args);
    }

    /** How an aggregate is typed, its source and where already checked. */
    @FunctionalInterface
    interface AggregateRule {
        Type check(BuiltinChecker checker, Builtin.Aggregate fn, Ranging over);
    }

    /** An aggregate's parts as checked so far: what it ranges over, and the scope its variable is in. */
    record Ranging(Expr.Aggregate e, Type source, Type element, Scope inner) {
    }

    private final CheckContext cx;
    private final ExprChecker exprs;

    BuiltinChecker(CheckContext cx, ExprChecker exprs) {
        this.cx = cx;
        this.exprs = exprs;
    }

    /** A call of a built-in's name with plain arguments. */
    Type call(Expr.Call e) {
        String name = e.callee().name();
        Optional<Builtin.Function> fn = Builtin.Function.named(name);
        fn.ifPresent(f -> cx.checked.recordRef(e, new Ref.Builtin(f)));
        List<Type> args = e.args().stream().map(exprs::check).toList();
        if (args.stream().anyMatch(Type::isError)) {
            return Type.ERROR;
        }
        if (fn.isPresent()) {
            return fn.get().rule.check(this, fn.get(), e, args);
        }
        cx.diagnostics.error(Code.E023, e.callee().span(), "\"" + name + "\" is used as sum(x for each x in list), not with plain arguments",
                "e.g. " + name + "(c.enrollment for each c in s.sections)");
        return Type.ERROR;
    }

    // ---- the rules of the functions ----

    /** floor, ceil, round, abs: a number or quantity, of the same unit. */
    Type sameType(Builtin.Function fn, Expr.Call e, List<Type> args) {
        return arity(e, 1) ? quantity(e, 0, args.get(0)) : Type.ERROR;
    }

    /** round_down(x, step): the step is in x's unit. */
    Type stepped(Builtin.Function fn, Expr.Call e, List<Type> args) {
        return twoQuantities(e, args, true);
    }

    Type remainder(Builtin.Function fn, Expr.Call e, List<Type> args) {
        return twoQuantities(e, args, false);
    }

    private Type twoQuantities(Expr.Call e, List<Type> args, boolean sameUnit) {
        if (!arity(e, 2) || Type.isError(quantity(e, 0, args.get(0))) || Type.isError(quantity(e, 1, args.get(1)))) {
            return Type.ERROR;
        }
        if (sameUnit && !args.get(0).equals(args.get(1))) {
            exprs.mismatch(e.args().get(1).span(), args.get(0), args.get(1), "the step");
        }
        return args.get(0);
    }

    /** min, max: two or more numbers or quantities of one unit. */
    Type largerOrSmaller(Builtin.Function fn, Expr.Call e, List<Type> args) {
        return extremes(e, args, false);
    }

    /** earliest, latest: two or more dates. */
    Type earlierOrLater(Builtin.Function fn, Expr.Call e, List<Type> args) {
        return extremes(e, args, true);
    }

    private Type extremes(Expr.Call e, List<Type> args, boolean dates) {
        String name = e.callee().name();
        if (args.size() < 2) {
            cx.diagnostics.error(Code.E022, e.span(), "\"" + name + "\" compares two or more values",
                    "for the " + name + " of a list, write " + name + "(x.field for each x in list)");
            return Type.ERROR;
        }
        Type first = args.get(0);
        if (dates) {
            expect(e, 0, first, Type.DATE);
        } else if (!(first instanceof Type.Quantity)) {
            quantity(e, 0, first);
            return Type.ERROR;
        }
        for (int i = 1; i < args.size(); i++) {
            expect(e, i, args.get(i), dates ? Type.DATE : first);
        }
        return dates ? Type.DATE : first;
    }

    /** calendar_days, working_days, school_days, weekdays(from, to): the days between two dates, of the function's unit. */
    Type days(Builtin.Function fn, Expr.Call e, List<Type> args) {
        if (arity(e, 2)) {
            expect(e, 0, args.get(0), Type.DATE);
            expect(e, 1, args.get(1), Type.DATE);
        }
        return new Type.Days(fn.dayUnit());
    }

    Type schoolYear(Builtin.Function fn, Expr.Call e, List<Type> args) {
        oneDate(e, args);
        return Type.SCHOOL_YEAR;
    }

    /** month_of, end_of_month, week_of, ...: the first or last day of the period a date is in. */
    Type periodDay(Builtin.Function fn, Expr.Call e, List<Type> args) {
        oneDate(e, args);
        return Type.DATE;
    }

    /** in_semester(d): whether the school calendar puts a date in a semester. */
    Type inSemester(Builtin.Function fn, Expr.Call e, List<Type> args) {
        oneDate(e, args);
        return Type.BOOL;
    }

    /** age(birth, on): whole years, from two dates. */
    Type age(Builtin.Function fn, Expr.Call e, List<Type> args) {
        if (arity(e, 2)) {
            expect(e, 0, args.get(0), Type.DATE);
            expect(e, 1, args.get(1), Type.DATE);
        }
        return new Type.Quantity(Dimension.of("year"));
    }

    /** date_of(dt), time_of(dt): the day and the time of day of a date-time. */
    Type dateTimePart(Builtin.Function fn, Expr.Call e, List<Type> args) {
        if (arity(e, 1)) {
            expect(e, 0, args.get(0), Type.DATETIME);
        }
        return fn == Builtin.Function.DATE_OF ? Type.DATE : Type.TIME;
    }

    private void oneDate(Expr.Call e, List<Type> args) {
        if (arity(e, 1)) {
            expect(e, 0, args.get(0), Type.DATE);
        }
    }

    private boolean arity(Expr.Call e, int n) {
        if (e.args().size() != n) {
            cx.diagnostics.error(Code.E022, e.span(), "\"" + e.callee().name() + "\" takes " + n + " argument(s), but "
                    + e.args().size() + " are given");
            return false;
        }
        return true;
    }

    private Type quantity(Expr.Call e, int i, Type t) {
        if (t instanceof Type.Quantity) {
            return t;
        }
        cx.diagnostics.error(Code.E021, e.args().get(i).span(), "\"" + e.callee().name() + "\" works on numbers and quantities, not "
                + t.describe());
        return Type.ERROR;
    }

    private void expect(Expr.Call e, int i, Type actual, Type expected) {
        if (!ExprChecker.compatible(actual, expected)) {
            exprs.mismatch(e.args().get(i).span(), expected, actual, "argument " + (i + 1) + " of " + e.callee().name());
        }
    }

    // ---- aggregates ----

    /** sum/min/max/average(value for each x in source where c); count/any/all(each x in source where c). */
    Type aggregate(Expr.Aggregate e) {
        String name = e.function().name();
        Type source = exprs.check(e.source());
        Type element = elementOf(e, source);
        Scope inner = exprs.scope().with(e.var(), element);
        cx.useLocal(e.var());
        if (e.where() != null) {
            exprs.expectBool(e.where(), exprs.check(e.where(), inner));
        }
        Optional<Builtin.Aggregate> fn = Builtin.Aggregate.named(name);
        if (fn.isEmpty()) {
            cx.diagnostics.error(Code.E023, e.function().span(), "\"" + name + "\" cannot range over a list",
                    "the functions over lists are " + String.join(", ", aggregateNames()));
            return Type.ERROR;
        }
        cx.checked.recordRef(e, new Ref.Builtin(fn.get()));
        return fn.get().rule.check(this, fn.get(), new Ranging(e, source, element, inner));
    }

    private static TreeSet<String> aggregateNames() {
        TreeSet<String> names = new TreeSet<>();
        Arrays.stream(Builtin.Aggregate.values()).forEach(a -> names.add(a.spelling()));
        return names;
    }

    private Type elementOf(Expr.Aggregate e, Type source) {
        if (source instanceof Type.ListOf l) {
            return l.element();
        }
        if (source instanceof Type.Days) {
            return Type.DATE;
        }
        if (!Type.isError(source)) {
            cx.diagnostics.error(Code.E021, e.source().span(), "this should be a list to range over, but it is " + source.describe());
        }
        return Type.ERROR;
    }

    // ---- the rules of the aggregates ----

    /** list(each x in l), list(x.field for each x in l): the items, or their values. */
    Type list(Builtin.Aggregate fn, Ranging r) {
        return new Type.ListOf(r.e().value() == null ? r.element() : exprs.check(r.e().value(), r.inner()));
    }

    Type count(Builtin.Aggregate fn, Ranging r) {
        return writtenAs(fn, r.e(), true) ? countType(r.source()) : Type.ERROR;
    }

    Type anyMatch(Builtin.Aggregate fn, Ranging r) {
        return writtenAs(fn, r.e(), true) ? Type.BOOL : Type.ERROR;
    }

    Type allMatch(Builtin.Aggregate fn, Ranging r) {
        if (!writtenAs(fn, r.e(), true)) {
            return Type.ERROR;
        }
        if (r.e().where() == null) {
            cx.diagnostics.error(Code.E021, r.e().span(), "all(...) needs a condition: all(each x in list where condition)");
        }
        return Type.BOOL;
    }

    /** sum, average: of numbers or quantities. */
    Type numeric(Builtin.Aggregate fn, Ranging r) {
        return values(fn, r, false);
    }

    /** min, max: of numbers, quantities or dates. */
    Type ordered(Builtin.Aggregate fn, Ranging r) {
        return values(fn, r, true);
    }

    private Type values(Builtin.Aggregate fn, Ranging r, boolean datesToo) {
        if (!writtenAs(fn, r.e(), false)) {
            return Type.ERROR;
        }
        Type value = exprs.check(r.e().value(), r.inner());
        if (!(value instanceof Type.Quantity) && !(value instanceof Type.Date && datesToo) && !Type.isError(value)) {
            cx.diagnostics.error(Code.E021, r.e().value().span(), "\"" + fn.spelling() + "\" needs numbers or quantities, not "
                    + value.describe());
            return Type.ERROR;
        }
        return value;
    }

    /** Whether the aggregate is written with a value (sum(x.f for each x ...)) or without one (count(each x ...)), as it must be. */
    private boolean writtenAs(Builtin.Aggregate fn, Expr.Aggregate e, boolean counting) {
        if (counting != (e.value() == null)) {
            String name = fn.spelling();
            String form = counting ? name + "(each x in list where condition)" : name + "(x.field for each x in list)";
            cx.diagnostics.error(Code.E021, e.span(), "write this as " + form);
            return false;
        }
        return true;
    }

    /** Counting sections gives classes when the entity says so; counting school days gives school days. */
    Type countType(Type source) {
        if (source instanceof Type.Days d) {
            return new Type.Quantity(Dimension.of(d.dayUnit()));
        }
        if (source instanceof Type.ListOf l && l.element() instanceof Type.Entity ent) {
            var decl = cx.entity(ent.name());
            if (decl.isPresent() && decl.get().counted() != null) {
                return cx.types.unit(decl.get().counted(), null);
            }
        }
        return Type.NUMBER;
    }
}
