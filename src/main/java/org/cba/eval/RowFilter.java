package org.cba.eval;

import java.util.List;
import org.cba.syntax.ast.Expr;

/**
 * The rows of an entity an aggregate can skip to: "each x in Meeting where x.school is s and ..."
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

    RowFilter(String entity, List<Condition> conditions, Expr.Aggregate aggregate) {
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
