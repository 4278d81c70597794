package org.cba.eval;

import java.util.List;

/**
 * A run for one site (`cba run --school`, `:findings --school`): the site's key, and how rows
 * relate to sites. A subject whose first data row does not concern the site can concern it only
 * through someone else: a payee, or a deadline about another value.
 */
record SiteScope(Sites sites, String key) {
    boolean concerns(Value v) {
        return v instanceof Value.Row r && sites.concerns(r, key);
    }

    /** The rows of a table that concern the site, in row order. */
    List<Value> rowsConcerning(EntityTable table) {
        return sites.rowsConcerning(table, key);
    }
}
