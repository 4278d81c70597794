package org.cba.eval;

import java.util.Map;
import java.util.Optional;

/** A district's data, bound to a contract's schema: the entity tables and the school calendar. */
public final class Dataset {
    private final String description;
    private final Map<String, EntityTable> tables;
    private final SchoolCalendar calendar;

    public Dataset(String description, Map<String, EntityTable> tables, SchoolCalendar calendar) {
        this.description = description;
        this.tables = Map.copyOf(tables);
        this.calendar = calendar;
    }

    public static Dataset empty() {
        return new Dataset("no data", Map.of(), SchoolCalendar.NONE);
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
}
