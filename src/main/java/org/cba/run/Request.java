package org.cba.run;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run is asked for: as of a date (null: today, when the data covers it), with readings of
 * ambiguous clauses chosen by name, only the named rules (none: all), only the findings that
 * concern one site (null: all), and with explanations or not.
 */
public record Request(LocalDate asOf, Map<String, String> readings, List<String> rules, String site, boolean explain) {
    public Request {
        readings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readings));
        rules = List.copyOf(rules);
    }

    /** Everything, as of a date, with the default readings and no explanations. */
    public static Request asOf(LocalDate date) {
        return new Request(date, Map.of(), List.of(), null, false);
    }
}
