package org.cba.eval;

import java.util.List;
import org.cba.syntax.ast.Expr;

/**
 * The rows of an entity an aggregate can skip to: "each x in Meeting where x.school is s and ..."
 * reads only the meetings of s, found in an index of the field built once, instead of every
 * meeting for every s; so does a path of fields, "x.school.campus is k". Rows whose field
 * differs fail the where anyway; the whole where is still applied to the rows found. Without
 * the fields in the data, all rows are read.
 */
final class RowFilter {
    private final String entity;
    private final List<String> path;
    /** The value the field must equal, compiled where the aggregate's variable is not in scope. */
    private final Node value;
    private final Expr.Aggregate where;

    RowFilter(String entity, List<String> path, Node value, Expr.Aggregate where) {
        this.entity = entity;
        this.path = List.copyOf(path);
        this.value = value;
        this.where = where;
    }

    List<Value> rows(Interpreter in, Env env) {
        EntityTable table = in.table(entity, where);
        List<Value> rows = table.rowsWith(path, value.eval(in, env));
        return rows != null ? rows : table.rows().items();
    }
}
