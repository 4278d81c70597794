package org.cba.eval;

import java.util.List;

/**
 * A run for one school (`cba run --school`, `:findings --school`): the school's key, and how rows
 * relate to schools. A subject whose first data row does not concern the school can concern it
 * only through someone else: a payee, or a deadline about another value.
 */
record SchoolScope(Sites sites, String key) {
    boolean concerns(Value v) {
        return v instanceof Value.Row r && sites.concerns(r, key);
    }

    /** The rows of a table that concern the school, in row order. */
    List<Value> rowsConcerning(EntityTable table) {
        return sites.rowsConcerning(table, key);
    }
}
