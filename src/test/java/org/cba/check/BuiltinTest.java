package org.cba.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cba.source.Diagnostic;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.junit.jupiter.api.Test;

/** Each built-in is declared once, found by its spelling, and bound by the checker to that one declaration. */
class BuiltinTest {
    /** A use of every built-in function, with the type it is declared with in the spec below. */
    private static final Map<Builtin.Function, String> CALLS = new EnumMap<>(Map.ofEntries(
            Map.entry(Builtin.Function.FLOOR, "number = floor(2.5)"),
            Map.entry(Builtin.Function.CEIL, "number = ceil(2.5)"),
            Map.entry(Builtin.Function.ROUND, "number = round(2.5)"),
            Map.entry(Builtin.Function.ABS, "number = abs(-2)"),
            Map.entry(Builtin.Function.ROUND_DOWN, "number = round_down(7, 5)"),
            Map.entry(Builtin.Function.ROUND_UP, "number = round_up(7, 5)"),
            Map.entry(Builtin.Function.ROUND_TO, "number = round_to(7, 5)"),
            Map.entry(Builtin.Function.REMAINDER, "number = remainder(7, 5)"),
            Map.entry(Builtin.Function.MIN, "number = min(7, 5)"),
            Map.entry(Builtin.Function.MAX, "number = max(7, 5)"),
            Map.entry(Builtin.Function.EARLIEST, "date = earliest(2025-01-01, 2025-02-01)"),
            Map.entry(Builtin.Function.LATEST, "date = latest(2025-01-01, 2025-02-01)"),
            Map.entry(Builtin.Function.CALENDAR_DAYS, "date = max(d for each d in calendar_days(2025-01-01, 2025-02-01))"),
            Map.entry(Builtin.Function.WORKING_DAYS, "date = max(d for each d in working_days(2025-01-01, 2025-02-01))"),
            Map.entry(Builtin.Function.SCHOOL_DAYS, "date = max(d for each d in school_days(2025-01-01, 2025-02-01))"),
            Map.entry(Builtin.Function.WEEKDAYS, "date = max(d for each d in weekdays(2025-01-01, 2025-02-01))"),
            Map.entry(Builtin.Function.SCHOOL_YEAR, "school year = school_year(2025-10-15)"),
            Map.entry(Builtin.Function.MONTH_OF, "date = month_of(2025-10-15)"),
            Map.entry(Builtin.Function.END_OF_MONTH, "date = end_of_month(2025-10-15)"),
            Map.entry(Builtin.Function.WEEK_OF, "date = week_of(2025-10-15)"),
            Map.entry(Builtin.Function.END_OF_WEEK, "date = end_of_week(2025-10-15)"),
            Map.entry(Builtin.Function.SEMESTER_OF, "date = semester_of(2025-10-15)"),
            Map.entry(Builtin.Function.END_OF_SEMESTER, "date = end_of_semester(2025-10-15)"),
            Map.entry(Builtin.Function.IN_SEMESTER, "bool = in_semester(2025-10-15)"),
            Map.entry(Builtin.Function.AGE, "years = age(2008-02-29, 2025-10-15)"),
            Map.entry(Builtin.Function.DATE_OF, "date = date_of(2025-10-15 at 1:50 pm)"),
            Map.entry(Builtin.Function.TIME_OF, "time = time_of(2025-10-15 at 1:50 pm)")));

    /** A use of every aggregate. */
    private static final Map<Builtin.Aggregate, String> AGGREGATES = new EnumMap<>(Map.ofEntries(
            Map.entry(Builtin.Aggregate.SUM, "number = sum(1 for each d in DAYS)"),
            Map.entry(Builtin.Aggregate.COUNT, "calendar days = count(each d in DAYS)"),
            Map.entry(Builtin.Aggregate.MIN, "date = min(d for each d in DAYS)"),
            Map.entry(Builtin.Aggregate.MAX, "date = max(d for each d in DAYS)"),
            Map.entry(Builtin.Aggregate.AVERAGE, "number = average(1 for each d in DAYS)"),
            Map.entry(Builtin.Aggregate.ANY, "bool = any(each d in DAYS where d > 2025-01-02)"),
            Map.entry(Builtin.Aggregate.ALL, "bool = all(each d in DAYS where d > 2025-01-02)"),
            Map.entry(Builtin.Aggregate.LIST, "list of date = list(each d in DAYS)")));

    @Test
    void everySpellingFindsItsOwnDeclaration() {
        for (Builtin.Function f : Builtin.Function.values()) {
            assertEquals(f, Builtin.Function.named(f.spelling()).orElseThrow(), f.spelling());
        }
        for (Builtin.Aggregate a : Builtin.Aggregate.values()) {
            assertEquals(a, Builtin.Aggregate.named(a.spelling()).orElseThrow(), a.spelling());
        }
        for (Builtin.Constant c : Builtin.Constant.values()) {
            assertEquals(c, Builtin.Constant.named(c.spelling()).orElseThrow(), c.spelling());
        }
    }

    @Test
    void theNamesAreEveryBuiltinsSpellingSorted() {
        // 27 functions + 8 aggregates + 1 constant = 36 declarations; min and max are both function and aggregate: 34 names
        Set<String> names = Builtin.names();
        assertEquals(34, names.size());
        assertEquals(List.copyOf(new TreeSet<>(names)), List.copyOf(names));
        assertTrue(names.containsAll(List.of("floor", "school_days", "sum", "list", "as_of")));
    }

    @Test
    void aSpellingOfOneFormIsNotAnotherForm() {
        assertTrue(Builtin.Function.named("sum").isEmpty());
        assertTrue(Builtin.Aggregate.named("floor").isEmpty());
        assertTrue(Builtin.Constant.named("min").isEmpty());
        assertTrue(Builtin.Function.named("Floor").isEmpty());
        assertTrue(Builtin.isName("sum") && Builtin.isName("floor") && Builtin.isName("as_of"));
        assertTrue(!Builtin.isName("Floor") && !Builtin.isName("total"));
    }

    @Test
    void theCheckerBindsEveryFunctionCallToItsDeclaration() {
        assertEquals(Set.of(Builtin.Function.values()), CALLS.keySet(), "a built-in function without a use here");
        StringBuilder spec = new StringBuilder();
        CALLS.forEach((f, use) -> spec.append(term("t_" + f.spelling(), use)));
        Checked checked = checkedOk(spec.toString());
        CALLS.forEach((f, use) -> {
            Expr value = value(checked, "t_" + f.spelling());
            Expr call = value instanceof Expr.Aggregate a ? a.source() : value;
            assertEquals(new Ref.Builtin(f), checked.refOf(call), use);
        });
    }

    @Test
    void theCheckerBindsEveryAggregateToItsDeclaration() {
        assertEquals(Set.of(Builtin.Aggregate.values()), AGGREGATES.keySet(), "an aggregate without a use here");
        StringBuilder spec = new StringBuilder();
        AGGREGATES.forEach((a, use) -> spec.append(term("t_" + a.spelling(), use.replace("DAYS", "calendar_days(2025-01-01, 2025-01-03)"))));
        Checked checked = checkedOk(spec.toString());
        AGGREGATES.forEach((a, use) -> assertEquals(new Ref.Builtin(a), checked.refOf(value(checked, "t_" + a.spelling())), use));
    }

    @Test
    void aConstantIsBoundToItsDeclarationAndTypedByIt() {
        Checked checked = checkedOk("term today: date cites \"I 1\" = as_of\n");
        Expr value = value(checked, "today");
        assertEquals(new Ref.Builtin(Builtin.Constant.AS_OF), checked.refOf(value));
        assertEquals(Type.DATE, checked.typeOf(value));
    }

    /** "term NAME: TYPE cites "I 1" = VALUE", from a use written "TYPE = VALUE". */
    private static String term(String name, String use) {
        return "term " + name + ": " + use.replaceFirst(" = ", " cites \"I 1\" = ") + "\n";
    }

    private static Checked checkedOk(String spec) {
        Checked checked = Specs.check(spec);
        assertEquals(List.of(), checked.diagnostics().stream().filter(Diagnostic::isError).toList(), spec);
        return checked;
    }

    private static Expr value(Checked checked, String term) {
        return ((Decl.TermDecl) checked.symbols().lookup(term).orElseThrow()).values().get(0).value();
    }
}
