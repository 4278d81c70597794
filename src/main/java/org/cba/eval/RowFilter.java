package org.cba.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cba.check.Checked;
import org.cba.check.Ref;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Expr;

/**
 * The rows of an entity an aggregate can skip to: "each x in Event where x.owner is o and ..."
 * reads only the meetings of s, found in an index of the field built once, instead of every
 * meeting for every s; so does a path of fields, "x.school.campus is k". Rows whose field
 * differs fail the where anyway; the whole where is still applied to the rows found. With several
 * such conditions the fewest rows are read ("x.week is w and x.teacher.school is s": one school's
 * teachers, not the district's); without the fields in the data, all rows are.
 */
final class RowFilter {
    /** x.path is value, where value is compiled where the aggregate's variable is not in scope. */
    record Condition(List<String> path, Node value) {
        Condition {
            path = List.copyOf(path);
        }
    }

    private final String entity;
    private final List<Condition> conditions;
    private final Expr.Aggregate aggregate;

    /**
     * The filter for an aggregate over every row of an entity that keeps only rows whose field, or
     * path of fields, equals a value found without the row: "x.school is s" or "x.school.campus is
     * k" among the conditions joined by "and"; null when there is none. Not for "all", which must
     * see the rows that fail. compile compiles a value where the aggregate's variable is not in scope.
     */
    static RowFilter plan(Expr.Aggregate e, Checked checked, Function<Expr, Node> compile) {
        if (e.where() == null || e.function().name().equals("all") || !(checked.refOf(e.source()) instanceof Ref.AllRows rows)) {
            return null;
        }
        String var = e.var().name();
        List<Condition> conditions = new ArrayList<>();
        for (Expr condition : conjuncts(e.where())) {
            if (condition instanceof Expr.Binary b && b.op() == BinaryOp.EQ) {
                for (Expr[] sides : new Expr[][] {{b.left(), b.right()}, {b.right(), b.left()}}) {
                    List<String> path = pathOf(checked, sides[0], var);
                    if (path != null && !Mentions.name(sides[1], var)) {
                        conditions.add(new Condition(path, compile.apply(sides[1])));
                        break;
                    }
                }
            }
        }
        return conditions.isEmpty() ? null : new RowFilter(rows.entity().name().name(), conditions, e);
    }

    private static List<Expr> conjuncts(Expr e) {
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.AND) {
            List<Expr> out = new ArrayList<>(conjuncts(b.left()));
            out.addAll(conjuncts(b.right()));
            return out;
        }
        return List.of(e);
    }

    /** The fields e reads from the variable var (x.school.campus: school, campus), or null when e is not such a path. */
    private static List<String> pathOf(Checked checked, Expr e, String var) {
        List<String> path = new ArrayList<>();
        Expr at = e;
        while (at instanceof Expr.FieldAccess f && !(checked.refOf(f) instanceof Ref.EnumMember)) {
            path.add(0, f.field().name());
            at = f.target();
        }
        boolean fromVar = at instanceof Expr.Name n && n.name().equals(var) && checked.refOf(n) instanceof Ref.Local;
        return fromVar && !path.isEmpty() ? path : null;
    }

    private RowFilter(String entity, List<Condition> conditions, Expr.Aggregate aggregate) {
        this.entity = entity;
        this.conditions = List.copyOf(conditions);
        this.aggregate = aggregate;
    }

    List<Value> rows(Interpreter in, Env env) {
        EntityTable table = in.table(entity, aggregate);
        List<Value> fewest = null;
        for (Condition c : conditions) {
            List<Value> rows = rowsWith(in, env, table, c);
            if (rows != null && (fewest == null || rows.size() < fewest.size())) {
                fewest = rows;
            }
        }
        return fewest != null ? fewest : table.rows().items();
    }

    /**
     * The rows one condition keeps, or null when it cannot say: its path is not in the data, or
     * its value cannot be worked out here (the where itself then meets the same problem, if it
     * ever reaches the condition, and reports it as before).
     */
    private static List<Value> rowsWith(Interpreter in, Env env, EntityTable table, Condition c) {
        Value value;
        try {
            value = c.value().eval(in, env);
        } catch (EvalException e) {
            return null;
        }
        return table.rowsWith(c.path(), value);
    }
}
