package org.cba.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds overlapping rows and uncovered keys of a table. Each key column's line of values is cut
 * into "atoms" at every bound the rows mention (a point, or the open stretch between two
 * points); within an atom every row answers the same, so checking one combination of atoms per
 * cell of the grid is exact.
 */
final class TableCoverage {
    /** Past this many atom combinations the check would be slow, and the table is surely odd. */
    static final long MAX_COMBINATIONS = 500_000;

    /** How a key column's values are laid out. */
    record Axis(String name, List<String> members, boolean discrete, boolean nonNegative, Shown shown) {
        static Axis ofEnum(String name, List<String> members) {
            return new Axis(name, members, true, false, Shown.NUMBER);
        }

        static Axis ofNumbers(String name, boolean discrete, boolean nonNegative) {
            return new Axis(name, null, discrete, nonNegative, Shown.NUMBER);
        }

        static Axis of(String name, Shown shown) {
            return new Axis(name, null, true, false, shown);
        }

        String show(BigDecimal v) {
            return switch (shown) {
                case DATE -> java.time.LocalDate.ofEpochDay(v.longValueExact()).toString();
                case YEAR -> v.intValueExact() + "-" + (v.intValueExact() + 1);
                default -> v.toPlainString();
            };
        }
    }

    /** How an axis's points are written in messages: dates and school years are kept as numbers. */
    enum Shown { NUMBER, DATE, YEAR }

    /** One atom of an axis: a representative value, and how to say it. */
    record Atom(BigDecimal sample, String described) {
    }

    record Overlap(int firstRow, int secondRow, List<String> where) {
    }

    /**
     * visits: how many (row, combination) pairs were looked at: each row is matched only against
     * the combinations it covers, so this is the number of cells the rows cover, not rows times
     * combinations.
     */
    record Result(List<List<String>> missing, long missingCount, List<Overlap> overlaps, boolean tooLarge, long visits) {
    }

    private TableCoverage() {
    }

    static Result analyse(List<Axis> axes, List<List<KeyPattern>> rows) {
        List<List<Atom>> atoms = new ArrayList<>();
        long combinations = 1;
        for (int c = 0; c < axes.size(); c++) {
            final int col = c;
            List<Atom> a = atomsOf(axes.get(c), rows.stream().map(r -> r.get(col)).toList());
            atoms.add(a);
            combinations *= Math.max(1, a.size());
            if (combinations > MAX_COMBINATIONS) {
                return new Result(List.of(), 0, List.of(), true, 0);
            }
        }
        return new Walk(atoms, (int) combinations).run(rows);
    }

    /**
     * Visits, for each row in order, only the combinations it covers: the atoms a key cell matches
     * are a few runs of consecutive atoms (atoms are sorted), found by binary search. The first row
     * to cover a combination owns it; any later row covering it overlaps that one. This is the
     * same answer as asking every row about every combination, in time near the size of the table.
     */
    private static final class Walk {
        private final List<List<Atom>> atoms;
        private final int[] owner;
        private final long[] strides;
        /** Overlapping pairs (first * rows + second), each with the first combination where they meet. */
        private final Map<Long, Integer> pairs = new HashMap<>();
        private long visits;

        Walk(List<List<Atom>> atoms, int combinations) {
            this.atoms = atoms;
            this.owner = new int[combinations];
            Arrays.fill(owner, -1);
            this.strides = new long[atoms.size()];
            long stride = 1;
            for (int c = atoms.size() - 1; c >= 0; c--) {
                strides[c] = stride;
                stride *= Math.max(1, atoms.get(c).size());
            }
        }

        Result run(List<List<KeyPattern>> rows) {
            for (int r = 0; r < rows.size(); r++) {
                List<int[]> runs = new ArrayList<>();
                for (int c = 0; c < atoms.size(); c++) {
                    runs.add(runsOf(rows.get(r).get(c), atoms.get(c)));
                }
                visit(r, rows.size(), runs, 0, 0);
            }
            List<List<String>> missing = new ArrayList<>();
            long missingCount = 0;
            for (int k = 0; k < owner.length; k++) {
                if (owner[k] < 0) {
                    missingCount++;
                    if (missing.size() < 5) {
                        missing.add(describe(atoms, indexOf(k)));
                    }
                }
            }
            return new Result(missing, missingCount, overlaps(rows.size()), false, visits);
        }

        /** Every combination the row covers, in increasing order, column by column. */
        private void visit(int row, int rowCount, List<int[]> runs, int column, long base) {
            if (column == runs.size()) {
                int k = (int) base;
                visits++;
                if (owner[k] < 0) {
                    owner[k] = row;
                } else {
                    pairs.putIfAbsent((long) owner[k] * rowCount + row, k);
                }
                return;
            }
            int[] run = runs.get(column);
            for (int i = 0; i < run.length; i += 2) {
                for (int atom = run[i]; atom < run[i + 1]; atom++) {
                    visit(row, rowCount, runs, column + 1, base + atom * strides[column]);
                }
            }
        }

        /** In the order the old walk over combinations gave: by combination, then by the later row. */
        private List<Overlap> overlaps(int rowCount) {
            List<Map.Entry<Long, Integer>> found = new ArrayList<>(pairs.entrySet());
            found.sort(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue)
                    .thenComparingLong(e -> e.getKey() % rowCount));
            List<Overlap> out = new ArrayList<>();
            for (Map.Entry<Long, Integer> e : found) {
                out.add(new Overlap((int) (e.getKey() / rowCount), (int) (e.getKey() % rowCount), describe(atoms, indexOf(e.getValue()))));
            }
            return out;
        }

        private int[] indexOf(long k) {
            int[] index = new int[atoms.size()];
            for (int c = 0; c < index.length; c++) {
                index[c] = (int) (k / strides[c] % Math.max(1, atoms.get(c).size()));
            }
            return index;
        }
    }

    /** The atoms a key cell matches, as runs [from, to) of atom positions, in increasing order. */
    static int[] runsOf(KeyPattern pattern, List<Atom> atoms) {
        List<int[]> runs = new ArrayList<>();
        for (KeyPattern.Interval interval : pattern.intervals()) {
            int from = firstNotBelow(interval, atoms);
            int to = firstAbove(interval, atoms, from);
            if (from < to) {
                runs.add(new int[] {from, to});
            }
        }
        runs.sort(Comparator.comparingInt(run -> run[0]));
        List<Integer> merged = new ArrayList<>();
        for (int[] run : runs) {
            int last = merged.size() - 1; // the end of the last run so far, if any
            if (!merged.isEmpty() && run[0] <= merged.get(last)) {
                merged.set(last, Math.max(merged.get(last), run[1]));
            } else {
                merged.add(run[0]);
                merged.add(run[1]);
            }
        }
        return merged.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first atom not below the interval's low end (atoms are sorted by sample). */
    private static int firstNotBelow(KeyPattern.Interval interval, List<Atom> atoms) {
        int lo = 0;
        int hi = atoms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            BigDecimal v = atoms.get(mid).sample();
            boolean below = interval.lo() != null && (interval.loIncluded() ? v.compareTo(interval.lo()) < 0 : v.compareTo(interval.lo()) <= 0);
            if (below) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first atom from start on that is above the interval's high end. */
    private static int firstAbove(KeyPattern.Interval interval, List<Atom> atoms, int start) {
        int lo = start;
        int hi = atoms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (interval.contains(atoms.get(mid).sample())) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<String> describe(List<List<Atom>> atoms, int[] index) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < index.length; c++) {
            parts.add(atoms.get(c).get(index[c]).described());
        }
        return parts;
    }

    static List<Atom> atomsOf(Axis axis, List<KeyPattern> column) {
        if (axis.members() != null) {
            List<Atom> out = new ArrayList<>();
            for (int i = 0; i < axis.members().size(); i++) {
                out.add(new Atom(BigDecimal.valueOf(i), axis.members().get(i)));
            }
            return out;
        }
        TreeSet<BigDecimal> points = new TreeSet<>();
        for (KeyPattern p : column) {
            for (KeyPattern.Interval i : p.intervals()) {
                if (i.lo() != null) {
                    points.add(i.lo());
                }
                if (i.hi() != null) {
                    points.add(i.hi());
                }
            }
        }
        if (axis.nonNegative()) {
            points.add(BigDecimal.ZERO);
        }
        return numericAtoms(axis, new ArrayList<>(points));
    }

    private static List<Atom> numericAtoms(Axis axis, List<BigDecimal> points) {
        List<Atom> out = new ArrayList<>();
        if (points.isEmpty()) {
            out.add(new Atom(BigDecimal.ZERO, "any value"));
            return out;
        }
        BigDecimal first = points.get(0);
        if (!axis.nonNegative() || first.signum() > 0) {
            out.add(new Atom(first.subtract(BigDecimal.ONE), "below " + axis.show(first)));
        }
        for (int i = 0; i < points.size(); i++) {
            BigDecimal p = points.get(i);
            if (axis.nonNegative() && p.signum() < 0) {
                continue;
            }
            out.add(new Atom(p, axis.show(p)));
            if (i + 1 < points.size()) {
                BigDecimal next = points.get(i + 1);
                boolean empty = axis.discrete() && isWhole(p) && isWhole(next) && next.subtract(p).compareTo(BigDecimal.ONE) <= 0;
                if (!empty) {
                    BigDecimal mid = p.add(next).divide(BigDecimal.valueOf(2));
                    out.add(new Atom(mid, "between " + axis.show(p) + " and " + axis.show(next)));
                }
            }
        }
        BigDecimal last = points.get(points.size() - 1);
        out.add(new Atom(last.add(BigDecimal.ONE), "above " + axis.show(last)));
        return out;
    }

    private static boolean isWhole(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0;
    }
}
