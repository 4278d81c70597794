package org.cba.eval;

import java.math.MathContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cba.check.Checked;
import org.cba.syntax.ast.Citation;
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

    final Checked checked;
    final Dataset data;
    final LocalDate asOf;
    final Readings readings;
    final Trace trace;
    /** What examples reach, for cba test --coverage; null (the usual case) records nothing. */
    final Coverage coverage;
    private final Code code;
    private final Lookups lookups;
    private long steps;
    /** Calls and list items remembered in the memos since they were last cleared (see {@link #remember}). */
    private long remembered;

    public Interpreter(Checked checked, Dataset data, LocalDate asOf, Readings readings, Trace trace) {
        this(checked, data, asOf, readings, trace, null);
    }

    /** As the other constructor, recording in coverage (when not null) the terms, table rows and outcomes reached. */
    public Interpreter(Checked checked, Dataset data, LocalDate asOf, Readings readings, Trace trace, Coverage coverage) {
        this.checked = checked;
        this.data = data;
        this.asOf = asOf;
        this.readings = readings;
        this.trace = trace;
        this.coverage = coverage;
        this.code = Code.of(checked);
        this.lookups = new Lookups(this);
    }

    /** The same settings with a trace, and fresh memory, so the trace records every step. */
    public Interpreter traced(Trace t) {
        return new Interpreter(checked, data, asOf, readings, t, coverage);
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

    private Memo[] memos = new Memo[0];

    /** The memo of a term or table in this interpreter; slots given out after it was made grow the array. */
    Memo memo(int slot) {
        if (slot >= memos.length) {
            memos = Arrays.copyOf(memos, Math.max(code.slots(), slot + 1));
        }
        Memo m = memos[slot];
        if (m == null) {
            m = new Memo();
            memos[slot] = m;
        }
        return m;
    }

    /** A term without parameters, computed once. */
    public Value term(Decl.TermDecl t) {
        return term(code.term(t));
    }

    Value term(TermCode t) {
        Memo m = memo(t.slot);
        Value v = m.constant;
        if (v == null) {
            EvalException failed = failedTerms.get(t.slot);
            if (failed != null) {
                throw failed;
            }
            try {
                v = computeTerm(t, Env.EMPTY, NO_ARGS);
            } catch (EvalException e) {
                failedTerms.put(t.slot, e);
                throw e;
            }
            m.constant = v;
        }
        return v;
    }

    /**
     * The terms without parameters that could not be computed, by slot: computed again they fail
     * again (terms have no effects), and a term past a limit would cost its whole work again for
     * each subject that uses it.
     */
    private final java.util.Map<Integer, EvalException> failedTerms = new java.util.HashMap<>();

    private static final Value[] NO_ARGS = {};

    /** A term with parameters, applied to values (remembered by its arguments). */
    public Value call(Decl.TermDecl t, List<Value> args) {
        return call(code.term(t), args.toArray(NO_ARGS));
    }

    /** A term with one argument: most calls are of a term on one data row. */
    Value call(TermCode t, Value arg) {
        if (arg instanceof Value.Row row) {
            return callOnRow(t, row);
        }
        return call(t, new Value[] {arg});
    }

    Value call(TermCode t, Value[] args) {
        if (args.length == 1 && args[0] instanceof Value.Row row) {
            return callOnRow(t, row);
        }
        Memo m = memo(t.slot);
        Value v = m.get(args);
        if (v == null) {
            Env params = Env.EMPTY;
            for (int i = 0; i < args.length; i++) {
                params = params.with(t.params[i], args[i]);
            }
            v = computeTerm(t, params, args);
            m.put(args, v);
            remember(v, 1);
        }
        return v;
    }

    /**
     * Counts what the memos hold beyond the data's size: calls remembered by their arguments (cost
     * 1: calls on one data row have arrays as large as the data), and the items of lists. A term
     * of two staff members called for every pair, or a list of all staff remembered for each
     * member, would fill the memory. Past a limit the memos are cleared and filled again: values
     * are recomputed (the same, as terms have no effects), so memory is bounded and time by steps.
     */
    private void remember(Value v, long cost) {
        remembered += cost + Limits.items(v);
        if (remembered > Limits.ITEMS) {
            memos = new Memo[memos.length];
            remembered = 0;
        }
    }

    private Value callOnRow(TermCode t, Value.Row row) {
        Memo m = memo(t.slot);
        Value v = m.onRow(row);
        if (v == null) {
            v = computeTerm(t, Env.EMPTY.with(t.params[0], row), new Value[] {row});
            m.putOnRow(row, v);
            remember(v, 0);
        }
        return v;
    }

    private Value computeTerm(TermCode t, Env params, Value[] args) {
        int chosen = choose(t.decl);
        if (coverage != null) {
            coverage.term(t.decl);
        }
        Decl.DatedValue dated = t.decl.values().get(chosen);
        step(1, dated.value());
        Value v = t.body(chosen).eval(this, params);
        if (trace != null) {
            String name = t.decl.name().name();
            String call = args.length == 0 ? name
                    : name + "(" + String.join(", ", Arrays.stream(args).map(Format::value).toList()) + ")";
            String when = dated.period() == null ? "" : ", " + dated.period().describe();
            trace.add(call, v, cite(t.decl) + when, t.decl);
        }
        return v;
    }

    /** Which of the term's dated values is in force on the run's date. */
    private int choose(Decl.TermDecl t) {
        List<Decl.DatedValue> values = t.values();
        if (values.size() == 1 && values.get(0).period() == null) {
            return 0;
        }
        int otherwise = -1;
        for (int i = 0; i < values.size(); i++) {
            Period p = values.get(i).period();
            if (p.contains(asOf)) {
                return i;
            }
            if (p.kind() == Period.Kind.OTHERWISE) {
                otherwise = i;
            }
        }
        if (otherwise >= 0) {
            return otherwise;
        }
        throw new EvalException(EvalException.Kind.R004, t.name().span(), "\"" + t.name().name() + "\" (" + cite(t) + ") has no value on " + asOf);
    }

    static String cite(Decl d) {
        return Citation.first(d.citations()).cite();
    }

    Value lookup(TableCode t, Value[] args, Expr.Call where) {
        return lookups.table(t, args, where);
    }

    Value reading(Decl.ReadingDecl r) {
        return readings.value(r, trace);
    }

    EntityTable table(String entity, Expr where) {
        return data.table(entity).orElseThrow(() -> new EvalException(EvalException.Kind.R008, where.span(), "there is no " + entity + " data loaded"));
    }

    /**
     * Counts work against a budget: a second safety net besides the absence of recursion and of
     * unbounded lists. Term calls and the items of aggregates are counted, which bounds all work.
     */
    void step(long n, Expr where) {
        steps += n;
        if (steps > Limits.STEPS) {
            throw new EvalException(EvalException.Kind.R002, where.span(), "budget exceeded: evaluation took more than "
                    + Limits.count(Limits.STEPS) + " steps (term calls and items of lists); this expression was the last");
        }
    }

    /**
     * Counts the combinations a rule's for each has made, all held at once until they are
     * evaluated: past the limit, a problem naming the rule and the sizes of its lists (for the
     * combination being made: a list may depend on the names before it).
     */
    void combinations(Decl.RuleDecl rule, long made, Env bound) {
        if (made <= Limits.COMBINATIONS) {
            return;
        }
        List<String> sizes = new java.util.ArrayList<>();
        for (Decl.Binding b : rule.forEach().bindings()) {
            sizes.add(b.source().span().text() + " (" + Limits.count(Aggregates.items(eval(b.source(), bound)).size()) + ")");
        }
        throw new EvalException(EvalException.Kind.R002, rule.forEach().span(), "budget exceeded: the for each of rule "
                + rule.name().name() + " makes more than " + Limits.count(Limits.COMBINATIONS) + " combinations of "
                + String.join(" x ", sizes) + "; narrow its lists with where, or use an aggregate (sum, count, any) inside the rule");
    }
}
