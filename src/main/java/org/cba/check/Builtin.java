package org.cba.check;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built-in functions, aggregates and constants, each declared once here: its spelling and the
 * rule the checker types a use of it by. The checker resolves a use to one of these constants and
 * records it (a {@link Ref.Builtin}); the evaluator binds the constant to its implementation when
 * it compiles the use, by an exhaustive switch, so a constant without an implementation does not
 * compile and nothing dispatches on a name while running. They are generic arithmetic, date and
 * list operations: nothing here knows about any particular agreement.
 */
public sealed interface Builtin permits Builtin.Function, Builtin.Aggregate, Builtin.Constant {
    /** The name as written in a spec. */
    String spelling();

    /** Called with plain arguments: floor(x), min(a, b), school_days(from, to). */
    enum Function implements Builtin {
        FLOOR("floor", BuiltinChecker::sameType),
        CEIL("ceil", BuiltinChecker::sameType),
        ROUND("round", BuiltinChecker::sameType),
        ABS("abs", BuiltinChecker::sameType),
        ROUND_DOWN("round_down", BuiltinChecker::stepped),
        ROUND_UP("round_up", BuiltinChecker::stepped),
        ROUND_TO("round_to", BuiltinChecker::stepped),
        REMAINDER("remainder", BuiltinChecker::remainder),
        MIN("min", BuiltinChecker::largerOrSmaller),
        MAX("max", BuiltinChecker::largerOrSmaller),
        EARLIEST("earliest", BuiltinChecker::earlierOrLater),
        LATEST("latest", BuiltinChecker::earlierOrLater),
        CALENDAR_DAYS("calendar_days", Units.CALENDAR_DAY),
        WORKING_DAYS("working_days", Units.WORKING_DAY),
        SCHOOL_DAYS("school_days", Units.SCHOOL_DAY),
        WEEKDAYS("weekdays", Units.WEEKDAY),
        SCHOOL_YEAR("school_year", BuiltinChecker::schoolYear),
        /** The first day of a date's month: month_of(a) is month_of(b) when a and b are in one month. */
        MONTH_OF("month_of", BuiltinChecker::periodDay),
        END_OF_MONTH("end_of_month", BuiltinChecker::periodDay),
        /** The Monday of a date's week, Monday to Sunday as in ISO 8601. */
        WEEK_OF("week_of", BuiltinChecker::periodDay),
        END_OF_WEEK("end_of_week", BuiltinChecker::periodDay),
        /** The first day of the school calendar's semester that holds a date. */
        SEMESTER_OF("semester_of", BuiltinChecker::periodDay),
        END_OF_SEMESTER("end_of_semester", BuiltinChecker::periodDay),
        IN_SEMESTER("in_semester", BuiltinChecker::inSemester),
        /** The day of a date-time, and its time of day. */
        DATE_OF("date_of", BuiltinChecker::dateTimePart),
        TIME_OF("time_of", BuiltinChecker::dateTimePart),
        /** Whole years from one date (a birth) to another. */
        AGE("age", BuiltinChecker::age);

        private static final Map<String, Function> BY_SPELLING = bySpelling(values());
        private final String spelling;
        final BuiltinChecker.CallRule rule;
        private final String dayUnit;

        Function(String spelling, BuiltinChecker.CallRule rule) {
            this.spelling = spelling;
            this.rule = rule;
            this.dayUnit = null;
        }

        /** A list of the days from one date to another that are days of this unit. */
        Function(String spelling, String dayUnit) {
            this.spelling = spelling;
            this.rule = BuiltinChecker::days;
            this.dayUnit = dayUnit;
        }

        @Override
        public String spelling() {
            return spelling;
        }

        /** For a list of days (school_days), the unit its days are counted in; null for the others. */
        public String dayUnit() {
            return dayUnit;
        }

        public static Optional<Function> named(String spelling) {
            return Optional.ofNullable(BY_SPELLING.get(spelling));
        }
    }

    /** Ranging over a list: sum(x.field for each x in list where c), count(each x in list where c). */
    enum Aggregate implements Builtin {
        SUM("sum", BuiltinChecker::numeric),
        COUNT("count", BuiltinChecker::count),
        MIN("min", BuiltinChecker::ordered),
        MAX("max", BuiltinChecker::ordered),
        AVERAGE("average", BuiltinChecker::numeric),
        ANY("any", BuiltinChecker::anyMatch),
        ALL("all", BuiltinChecker::allMatch),
        LIST("list", BuiltinChecker::list);

        private static final Map<String, Aggregate> BY_SPELLING = bySpelling(values());
        private final String spelling;
        final BuiltinChecker.AggregateRule rule;

        Aggregate(String spelling, BuiltinChecker.AggregateRule rule) {
            this.spelling = spelling;
            this.rule = rule;
        }

        @Override
        public String spelling() {
            return spelling;
        }

        public static Optional<Aggregate> named(String spelling) {
            return Optional.ofNullable(BY_SPELLING.get(spelling));
        }
    }

    /** A name that stands for a value. */
    enum Constant implements Builtin {
        /** The date the contract is evaluated as of. */
        AS_OF("as_of", Type.DATE);

        private static final Map<String, Constant> BY_SPELLING = bySpelling(values());
        private final String spelling;
        private final Type type;

        Constant(String spelling, Type type) {
            this.spelling = spelling;
            this.type = type;
        }

        @Override
        public String spelling() {
            return spelling;
        }

        public Type type() {
            return type;
        }

        public static Optional<Constant> named(String spelling) {
            return Optional.ofNullable(BY_SPELLING.get(spelling));
        }
    }

    /** Every built-in, functions first, then aggregates, then constants. */
    static Stream<Builtin> all() {
        return Stream.of(Function.values(), Aggregate.values(), Constant.values()).flatMap(Arrays::stream);
    }

    /** Every built-in name, sorted (min and max are both a function and an aggregate, listed once). */
    static Set<String> names() {
        return all().map(Builtin::spelling).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether a name is a built-in's, of any form (sum(1, 2) is one, misused). */
    static boolean isName(String spelling) {
        return Function.named(spelling).isPresent() || Aggregate.named(spelling).isPresent() || Constant.named(spelling).isPresent();
    }

    private static <B extends Builtin> Map<String, B> bySpelling(B[] builtins) {
        return Arrays.stream(builtins).collect(Collectors.toUnmodifiableMap(Builtin::spelling, java.util.function.Function.identity()));
    }
}
