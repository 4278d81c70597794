package org.cba.eval;

import java.util.Map;
import java.util.Optional;

/** A district's data, bound to a contract's schema: the entity tables and the school calendar. */
public final class Dataset {
    private final String description;
    private final Map<String, EntityTable> tables;
    private final SchoolCalendar calendar;
    private final java.util.List<String> missingTables;

    public Dataset(String description, Map<String, EntityTable> tables, SchoolCalendar calendar, java.util.List<String> missingTables) {
        this.description = description;
        this.tables = Map.copyOf(tables);
        this.calendar = calendar;
        this.missingTables = java.util.List.copyOf(missingTables);
    }

    /** The same tables with another school calendar (a rule test that states none takes its contract's test data's). */
    Dataset withCalendar(SchoolCalendar other) {
        return new Dataset(description, tables, other, missingTables);
    }

    public static Dataset empty() {
        return new Dataset("no data", Map.of(), SchoolCalendar.NONE, java.util.List.of());
    }

    /** Tables the contract reads that the data does not have; their entities are taken to have no rows. */
    public java.util.List<String> missingTables() {
        return missingTables;
    }

    public String description() {
        return description;
    }

    public Optional<EntityTable> table(String entity) {
        return Optional.ofNullable(tables.get(entity));
    }

    public SchoolCalendar calendar() {
        return calendar;
    }

    private final Map<String, Sites> sites = new java.util.HashMap<>();

    /**
     * Which site (row of the site entity; null: the contract has none) each row belongs to, worked
     * out as asked and kept for as long as the data is loaded.
     */
    public synchronized Sites sites(String siteEntity) {
        return sites.computeIfAbsent(siteEntity == null ? "" : siteEntity, k -> new Sites(this, siteEntity));
    }
}
