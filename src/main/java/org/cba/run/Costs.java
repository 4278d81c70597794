package org.cba.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.eval.Dataset;
import org.cba.eval.Evaluator;
import org.cba.eval.Finding;
import org.cba.eval.Readings;
import org.cba.report.Cost;
import org.cba.report.CostReport;
import org.cba.syntax.ast.Header;

/**
 * cba cost: two versions evaluated on the same data as of a date, and again as of the same month
 * and day in each school year of the new version's term, set side by side.
 */
public final class Costs {
    private Costs() {
    }

    /** One version with the data bound to its schema. */
    public record Side(Contracts.Version version, Dataset data) {
        List<Finding> findings(LocalDate date) {
            return Evaluator.run(version.checked(), data, new Evaluator.Options(date, Readings.defaults(), java.util.Set.of(), false))
                    .findings();
        }
    }

    public static CostReport compare(Side before, Side after, LocalDate asOf, Map<String, BigDecimal> costPerPosition) {
        Cost.Report report = Cost.compare(before.findings(asOf), after.findings(asOf));
        Map<String, Cost.Report> years = new LinkedHashMap<>();
        for (LocalDate d : sameDayEachYear(after, asOf)) {
            int start = d.getMonthValue() >= 7 ? d.getYear() : d.getYear() - 1;
            years.put(start + "-" + (start + 1) + " (as of " + d + ")", d.equals(asOf) ? report : Cost.compare(before.findings(d), after.findings(d)));
        }
        return new CostReport(before.version().shown(), after.version().shown(), asOf, after.data().description(), costPerPosition,
                report, years, after.version().checked().siteEntity().map(e -> e.name().name()).orElse("subject"),
                new CostReport.Titles(title(before.version()), title(after.version())));
    }

    /** "LAUSD-UTLA — Agreement as it stands (2022-2025)" from the version's header; what was typed when it has none. */
    static String title(Contracts.Version v) {
        Header h = v.checked().contract().header();
        if (h == null || h.name() == null) {
            return v.shown();
        }
        return h.name() + (h.version() == null ? "" : " — " + h.version());
    }

    /** The as-of date's month and day in every school year of the new version's term. */
    private static List<LocalDate> sameDayEachYear(Side after, LocalDate asOf) {
        List<LocalDate> out = new ArrayList<>();
        Header h = after.version().checked().contract().effectiveHeader();
        if (h == null || h.start() == null || h.end() == null) {
            return out;
        }
        for (int y = h.start().getYear() - 1; y <= h.end().getYear(); y++) {
            LocalDate d = asOf.withYear(y);
            if (!d.isBefore(h.start()) && !d.isAfter(h.end())) {
                out.add(d);
            }
        }
        return out;
    }
}
