package org.cba.eval;

import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Period;

/**
 * Evaluates expressions as of one date, under one choice of readings, over one dataset. Each
 * expression runs as the {@link Node} it was compiled to once per contract ({@link Code}). Terms
 * without parameters are computed once; calls and table lookups are remembered by their
 * arguments, so per-row work stays small. Optionally records a {@link Trace}.
 */
public final class Interpreter {
    static final MathContext MATH = MathContext.DECIMAL128;
    /** A second safety net besides the absence of recursion: no run needs this many steps. */
    private static final long STEP_BUDGET = 2_000_000_000L;

    final Checked checked;
    final Dataset data;
    final LocalDate asOf;
    final Readings readings;
    final Trace trace;
    private final Code code;
    private final Lookups lookups;
    private final Map<Decl, Value> terms = new IdentityHashMap<>();
    private final Map<CallKey, Value> calls = new HashMap<>();
    private long steps;

    public Interpreter(Checked checked, Dataset data, LocalDate asOf, Readings readings, Trace trace) {
        this.checked = checked;
        this.data = data;
        this.asOf = asOf;
        this.readings = readings;
        this.trace = trace;
        this.code = Code.of(checked);
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

    Value eval(Expr e, Env env) {
        return code.node(e, env).eval(this, env);
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
            return callOnRow(t, row);
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

    private Value callOnRow(Decl.TermDecl t, Value.Row row) {
        RowMemo memo = rowCalls.get(t);
        if (memo == null || memo.table != row.table()) {
            memo = new RowMemo(row.table());
            rowCalls.put(t, memo);
        }
        Value v = memo.values[row.index()];
        if (v == null) {
            v = computeTerm(t, Env.EMPTY.with(t.params().get(0).name().name(), row), List.of(row));
            memo.values[row.index()] = v;
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
        step(1, chosen.value());
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

    /** A term with one argument: most calls are of a term on one data row. */
    Value call(Decl.TermDecl t, Value arg) {
        if (arg instanceof Value.Row row) {
            return callOnRow(t, row);
        }
        return call(t, List.of(arg));
    }

    Value lookup(Decl.TableDecl t, List<Value> args, Expr.Call where) {
        return lookups.table(t, args, where);
    }

    Value reading(Decl.ReadingDecl r) {
        return readings.value(r, trace);
    }

    EntityTable table(String entity, Expr where) {
        return data.table(entity).orElseThrow(() -> new EvalException(where.span(), "there is no " + entity + " data loaded"));
    }

    /**
     * Counts work against a budget: a second safety net besides the absence of recursion and of
     * unbounded lists. Term calls and the items of aggregates are counted, which bounds all work.
     */
    void step(long n, Expr where) {
        steps += n;
        if (steps > STEP_BUDGET) {
            throw new EvalException(where.span(), "evaluation took more than " + STEP_BUDGET + " steps");
        }
    }
}
