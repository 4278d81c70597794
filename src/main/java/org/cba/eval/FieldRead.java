package org.cba.eval;

import java.util.List;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/**
 * x.field: a field of a data row, a column of a contract table's row, or the start or end of a
 * school year. Remembers where the field sat in the table it last read from (nearly always the
 * same table), so reading it again is an array access.
 */
final class FieldRead implements Node {
    /** Where the field is in one table; replaced whole, so a reader never sees half of it. */
    private record Place(Object table, int position) {
    }

    /** What the field is read from; null when it is a local, read at localDepth. */
    private final Node target;
    private final int localDepth;
    private final Expr.FieldAccess e;
    private final String field;
    private Place place = new Place(null, -1);

    FieldRead(Node target, Expr.FieldAccess e) {
        this.target = target;
        this.localDepth = -1;
        this.e = e;
        this.field = e.field().name();
    }

    /** A field of a local (c.enrollment): the local is read from the environment at this depth. */
    FieldRead(int localDepth, Expr.FieldAccess e) {
        this.target = null;
        this.localDepth = localDepth;
        this.e = e;
        this.field = e.field().name();
    }

    @Override
    public Value eval(Interpreter in, Env env) {
        Value of = target == null ? env.at(localDepth) : target.eval(in, env);
        Place at = place;
        if (of instanceof Value.Row row) {
            EntityTable table = row.table();
            if (table == at.table && in.trace == null) {
                return table.get(row.index(), at.position);
            }
            int position = table.fieldIndex(field);
            if (position >= 0) {
                place = new Place(table, position);
            }
            return rowField(in, row);
        } else if (of instanceof Value.TableRow t) {
            if (t.table() != at.table) {
                at = new Place(t.table(), column(t.table(), field));
                place = at;
            }
            return tableCell(t, at.position);
        } else if (of instanceof Value.Year y) {
            return new Value.DateV(field.equals("start") ? y.start() : y.end());
        }
        throw new IllegalStateException("field of " + of + " at " + e.span());
    }

    private Value rowField(Interpreter in, Value.Row row) {
        EntityTable table = row.table();
        int position = table.fieldIndex(field);
        if (position >= 0) {
            Value v = table.get(row.index(), position);
            if (in.trace != null) {
                in.trace.add(table.describeRow(row.index()) + "." + field, v,
                        table.origin() + ", row " + table.rowNumber(row.index()) + ", column " + field,
                        new Trace.DataCell(table.describeRow(row.index()), table.origin(), table.rowNumber(row.index()), field));
            }
            return v;
        }
        for (Decl.Field f : table.decl().fields()) {
            if (f instanceof Decl.ManyField many && many.name().name().equals(field)) {
                EntityTable children = in.table(many.target().name(), e);
                return new Value.ListV(table.children(field, row.index(), children, many.via().name()));
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

    private Value tableCell(Value.TableRow row, int position) {
        Value v = row.cells().get(position);
        if (v instanceof Value.None) {
            throw new EvalException(EvalException.Kind.R005, e.span(), "this row of " + row.table().name().name() + " has no " + field + " (its cell is -)");
        }
        return v;
    }
}
