package org.cba.eval;

import java.util.List;
import org.cba.syntax.ast.Expr;

/**
 * The rows of an entity an aggregate can skip to: "each x in Meeting where x.school is s and ..."
 * reads only the meetings of s, found in an index of the field built once, instead of every
 * meeting for every s. Rows whose field differs fail the where anyway; the whole where is still
 * applied to the rows found. Without the field in the data, all rows are read.
 */
final class RowFilter {
    private final String entity;
    private final String field;
    /** The value the field must equal, compiled where the aggregate's variable is not in scope. */
    private final Node value;
    private final Expr.Aggregate where;

    RowFilter(String entity, String field, Node value, Expr.Aggregate where) {
        this.entity = entity;
        this.field = field;
        this.value = value;
        this.where = where;
    }

    List<Value> rows(Interpreter in, Env env) {
        EntityTable table = in.table(entity, where);
        int position = table.fieldIndex(field);
        if (position < 0) {
            return table.rows().items();
        }
        return table.rowsWith(position, value.eval(in, env));
    }
}
