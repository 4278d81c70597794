package org.cba.check;

import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units a contract can name: the built-in ones (students, positions, calendar days, dollars
 * ...) and those its {@code unit} declarations add. Each spelling maps to a base unit and a
 * factor (an hour is 60 minutes), so values are stored in base units.
 */
public final class Units {
    /** How a spelled unit relates to its base: value in base units = written value x factor. */
    public record Unit(String base, BigDecimal factor) {
    }

    public static final String DOLLAR = "dollar";
    public static final String CALENDAR_DAY = "calendar day";
    public static final String WORKING_DAY = "working day";
    public static final String SCHOOL_DAY = "school day";
    /** Monday to Friday, holidays and recesses included: the calendar is not needed to count them. */
    public static final String WEEKDAY = "weekday";
    /** Time is kept in minutes; an hour is 60 of them. */
    public static final String MINUTE = "minute";

    /** The built-in units that count whole things: a number of them cannot be fractional (22.5 students). */
    private static final Set<String> WHOLE = Set.of("student", "class", "school", "adult");

    /** Day-like units a date can be moved by, and that lists of days are counted in. */
    public static final List<String> DAY_UNITS = List.of(CALENDAR_DAY, WORKING_DAY, SCHOOL_DAY, WEEKDAY, "week", "month", "year");

    /** Display plurals; shared, since a unit spelled the same is pluralised the same everywhere. */
    private static final Map<String, String> PLURALS = new ConcurrentHashMap<>();
    private final Map<String, Unit> spellings = new LinkedHashMap<>();

    public Units() {
        base("student", "students");
        base("position", "positions");
        alias("FTE", "position");
        base("class", "classes");
        base("school", "schools");
        base("adult", "adults");
        base(MINUTE, "minutes");
        scaled("hour", "hours", MINUTE, 60);
        base(CALENDAR_DAY, "calendar days");
        base(WORKING_DAY, "working days");
        alias("workday", WORKING_DAY);
        alias("workdays", WORKING_DAY);
        alias("work day", WORKING_DAY);
        alias("work days", WORKING_DAY);
        base(SCHOOL_DAY, "school days");
        base(WEEKDAY, "weekdays");
        base("week", "weeks");
        base("month", "months");
        base("semester", "semesters");
        base("year", "years");
        base(DOLLAR, "dollars");
    }

    private void base(String singular, String plural) {
        PLURALS.put(singular, plural);
        spellings.put(singular, new Unit(singular, BigDecimal.ONE));
        spellings.put(plural, new Unit(singular, BigDecimal.ONE));
    }

    private void scaled(String singular, String plural, String base, int factor) {
        spellings.put(singular, new Unit(base, BigDecimal.valueOf(factor)));
        spellings.put(plural, new Unit(base, BigDecimal.valueOf(factor)));
    }

    private void alias(String spelling, String base) {
        spellings.put(spelling, new Unit(base, BigDecimal.ONE));
    }

    private final java.util.Set<String> declared = new java.util.HashSet<>();
    /** Declared units marked {@code counted}: whole things (teachers, seats), never 6.5 of them in data. */
    private final java.util.Set<String> countedDeclared = new java.util.HashSet<>();

    /** Adds a declared unit; false when one of its spellings is taken. */
    public boolean declare(String singular, String plural, boolean counted) {
        if (spellings.containsKey(singular) || spellings.containsKey(plural)) {
            return false;
        }
        base(singular, plural);
        declared.add(singular);
        if (counted) {
            countedDeclared.add(singular);
        }
        return true;
    }

    /** Whether a spec declares this unit (as opposed to a built-in one). */
    public boolean isDeclared(String base) {
        return declared.contains(base);
    }

    /** Every spelling known, singular and plural, built-in and declared (for completion in editors). */
    public Set<String> spellings() {
        return java.util.Collections.unmodifiableSet(spellings.keySet());
    }

    public Optional<Unit> lookup(String spelling) {
        return Optional.ofNullable(spellings.get(spelling));
    }

    public boolean isDayUnit(String base) {
        return DAY_UNITS.contains(base);
    }

    /**
     * Whether a unit counts whole things, so data never holds a fraction of one: the built-in
     * students, classes, schools and adults, and the declared units marked {@code counted}.
     */
    public boolean isWhole(String base) {
        return WHOLE.contains(base) || countedDeclared.contains(base);
    }

    /**
     * Whether a unit is counted in steps of one, so table keys leave no gap between 6 and 7: the
     * whole units and days. A declared unit without {@code counted} (pupil hours, feet) is not.
     */
    public boolean isCounted(String base) {
        return isWhole(base) || isDayUnit(base);
    }

    /** Whether a quantity is a count of a whole unit: students, or teachers declared {@code counted}. */
    public boolean isWhole(Dimension dim) {
        String base = dim.singleBase();
        return base != null && isWhole(base);
    }

    /** The closest known spelling, for "did you mean" hints; empty when nothing is close. */
    public Optional<String> closest(String spelling) {
        return Names.closest(spelling, spellings.keySet());
    }

    public static String plural(String base) {
        return PLURALS.getOrDefault(base, base + "s");
    }
}
