package org.cba.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.Ref;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Cell;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/** Reading fields of data rows and table rows, and looking up rows of contract tables. */
final class Lookups {
    private final Interpreter in;
    private final Map<Interpreter.CallKey, Value> lookups = new HashMap<>();

    Lookups(Interpreter in) {
        this.in = in;
    }

    /**
     * What one field access needs, worked out at its first evaluation: the enum member it names, or
     * where its field sits in the table it last read from (nearly always the same table).
     */
    private static final class Site {
        Value member;
        Object table;
        int position;
    }

    private final Map<Expr.FieldAccess, Site> sites = new java.util.IdentityHashMap<>();

    Value field(Expr.FieldAccess e) {
        Site site = sites.get(e);
        if (site == null) {
            site = new Site();
            if (in.checked.refOf(e) instanceof Ref.EnumMember m) {
                site.member = new Value.EnumV(m.type(), m.member());
            }
            sites.put(e, site);
        }
        if (site.member != null) {
            return site.member;
        }
        Value target = in.evalHere(e.target());
        String field = e.field().name();
        if (target instanceof Value.Row row) {
            EntityTable table = row.table();
            if (table == site.table && in.trace == null) {
                return table.get(row.index(), site.position);
            }
            site.table = null;
            int position = table.fieldIndex(field);
            if (position >= 0) {
                site.table = table;
                site.position = position;
            }
            return rowField(row, field, e);
        } else if (target instanceof Value.TableRow t) {
            if (t.table() != site.table) {
                site.table = t.table();
                site.position = column(t.table(), field);
            }
            return tableCell(t, site.position, field, e);
        } else if (target instanceof Value.Year y) {
            return new Value.DateV(field.equals("start") ? y.start() : y.end());
        }
        throw new IllegalStateException("field of " + target + " at " + e.span());
    }

    private Value rowField(Value.Row row, String field, Expr.FieldAccess e) {
        EntityTable table = row.table();
        int position = table.fieldIndex(field);
        if (position >= 0) {
            Value v = table.get(row.index(), position);
            if (in.trace != null) {
                in.trace.add(table.describeRow(row.index()) + "." + field, v,
                        table.origin() + ", row " + table.rowNumber(row.index()) + ", column " + field);
            }
            return v;
        }
        for (Decl.Field f : table.decl().fields()) {
            if (f instanceof Decl.ManyField many && many.name().name().equals(field)) {
                EntityTable target = in.table(many.target().name(), e);
                return new Value.ListV(table.children(field, row.index(), target, many.via().name()));
            }
        }
        throw new IllegalStateException("no field " + field + " in " + table.name());
    }

    private static int column(Decl.TableDecl table, String field) {
        List<Decl.Column> columns = table.values();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().name().equals(field)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + field);
    }

    private Value tableCell(Value.TableRow row, int position, String field, Expr.FieldAccess e) {
        Value v = row.cells().get(position);
        if (v instanceof Value.None) {
            throw new EvalException(e.span(), "this row of " + row.table().name().name() + " has no " + field + " (its cell is -)");
        }
        return v;
    }

    /** The row of a contract table whose keys match; its value cells are computed as of the run's date. */
    Value table(Decl.TableDecl t, List<Value> args, Expr.Call where) {
        Interpreter.CallKey memo = new Interpreter.CallKey(t, args);
        Value cached = lookups.get(memo);
        if (cached != null) {
            if (in.trace != null) {
                trace(t, args, cached, null);
            }
            return cached;
        }
        Decl.Row row = matching(t, args);
        if (row == null) {
            throw new EvalException(where.span(), "no row of " + t.name().name() + " matches "
                    + String.join(", ", args.stream().map(Format::value).toList()));
        }
        int keyCount = row.cells().get(0) instanceof Cell.Otherwise ? 1 : t.keys().size();
        List<Value> cells = new ArrayList<>();
        for (int i = keyCount; i < row.cells().size(); i++) {
            Cell c = row.cells().get(i);
            cells.add(c instanceof Cell.Value v ? in.eval(v.expr(), Env.EMPTY) : Value.NONE);
        }
        Value result = new Value.TableRow(t, cells);
        lookups.put(memo, result);
        if (in.trace != null) {
            trace(t, args, result, row);
        }
        return result;
    }

    private void trace(Decl.TableDecl t, List<Value> args, Value result, Decl.Row row) {
        String call = t.name().name() + "(" + String.join(", ", args.stream().map(Format::value).toList()) + ")";
        String where = Interpreter.cite(t) + (row == null ? "" : ", the row on line " + row.span().line());
        in.trace.add(call, result, where);
    }

    private Decl.Row matching(Decl.TableDecl t, List<Value> args) {
        Decl.Row otherwise = null;
        for (int r = 0; r < t.rows().size(); r++) {
            Decl.Row row = t.rows().get(r);
            if (row.cells().get(0) instanceof Cell.Otherwise) {
                otherwise = row;
                continue;
            }
            boolean all = true;
            for (int c = 0; c < t.keys().size() && all; c++) {
                all = matches(row.cells().get(c), args.get(c));
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

    private final Map<Expr, Value> constants = new java.util.IdentityHashMap<>();

    private Value constant(Expr e) {
        return constants.computeIfAbsent(e, x -> in.eval(x, Env.EMPTY));
    }
}
