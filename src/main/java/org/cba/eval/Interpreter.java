package org.cba.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.check.Ref;
import org.cba.check.Type;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Period;

/**
 * Evaluates expressions as of one date, under one choice of readings, over one dataset. Terms
 * without parameters are computed once; calls and table lookups are remembered by their
 * arguments, so per-row work stays small. Optionally records a {@link Trace}.
 */
public final class Interpreter implements Expr.Visitor<Value> {
    static final MathContext MATH = MathContext.DECIMAL128;
    /** A second safety net besides the absence of recursion: no run needs this many steps. */
    private static final long STEP_BUDGET = 2_000_000_000L;

    final Checked checked;
    final Dataset data;
    final LocalDate asOf;
    final Readings readings;
    final Trace trace;
    private final Operations ops;
    private final Lookups lookups;
    private final Map<Decl, Value> terms = new IdentityHashMap<>();
    private final Map<CallKey, Value> calls = new HashMap<>();
    private Env env = Env.EMPTY;
    private long steps;

    public Interpreter(Checked checked, Dataset data, LocalDate asOf, Readings readings, Trace trace) {
        this.checked = checked;
        this.data = data;
        this.asOf = asOf;
        this.readings = readings;
        this.trace = trace;
        this.ops = new Operations(this);
        this.lookups = new Lookups(this);
    }

    /** The same settings with a trace, and fresh memory, so the trace records every step. */
    public Interpreter traced(Trace t) {
        return new Interpreter(checked, data, asOf, readings, t);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Value eval(Expr e) {
        return eval(e, Env.EMPTY);
    }

    Value eval(Expr e, Env in) {
        Env saved = env;
        env = in;
        try {
            if (++steps > STEP_BUDGET) {
                throw new EvalException(e.span(), "evaluation took more than " + STEP_BUDGET + " steps");
            }
            return e.accept(this);
        } finally {
            env = saved;
        }
    }

    Value evalHere(Expr e) {
        return eval(e, env);
    }

    Env env() {
        return env;
    }

    Type typeOf(Expr e) {
        return checked.typeOf(e);
    }

    // ---- terms ----

    public Value term(Decl.TermDecl t) {
        Value v = terms.get(t);
        if (v == null) {
            v = computeTerm(t, Env.EMPTY, List.of());
            terms.put(t, v);
        }
        return v;
    }

    /**
     * Calls of a term on one data row (class_limits(c)), remembered in an array per term and table
     * indexed by row: most calls are of this kind, one per row, and hashing them costs more than
     * computing some of them.
     */
    private final Map<Decl.TermDecl, RowMemo> rowCalls = new IdentityHashMap<>();

    private static final class RowMemo {
        final EntityTable table;
        final Value[] values;

        RowMemo(EntityTable table) {
            this.table = table;
            this.values = new Value[table.size()];
        }
    }

    /** A term with parameters, applied to values (remembered by its arguments). */
    public Value call(Decl.TermDecl t, List<Value> args) {
        if (args.size() == 1 && args.get(0) instanceof Value.Row row) {
            RowMemo memo = rowCalls.get(t);
            if (memo == null || memo.table != row.table()) {
                memo = new RowMemo(row.table());
                rowCalls.put(t, memo);
            }
            Value v = memo.values[row.index()];
            if (v == null) {
                v = computeTerm(t, Env.EMPTY.with(t.params().get(0).name().name(), row), args);
                memo.values[row.index()] = v;
            }
            return v;
        }
        CallKey key = new CallKey(t, args);
        Value v = calls.get(key);
        if (v == null) {
            Env params = Env.EMPTY;
            for (int i = 0; i < args.size(); i++) {
                params = params.with(t.params().get(i).name().name(), args.get(i));
            }
            v = computeTerm(t, params, args);
            calls.put(key, v);
        }
        return v;
    }

    /**
     * A memo key: a declaration, by identity, and argument values. Declarations are records whose
     * own hashCode walks their whole syntax tree, far too slow to pay on every call.
     */
    static final class CallKey {
        private final Object decl;
        private final List<Value> args;
        private final int hash;

        CallKey(Object decl, List<Value> args) {
            this.decl = decl;
            this.args = args;
            this.hash = 31 * System.identityHashCode(decl) + args.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CallKey k && k.decl == decl && k.hash == hash && k.args.equals(args);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private Value computeTerm(Decl.TermDecl t, Env params, List<Value> args) {
        Decl.DatedValue chosen = choose(t);
        Value v = eval(chosen.value(), params);
        if (trace != null) {
            String call = args.isEmpty() ? t.name().name()
                    : t.name().name() + "(" + String.join(", ", args.stream().map(Format::value).toList()) + ")";
            String when = chosen.period() == null ? "" : ", " + chosen.period().describe();
            trace.add(call, v, cite(t) + when);
        }
        return v;
    }

    private Decl.DatedValue choose(Decl.TermDecl t) {
        if (t.values().size() == 1 && t.values().get(0).period() == null) {
            return t.values().get(0);
        }
        Decl.DatedValue otherwise = null;
        for (Decl.DatedValue v : t.values()) {
            if (v.period().contains(asOf)) {
                return v;
            }
            if (v.period().kind() == Period.Kind.OTHERWISE) {
                otherwise = v;
            }
        }
        if (otherwise != null) {
            return otherwise;
        }
        throw new EvalException(t.name().span(), "\"" + t.name().name() + "\" (" + cite(t) + ") has no value on " + asOf);
    }

    static String cite(Decl d) {
        return d.citations().isEmpty() ? "" : d.citations().get(0).cite();
    }

    // ---- literals ----

    @Override
    public Value visitNumber(Expr.NumberLit e) {
        if (checked.refOf(e) instanceof Ref.EnumMember m) {
            return new Value.EnumV(m.type(), m.member());
        }
        return ops.literal(e);
    }

    @Override
    public Value visitMoney(Expr.MoneyLit e) {
        BigDecimal amount = e.value();
        if (e.per() != null) {
            // $60 per hour is $1 per minute: amounts are kept per base unit
            BigDecimal per = checked.symbols().units().lookup(e.per().text()).map(org.cba.check.Units.Unit::factor).orElse(BigDecimal.ONE);
            amount = amount.divide(per, MATH);
        }
        return new Value.Num(amount, ((org.cba.check.Type.Quantity) typeOf(e)).dim());
    }

    @Override
    public Value visitPercent(Expr.PercentLit e) {
        return new Value.Num(e.value().divide(BigDecimal.valueOf(100), MATH), org.cba.check.Dimension.NONE);
    }

    @Override
    public Value visitDate(Expr.DateLit e) {
        return new Value.DateV(e.value());
    }

    @Override
    public Value visitSchoolYear(Expr.SchoolYearLit e) {
        return new Value.Year(e.startYear());
    }

    @Override
    public Value visitString(Expr.StringLit e) {
        return new Value.Text(e.value());
    }

    @Override
    public Value visitBool(Expr.BoolLit e) {
        return Value.Bool.of(e.value());
    }

    // ---- names ----

    @Override
    public Value visitName(Expr.Name e) {
        Ref ref = checked.refOf(e);
        if (ref instanceof Ref.Local) {
            return env.get(e.name());
        } else if (ref instanceof Ref.EnumMember m) {
            return new Value.EnumV(m.type(), m.member());
        } else if (ref instanceof Ref.Members m) {
            return new Value.ListV(m.type().members().stream().map(x -> (Value) new Value.EnumV(m.type(), x)).toList());
        } else if (ref instanceof Ref.AllRows all) {
            return new Value.ListV(table(all.entity().name().name(), e).all());
        } else if (ref instanceof Ref.Global g && g.decl() instanceof Decl.TermDecl t) {
            return term(t);
        } else if (ref instanceof Ref.Global g && g.decl() instanceof Decl.ReadingDecl r) {
            return readings.value(r, trace);
        } else if (ref instanceof Ref.Builtin b && b.name().equals("as_of")) {
            return new Value.DateV(asOf);
        }
        throw new IllegalStateException("unresolved name " + e.name() + " at " + e.span());
    }

    EntityTable table(String entity, Expr where) {
        return data.table(entity).orElseThrow(() -> new EvalException(where.span(), "there is no " + entity + " data loaded"));
    }

    @Override
    public Value visitField(Expr.FieldAccess e) {
        return lookups.field(e);
    }

    @Override
    public Value visitCall(Expr.Call e) {
        Ref ref = checked.refOf(e);
        List<Value> args = new ArrayList<>(e.args().size());
        for (Expr a : e.args()) {
            args.add(evalHere(a));
        }
        if (ref instanceof Ref.Global g && g.decl() instanceof Decl.TermDecl t) {
            return call(t, args);
        } else if (ref instanceof Ref.Global g && g.decl() instanceof Decl.TableDecl t) {
            return lookups.table(t, args, e);
        } else if (ref instanceof Ref.Builtin b) {
            return ops.builtin(b.name(), args, e);
        }
        throw new IllegalStateException("unresolved call " + e.callee() + " at " + e.span());
    }

    @Override
    public Value visitAggregate(Expr.Aggregate e) {
        return ops.aggregate(e);
    }

    @Override
    public Value visitUnary(Expr.Unary e) {
        Value v = evalHere(e.operand());
        if (e.op() == Expr.UnaryOp.NOT) {
            return Value.Bool.of(!((Value.Bool) v).value());
        }
        Value.Num n = Operations.num(v, e.operand());
        return new Value.Num(n.amount().negate(), n.dim());
    }

    @Override
    public Value visitBinary(Expr.Binary e) {
        return ops.binary(e);
    }

    @Override
    public Value visitMembership(Expr.Membership e) {
        return ops.membership(e);
    }

    @Override
    public Value visitIf(Expr.If e) {
        return ((Value.Bool) evalHere(e.cond())).value() ? evalHere(e.yes()) : evalHere(e.no());
    }
}
