package org.cba.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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

    record Result(List<List<String>> missing, long missingCount, List<Overlap> overlaps, boolean tooLarge) {
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
                return new Result(List.of(), 0, List.of(), true);
            }
        }
        List<List<BitSet>> covers = new ArrayList<>();
        for (List<KeyPattern> row : rows) {
            List<BitSet> perColumn = new ArrayList<>();
            for (int c = 0; c < axes.size(); c++) {
                BitSet bits = new BitSet();
                for (int i = 0; i < atoms.get(c).size(); i++) {
                    if (row.get(c).matches(atoms.get(c).get(i).sample())) {
                        bits.set(i);
                    }
                }
                perColumn.add(bits);
            }
            covers.add(perColumn);
        }
        return walk(atoms, covers, combinations);
    }

    private static Result walk(List<List<Atom>> atoms, List<List<BitSet>> covers, long combinations) {
        List<List<String>> missing = new ArrayList<>();
        long missingCount = 0;
        List<Overlap> overlaps = new ArrayList<>();
        BitSet reportedPairs = new BitSet();
        int n = covers.size();
        int[] index = new int[atoms.size()];
        for (long k = 0; k < combinations; k++) {
            int first = -1;
            for (int r = 0; r < n; r++) {
                if (!covered(covers.get(r), index)) {
                    continue;
                }
                if (first < 0) {
                    first = r;
                } else if (!reportedPairs.get(first * n + r)) {
                    reportedPairs.set(first * n + r);
                    overlaps.add(new Overlap(first, r, describe(atoms, index)));
                }
            }
            if (first < 0) {
                missingCount++;
                if (missing.size() < 5) {
                    missing.add(describe(atoms, index));
                }
            }
            advance(index, atoms);
        }
        return new Result(missing, missingCount, overlaps, false);
    }

    private static boolean covered(List<BitSet> row, int[] index) {
        for (int c = 0; c < index.length; c++) {
            if (!row.get(c).get(index[c])) {
                return false;
            }
        }
        return true;
    }

    private static void advance(int[] index, List<List<Atom>> atoms) {
        for (int c = index.length - 1; c >= 0; c--) {
            if (++index[c] < atoms.get(c).size()) {
                return;
            }
            index[c] = 0;
        }
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
