package org.cba.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Cell;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/** Looking up rows of contract tables, remembered by their keys for the run (in the table's {@link Memo}). */
final class Lookups {
    private final Interpreter in;

    Lookups(Interpreter in) {
        this.in = in;
    }

    /** The row of a contract table whose keys match; its value cells are computed as of the run's date. */
    Value table(TableCode code, Value[] args, Expr.Call where) {
        Memo memo = in.memo(code.slot());
        Value cached = memo.get(args);
        Decl.TableDecl t = code.decl();
        if (cached != null) {
            if (in.trace != null) {
                trace(t, args, cached, null);
            }
            return cached;
        }
        Decl.Row row = matching(t, args);
        if (row == null) {
            throw new EvalException(EvalException.Kind.R006, where.span(), "no row of " + t.name().name() + " matches "
                    + String.join(", ", Arrays.stream(args).map(Format::value).toList()));
        }
        if (in.coverage != null) {
            in.coverage.row(row);
        }
        int keyCount = row.cells().get(0) instanceof Cell.Otherwise ? 1 : t.keys().size();
        List<Value> cells = new ArrayList<>();
        for (int i = keyCount; i < row.cells().size(); i++) {
            Cell c = row.cells().get(i);
            cells.add(c instanceof Cell.Value v ? in.eval(v.expr(), Env.EMPTY) : Value.NONE);
        }
        Value result = new Value.TableRow(t, cells);
        memo.put(args, result);
        if (in.trace != null) {
            trace(t, args, result, row);
        }
        return result;
    }

    private void trace(Decl.TableDecl t, Value[] args, Value result, Decl.Row row) {
        String call = t.name().name() + "(" + String.join(", ", Arrays.stream(args).map(Format::value).toList()) + ")";
        String where = Interpreter.cite(t) + (row == null ? "" : ", the row on line " + row.span().line());
        in.trace.add(call, result, where, t);
    }

    private Decl.Row matching(Decl.TableDecl t, Value[] args) {
        Decl.Row otherwise = null;
        for (int r = 0; r < t.rows().size(); r++) {
            Decl.Row row = t.rows().get(r);
            if (row.cells().get(0) instanceof Cell.Otherwise) {
                otherwise = row;
                continue;
            }
            boolean all = true;
            for (int c = 0; c < t.keys().size() && all; c++) {
                all = matches(row.cells().get(c), args[c]);
            }
            if (all) {
                return row;
            }
        }
        return otherwise;
    }

    private boolean matches(Cell cell, Value v) {
        if (cell instanceof Cell.Wildcard) {
            return true;
        } else if (cell instanceof Cell.Value val) {
            return Operations.same(constant(val.expr()), v);
        } else if (cell instanceof Cell.SetOf set) {
            return set.members().stream().anyMatch(m -> Operations.same(constant(m), v));
        } else if (cell instanceof Cell.Range r) {
            return (r.lo() == null || Operations.compare(v, constant(r.lo())) >= 0)
                    && (r.hi() == null || Operations.compare(v, constant(r.hi())) <= 0);
        } else if (cell instanceof Cell.Bound b) {
            int cmp = Operations.compare(v, constant(b.bound()));
            return b.op() == BinaryOp.LT ? cmp < 0 : b.op() == BinaryOp.LE ? cmp <= 0 : b.op() == BinaryOp.GT ? cmp > 0 : cmp >= 0;
        }
        return false;
    }

    private final Map<Expr, Value> constants = new IdentityHashMap<>();

    private Value constant(Expr e) {
        return constants.computeIfAbsent(e, x -> in.eval(x, Env.EMPTY));
    }
}
