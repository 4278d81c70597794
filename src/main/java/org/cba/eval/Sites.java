package org.cba.eval;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cba.syntax.ast.Decl;

/**
 * Relates findings to sites, the rows of the contract's {@code site entity} (a school), for grouping
 * and for runs for one site: a row belongs to the site it refers to (a section to its school), a
 * row holds the sites that refer to it (a campus). It follows reference fields and "many" fields a
 * few steps, never the contract's own logic. With no site entity, no row concerns any site.
 */
public final class Sites {
    private static final int DEPTH = 3;

    private final Dataset data;
    /** The site entity's name; null when the contract declares none. */
    private final String entity;
    /** Each table's rows' sites, worked out for the whole table at its first question (NO_SITE: none). */
    private final Map<EntityTable, Value.Row[]> sites = new IdentityHashMap<>();
    /** The key of each site row, made once. */
    private String[] siteKeys;
    private static final Value.Row NO_SITE = new Value.Row(null, -1);

    /** Made once per dataset ({@link Dataset#sites(String)}), so what it works out serves every run and query over the data. */
    Sites(Dataset data, String entity) {
        this.data = data;
        this.entity = entity;
    }

    /** The site entity's name, or null. */
    public String entity() {
        return entity;
    }

    /** The site row with this key, or null when there is none (or no site entity). */
    public Value.Row site(String key) {
        EntityTable table = entity == null ? null : data.table(entity).orElse(null);
        int index = table == null ? -1 : table.find(key);
        return index < 0 ? null : new Value.Row(table, index);
    }

    /** The site a row belongs to (following references only), or null. */
    public synchronized Value.Row siteOf(Value.Row row) {
        if (entity == null) {
            return null;
        }
        Value.Row[] known = sites.computeIfAbsent(row.table(), t -> new Value.Row[t.size()]);
        Value.Row site = known[row.index()];
        if (site == null) {
            site = search(row);
            known[row.index()] = site == null ? NO_SITE : site;
        }
        return site == NO_SITE ? null : site;
    }

    /** A site's key ("8056"), made once per site. */
    private synchronized String keyOf(Value.Row site) {
        if (siteKeys == null) {
            siteKeys = new String[site.table().size()];
        }
        String key = siteKeys[site.index()];
        if (key == null) {
            key = site.table().keyOf(site.index());
            siteKeys[site.index()] = key;
        }
        return key;
    }

    private Value.Row search(Value.Row row) {
        Deque<Value.Row> queue = new ArrayDeque<>(List.of(row));
        Set<Value.Row> seen = new HashSet<>();
        for (int depth = 0; depth <= DEPTH && !queue.isEmpty(); depth++) {
            Deque<Value.Row> next = new ArrayDeque<>();
            for (Value.Row r : queue) {
                if (r.table().name().equals(entity)) {
                    return r;
                }
                if (seen.add(r)) {
                    references(r, next);
                }
            }
            queue = next;
        }
        return null;
    }

    /** Each table's rows by the key of each school they concern, in row order; made at the table's first question. */
    private final Map<EntityTable, Map<String, List<Value>>> bySchool = new IdentityHashMap<>();

    /** The rows of a table that concern the site with this key, in row order. */
    public synchronized List<Value> rowsConcerning(EntityTable table, String siteKey) {
        Map<String, List<Value>> index = bySchool.get(table);
        if (index == null) {
            index = new HashMap<>();
            for (Value v : table.rows().items()) {
                for (String key : sitesOf((Value.Row) v)) {
                    index.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
                }
            }
            bySchool.put(table, index);
        }
        return index.getOrDefault(siteKey, List.of());
    }

    /** Whether a finding concerns the site with this key: its subject or its payee is, belongs to or holds it. */
    public boolean concerns(Finding f, String siteKey) {
        return (f.subject().row() != null && concerns(f.subject().row(), siteKey))
                || (f instanceof Finding.Payment p && p.payee().row() != null && concerns(p.payee().row(), siteKey));
    }

    /** Does the row concern the site with this key: is it, belong to it, or hold it? */
    public boolean concerns(Value.Row row, String siteKey) {
        Value.Row site = siteOf(row);
        return site != null ? keyOf(site).equals(siteKey) : sitesOf(row).contains(siteKey);
    }

    /** The keys of the sites a row concerns: the one it is or belongs to, or those it holds. */
    private Set<String> sitesOf(Value.Row row) {
        Value.Row site = siteOf(row);
        if (site != null) {
            return Set.of(keyOf(site));
        }
        Set<String> held = new LinkedHashSet<>();
        for (Decl.Field f : row.table().decl().fields()) {
            if (f instanceof Decl.ManyField many && many.target().name().equals(entity)) {
                EntityTable target = data.table(entity).orElse(null);
                if (target != null) {
                    for (Value v : row.table().children(many.name().name(), row.index(), target, many.via().name())) {
                        held.add(keyOf((Value.Row) v));
                    }
                }
            }
        }
        return held;
    }

    private static void references(Value.Row r, Deque<Value.Row> into) {
        for (String field : r.table().fields()) {
            if (r.table().get(r.index(), field) instanceof Value.Row ref) {
                into.add(ref);
            }
        }
    }
}
