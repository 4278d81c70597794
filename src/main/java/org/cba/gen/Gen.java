package org.cba.gen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A column generator of a table recipe: makes one value of a row (see {@link RecipeReader} for the
 * JSON that describes each kind, and docs/gen-data.md). A value is text, and may refer to another
 * row; null means the row cannot be made (a reference found no row) and is left out.
 */
interface Gen {
    Row.Ref next(RowContext ctx);

    /** A generator's error while a row is made; the runner adds the table and the column. */
    final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    /** The same text in every row. */
    record Const(String value) implements Gen {
        @Override
        public Row.Ref next(RowContext ctx) {
            return Row.Ref.of(value);
        }
    }

    /** Ids: the prefix and a number counted over the whole table. */
    record Seq(String prefix) implements Gen {
        @Override
        public Row.Ref next(RowContext ctx) {
            return Row.Ref.of(prefix + ctx.nextNumber(prefix));
        }
    }

    /** The value at a path ("parent", "parent.unit", "_size"), keeping what it refers to. */
    record Copy(Row.Path path) implements Gen {
        @Override
        public Row.Ref next(RowContext ctx) {
            return ctx.require(path);
        }
    }

    /** A random row of a table that passes the filters (of the row's unit; each row once). */
    final class Pick implements Gen {
        final String table;
        final List<Filter> where;
        final boolean sameUnit;
        final boolean unique;
        private final Set<Row> used = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<List<Row>, Filtered> cache = new IdentityHashMap<>();

        Pick(String table, List<Filter> where, boolean sameUnit, boolean unique) {
            this.table = table;
            this.where = where;
            this.sameUnit = sameUnit;
            this.unique = unique;
        }

        private record Filtered(int from, List<Row> rows) {
        }

        /** The rows that pass the filters, kept per pool and refreshed when the pool has grown. */
        List<Row> candidates(RowContext ctx) {
            List<Row> pool = sameUnit ? ctx.rowsOfUnit(table) : ctx.rows(table);
            Filtered f = cache.get(pool);
            if (f == null || f.from != pool.size()) {
                List<Row> rows = new ArrayList<>();
                for (Row r : pool) {
                    if (Filter.all(where, r)) {
                        rows.add(r);
                    }
                }
                f = new Filtered(pool.size(), rows);
                cache.put(pool, f);
            }
            return f.rows;
        }

        @Override
        public Row.Ref next(RowContext ctx) {
            List<Row> rows = candidates(ctx);
            Row chosen = unique ? unused(rows, ctx) : rows.isEmpty() ? null : rows.get(ctx.random().nextInt(rows.size()));
            if (chosen == null) {
                return null;
            }
            used.add(chosen);
            return Row.Ref.to(chosen);
        }

        /** A row not picked before: a few random tries, then a search of what is left. */
        private Row unused(List<Row> rows, RowContext ctx) {
            if (rows.isEmpty()) {
                return null;
            }
            for (int i = 0; i < 8; i++) {
                Row r = rows.get(ctx.random().nextInt(rows.size()));
                if (!used.contains(r)) {
                    return r;
                }
            }
            List<Row> left = rows.stream().filter(r -> !used.contains(r)).toList();
            return left.isEmpty() ? null : left.get(ctx.random().nextInt(left.size()));
        }
    }

    /** How many rows of a table pass the filters (of the row's unit). */
    record Count(Pick rows) implements Gen {
        @Override
        public Row.Ref next(RowContext ctx) {
            return Row.Ref.of(String.valueOf(rows.candidates(ctx).size()));
        }
    }

    /** A number from lo to hi: uniform, or triangular around a mode; rounded to step (1: whole numbers). */
    record Range(double lo, Double mode, double hi, double step) implements Gen {
        @Override
        public Row.Ref next(RowContext ctx) {
            double u = ctx.random().nextDouble();
            double x;
            if (mode == null) {
                // whole steps from lo to hi, both ends as likely as the rest
                long steps = Math.round((hi - lo) / step);
                x = lo + step * Math.min(steps, (long) Math.floor(u * (steps + 1)));
            } else {
                double f = hi == lo ? 0 : (mode - lo) / (hi - lo);
                x = u < f ? lo + Math.sqrt(u * (hi - lo) * (mode - lo)) : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mode));
            }
            return Row.Ref.of(Num.format(x, step));
        }
    }

    /** One of several values, by weight. */
    record OneOf(List<String> values, double[] cumulative) implements Gen {
        @Override
        public Row.Ref next(RowContext ctx) {
            double x = ctx.random().nextDouble() * cumulative[cumulative.length - 1];
            for (int i = 0; i < cumulative.length; i++) {
                if (x < cumulative[i]) {
                    return Row.Ref.of(values.get(i));
                }
            }
            return Row.Ref.of(values.get(values.size() - 1));
        }
    }

    /** true with probability p. */
    record Chance(double p) implements Gen {
        @Override
        public Row.Ref next(RowContext ctx) {
            return Row.Ref.of(String.valueOf(ctx.random().nextDouble() < p));
        }
    }

    /** A date from one day to another, both included: any day, or a session day of the calendar. */
    record Dates(LocalDate from, LocalDate to, boolean sessionDays) implements Gen {
        @Override
        public Row.Ref next(RowContext ctx) {
            if (!sessionDays) {
                long n = ChronoUnit.DAYS.between(from, to) + 1;
                return Row.Ref.of(from.plusDays((long) (ctx.random().nextDouble() * n)).toString());
            }
            List<LocalDate> days = ctx.calendar().sessionDaysBetween(from, to);
            if (days.isEmpty()) {
                throw new Failure("no session day from " + from + " to " + to);
            }
            return Row.Ref.of(days.get(ctx.random().nextInt(days.size())).toString());
        }
    }

    /** The n-th date from a start for the n-th row of the same parent: every so many days or session days. */
    record Series(LocalDate start, int every, boolean sessionDays) implements Gen {
        @Override
        public Row.Ref next(RowContext ctx) {
            int n = ctx.index() * every;
            return Row.Ref.of((sessionDays ? ctx.calendar().sessionDaysAfter(start, n) : start.plusDays(n)).toString());
        }
    }

    /**
     * From other values: numbers added up, times a factor, plus a number (either may be generated),
     * rounded to a step and kept within bounds; or a date moved by plus days (or session days).
     */
    record From(List<Row.Path> paths, Gen times, Gen plus, double step, Double min, Double max, boolean sessionDays)
            implements Gen {
        @Override
        public Row.Ref next(RowContext ctx) {
            double add = plus == null ? 0 : Num.parse(plus.next(ctx).value(), "plus");
            double factor = times == null ? 1 : Num.parse(times.next(ctx).value(), "times");
            String first = ctx.require(paths.get(0)).value();
            LocalDate date = Num.date(first);
            if (date != null) {
                long days = Math.round(add);
                LocalDate moved = sessionDays ? ctx.calendar().sessionDaysAfter(date, (int) days) : date.plusDays(days);
                return Row.Ref.of(moved.toString());
            }
            double sum = 0;
            for (Row.Path p : paths) {
                sum += Num.parse(ctx.require(p).value(), p.text);
            }
            double x = sum * factor + add;
            if (min != null) {
                x = Math.max(min, x);
            }
            if (max != null) {
                x = Math.min(max, x);
            }
            return Row.Ref.of(Num.format(x, step));
        }
    }

    /** Another generator chosen by the value at a path: an exact value, a range of numbers, or "*". */
    record By(Row.Path path, List<Case> cases) implements Gen {
        record Case(String label, String exact, Double lo, Double hi, Gen gen) {
            boolean matches(String value) {
                if (exact != null) {
                    return exact.equals("*") || exact.equals(value);
                }
                Double v = Num.tryParse(value);
                return v != null && (lo == null || v >= lo) && (hi == null || v <= hi);
            }
        }

        @Override
        public Row.Ref next(RowContext ctx) {
            String value = ctx.require(path).value();
            for (Case c : cases) {
                if (c.matches(value)) {
                    return c.gen.next(ctx);
                }
            }
            throw new Failure("no case of \"by\": \"" + path + "\" for the value \"" + value + "\" (add \"*\")");
        }
    }

    /** A made-up person's name from the profile's lists. */
    record Name() implements Gen {
        @Override
        public Row.Ref next(RowContext ctx) {
            return Row.Ref.of(ctx.personName());
        }
    }

    /** A test on a row: the value at a path is one of some values. */
    record Filter(Row.Path path, Set<String> values) {
        boolean test(Row r) {
            Row.Ref v = r.get(path, 0);
            return v != null && values.contains(v.value());
        }

        static boolean all(List<Filter> filters, Row r) {
            for (Filter f : filters) {
                if (!f.test(r)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Numbers and dates as the tables write them. */
    final class Num {
        private Num() {
        }

        static double parse(String text, String what) {
            Double v = tryParse(text);
            if (v == null) {
                throw new Failure("\"" + what + "\" is \"" + text + "\", not a number");
            }
            return v;
        }

        /** A number, or true as 1 and false as 0; null for anything else. */
        static Double tryParse(String text) {
            if ("true".equals(text)) {
                return 1.0;
            }
            if ("false".equals(text)) {
                return 0.0;
            }
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        static LocalDate date(String text) {
            if (text.length() != 10 || text.charAt(4) != '-') {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** Rounded to the step, with the step's decimals: 3, 2.5, 74.50. */
        static String format(double x, double step) {
            BigDecimal s = BigDecimal.valueOf(step);
            BigDecimal n = BigDecimal.valueOf(x).divide(s, 0, RoundingMode.HALF_EVEN).multiply(s);
            n = n.setScale(Math.max(0, s.stripTrailingZeros().scale()), RoundingMode.HALF_EVEN);
            return n.toPlainString();
        }
    }
}
