package org.cba.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cba.source.Code;
import org.cba.syntax.ast.Expr;

/**
 * Signatures of the built-in functions and aggregates. They are generic arithmetic, date and
 * list operations: nothing here knows about any particular agreement.
 */
final class Builtins {
    /** Names that stand for a value: the date the contract is evaluated as of. */
    static final Map<String, Type> CONSTANTS = Map.of("as_of", Type.DATE);

    private static final Set<String> SAME_TYPE = Set.of("floor", "ceil", "round", "abs");
    private static final Set<String> STEPPED = Set.of("round_down", "round_up", "round_to");
    private static final Set<String> EXTREMES = Set.of("min", "max", "earliest", "latest");
    private static final Map<String, String> DAY_LISTS = Map.of(
            "calendar_days", Units.CALENDAR_DAY, "working_days", Units.WORKING_DAY, "school_days", Units.SCHOOL_DAY);
    private static final Set<String> OTHER = Set.of("remainder", "school_year");
    static final Set<String> AGGREGATES = Set.of("sum", "count", "min", "max", "average", "any", "all", "list");

    private final CheckContext cx;
    private final ExprChecker exprs;

    Builtins(CheckContext cx, ExprChecker exprs) {
        this.cx = cx;
        this.exprs = exprs;
    }

    static Set<String> names() {
        Set<String> all = new TreeSet<>(SAME_TYPE);
        all.addAll(STEPPED);
        all.addAll(EXTREMES);
        all.addAll(DAY_LISTS.keySet());
        all.addAll(OTHER);
        all.addAll(AGGREGATES);
        all.addAll(CONSTANTS.keySet());
        return all;
    }

    Type call(Expr.Call e) {
        String name = e.callee().name();
        List<Type> args = e.args().stream().map(exprs::check).toList();
        if (args.stream().anyMatch(Type::isError)) {
            return Type.ERROR;
        }
        if (SAME_TYPE.contains(name)) {
            return arity(e, 1) ? quantity(e, 0, args.get(0)) : Type.ERROR;
        }
        if (STEPPED.contains(name) || name.equals("remainder")) {
            if (!arity(e, 2) || Type.isError(quantity(e, 0, args.get(0))) || Type.isError(quantity(e, 1, args.get(1)))) {
                return Type.ERROR;
            }
            if (!name.equals("remainder") && !args.get(0).equals(args.get(1))) {
                exprs.mismatch(e.args().get(1).span(), args.get(0), args.get(1), "the step");
            }
            return args.get(0);
        }
        if (EXTREMES.contains(name)) {
            return extremes(e, name, args);
        }
        if (DAY_LISTS.containsKey(name)) {
            if (arity(e, 2)) {
                expect(e, 0, args.get(0), Type.DATE);
                expect(e, 1, args.get(1), Type.DATE);
            }
            return new Type.Days(DAY_LISTS.get(name));
        }
        if (name.equals("school_year")) {
            if (arity(e, 1)) {
                expect(e, 0, args.get(0), Type.DATE);
            }
            return Type.SCHOOL_YEAR;
        }
        cx.diagnostics.error(Code.E023, e.callee().span(), "\"" + name + "\" is used as sum(x for each x in list), not with plain arguments",
                "e.g. " + name + "(c.enrollment for each c in s.sections)");
        return Type.ERROR;
    }

    private Type extremes(Expr.Call e, String name, List<Type> args) {
        if (args.size() < 2) {
            cx.diagnostics.error(Code.E022, e.span(), "\"" + name + "\" compares two or more values",
                    "for the " + name + " of a list, write " + name + "(x.field for each x in list)");
            return Type.ERROR;
        }
        boolean dates = name.equals("earliest") || name.equals("latest");
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

    /** sum/min/max/average(value for each x in source where c); count/any/all(each x in source where c). */
    Type aggregate(Expr.Aggregate e) {
        String fn = e.function().name();
        Type source = exprs.check(e.source());
        Type element = elementOf(e, source);
        Scope inner = exprs.scope().with(e.var(), element);
        cx.useLocal(e.var());
        if (e.where() != null) {
            exprs.expectBool(e.where(), exprs.check(e.where(), inner));
        }
        if (!AGGREGATES.contains(fn)) {
            cx.diagnostics.error(Code.E023, e.function().span(), "\"" + fn + "\" cannot range over a list",
                    "the functions over lists are " + String.join(", ", new TreeSet<>(AGGREGATES)));
            return Type.ERROR;
        }
        if (fn.equals("list")) {
            return new Type.ListOf(e.value() == null ? element : exprs.check(e.value(), inner));
        }
        boolean counting = fn.equals("count") || fn.equals("any") || fn.equals("all");
        if (counting != (e.value() == null)) {
            String form = counting ? fn + "(each x in list where condition)" : fn + "(x.field for each x in list)";
            cx.diagnostics.error(Code.E021, e.span(), "write this as " + form);
            return Type.ERROR;
        }
        if (counting) {
            if (fn.equals("all") && e.where() == null) {
                cx.diagnostics.error(Code.E021, e.span(), "all(...) needs a condition: all(each x in list where condition)");
            }
            return fn.equals("count") ? countType(source) : Type.BOOL;
        }
        Type value = exprs.check(e.value(), inner);
        if (!(value instanceof Type.Quantity) && !(value instanceof Type.Date && (fn.equals("min") || fn.equals("max")))
                && !Type.isError(value)) {
            cx.diagnostics.error(Code.E021, e.value().span(), "\"" + fn + "\" needs numbers or quantities, not " + value.describe());
            return Type.ERROR;
        }
        return value;
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
