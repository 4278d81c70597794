package org.cba.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cba.source.Code;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Cell;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.TypeExpr;

/**
 * Checks a table: column types, each row's cells (keys must be fixed values that fit their
 * column, values must have the column's unit), then overlapping and uncovered keys.
 */
final class TableChecker {

    private final CheckContext cx;
    private final ExprChecker exprs;

    TableChecker(CheckContext cx, ExprChecker exprs) {
        this.cx = cx;
        this.exprs = exprs;
    }

    void check(Decl.TableDecl table) {
        List<Type> keyTypes = table.keys().stream().map(c -> cx.types.resolve(c.type())).toList();
        List<Type> valueTypes = table.values().stream().map(c -> cx.types.resolve(c.type())).toList();
        duplicateColumns(table);
        List<List<KeyPattern>> patterns = new ArrayList<>();
        List<Decl.Row> patternRows = new ArrayList<>();
        Decl.Row otherwise = null;
        boolean cellsOk = true;
        for (Decl.Row row : table.rows()) {
            boolean isOtherwise = !row.cells().isEmpty() && row.cells().get(0) instanceof Cell.Otherwise;
            int keyCells = isOtherwise ? 1 : table.keys().size();
            int expected = keyCells + table.values().size();
            if (row.cells().size() != expected) {
                cx.diagnostics.error(Code.E032, row.span(), "this row has " + row.cells().size() + " cells, but " + expected
                        + " are expected", describeColumns(table, isOtherwise));
                cellsOk = false;
                continue;
            }
            if (isOtherwise) {
                if (otherwise != null) {
                    cx.diagnostics.error(Code.E030, row.span(), "a table can have only one otherwise row; the first is on line "
                            + otherwise.span().line());
                }
                otherwise = row;
            } else {
                List<KeyPattern> keys = new ArrayList<>();
                for (int c = 0; c < keyCells; c++) {
                    KeyPattern p = keyPattern(row.cells().get(c), keyTypes.get(c), table.keys().get(c));
                    cellsOk &= p != null;
                    keys.add(p);
                }
                patterns.add(keys);
                patternRows.add(row);
            }
            for (int v = 0; v < table.values().size(); v++) {
                valueCell(row.cells().get(keyCells + v), valueTypes.get(v), table.values().get(v));
            }
        }
        if (cellsOk && keyTypes.stream().noneMatch(Type::isError)) {
            coverage(table, keyTypes, patterns, patternRows, otherwise != null);
        }
        new TermChecker(cx, exprs, null).examples(table.examples());
    }

    private void duplicateColumns(Decl.TableDecl table) {
        Set<String> seen = new HashSet<>();
        List<Decl.Column> all = new ArrayList<>(table.keys());
        all.addAll(table.values());
        for (Decl.Column c : all) {
            if (!seen.add(c.name().name())) {
                cx.diagnostics.error(Code.E011, c.name().span(), "the column \"" + c.name().name() + "\" appears twice");
            }
        }
    }

    private static String describeColumns(Decl.TableDecl table, boolean otherwise) {
        List<String> names = new ArrayList<>();
        if (otherwise) {
            names.add("otherwise");
        } else {
            table.keys().forEach(c -> names.add(c.name().name()));
        }
        table.values().forEach(c -> names.add(c.name().name()));
        return "the cells are: " + String.join(" | ", names);
    }

    private void valueCell(Cell cell, Type type, Decl.Column column) {
        if (cell instanceof Cell.Empty) {
            return;
        }
        if (cell instanceof Cell.Value v) {
            if (TypeResolver.isPercent(column.type()) && v.expr() instanceof Expr.NumberLit n && n.unit() == null) {
                cx.diagnostics.error(Code.E033, v.span(), "the column " + column.name().name() + " holds percentages: write "
                        + n.value().toPlainString() + "%", "a plain " + n.value().toPlainString() + " would mean "
                        + n.value().toPlainString() + " times 100%");
                return;
            }
            exprs.checkAgainst(v.expr(), type, Scope.EMPTY, true, "a value in column " + column.name().name());
            return;
        }
        cx.diagnostics.error(Code.E033, cell.span(), "the column " + column.name().name() + " holds values, not key patterns",
                "write a value, or - when the row has none");
    }

    /** The values a key cell matches, or null (reported) when the cell is not a fixed key. */
    private KeyPattern keyPattern(Cell cell, Type type, Decl.Column column) {
        if (cell instanceof Cell.Wildcard) {
            return KeyPattern.ANY;
        }
        String what = "a key in column " + column.name().name();
        if (cell instanceof Cell.Value v) {
            BigDecimal k = constant(v.expr(), type, column, what);
            return k == null ? null : new KeyPattern(List.of(KeyPattern.Interval.point(k)));
        }
        if (cell instanceof Cell.SetOf set) {
            List<KeyPattern.Interval> points = new ArrayList<>();
            for (Expr m : set.members()) {
                BigDecimal k = constant(m, type, column, what);
                if (k == null) {
                    return null;
                }
                points.add(KeyPattern.Interval.point(k));
            }
            return new KeyPattern(points);
        }
        if (cell instanceof Cell.Range || cell instanceof Cell.Bound) {
            if (!Operators.ordered(type)) {
                cx.diagnostics.error(Code.E033, cell.span(), type.describe() + " values have no order, so a range cannot be a key",
                        "list the values in braces instead: {a, b}");
                return null;
            }
            return cell instanceof Cell.Range r ? range(r, type, column, what) : bound((Cell.Bound) cell, type, column, what);
        }
        cx.diagnostics.error(Code.E033, cell.span(), "a key cell holds a value, a range a..b, a set {a, b} or *",
                cell instanceof Cell.Empty ? "- means no value, which only value columns can have" : "otherwise goes alone, as the first cell of its row");
        return null;
    }

    private KeyPattern range(Cell.Range r, Type type, Decl.Column column, String what) {
        BigDecimal lo = r.lo() == null ? null : constant(r.lo(), type, column, what);
        BigDecimal hi = r.hi() == null ? null : constant(r.hi(), type, column, what);
        if ((r.lo() != null && lo == null) || (r.hi() != null && hi == null)) {
            return null;
        }
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            cx.diagnostics.error(Code.E033, r.span(), "this range is empty: it starts after it ends");
            return null;
        }
        return new KeyPattern(List.of(new KeyPattern.Interval(lo, true, hi, true)));
    }

    private KeyPattern bound(Cell.Bound b, Type type, Decl.Column column, String what) {
        BigDecimal v = constant(b.bound(), type, column, what);
        if (v == null) {
            return null;
        }
        BinaryOp op = b.op();
        KeyPattern.Interval i = switch (op) {
            case LT -> new KeyPattern.Interval(null, false, v, false);
            case LE -> new KeyPattern.Interval(null, false, v, true);
            case GT -> new KeyPattern.Interval(v, false, null, false);
            default -> new KeyPattern.Interval(v, true, null, false);
        };
        return new KeyPattern(List.of(i));
    }

    /** A key written out as a fixed value, as a number on its column's axis. */
    private BigDecimal constant(Expr e, Type type, Decl.Column column, String what) {
        if (TypeResolver.isPercent(column.type()) && e instanceof Expr.NumberLit n && n.unit() == null) {
            cx.diagnostics.error(Code.E033, e.span(), "the column " + column.name().name() + " holds percentages: write "
                    + n.value().toPlainString() + "%", "a plain " + n.value().toPlainString() + " would mean " + n.value().toPlainString() + " times 100%");
            return null;
        }
        Type t = exprs.checkAgainst(e, type, Scope.EMPTY, true, what);
        if (Type.isError(t) || !ExprChecker.compatible(t, type)) {
            return null;
        }
        BigDecimal v = KeyValues.of(e, cx.checked, columnFactor(column));
        if (v == null) {
            cx.diagnostics.error(Code.E033, e.span(), "a key must be written out as a fixed value (a number, date or name of a member)",
                    "a term's value can change over time, so it cannot key a table");
        }
        return v;
    }

    private BigDecimal columnFactor(Decl.Column column) {
        return column.type() instanceof TypeExpr.Named n && !(cx.types.resolve(n) instanceof Type.Enum)
                ? cx.types.factor(n.num(), n.per()) : BigDecimal.ONE;
    }

    private void coverage(Decl.TableDecl table, List<Type> keyTypes, List<List<KeyPattern>> patterns,
                          List<Decl.Row> rows, boolean hasOtherwise) {
        List<TableCoverage.Axis> axes = new ArrayList<>();
        for (int c = 0; c < keyTypes.size(); c++) {
            axes.add(axis(table.keys().get(c).name().name(), keyTypes.get(c)));
        }
        TableCoverage.Result result = TableCoverage.analyse(axes, patterns);
        if (result.tooLarge()) {
            cx.diagnostics.warning(Code.W005, table.name().span(), "the table " + table.name().name()
                    + " has too many key combinations to check for overlaps and gaps (more than "
                    + TableCoverage.MAX_COMBINATIONS + ")", "split it into smaller tables, or use fewer distinct bounds");
            return;
        }
        for (TableCoverage.Overlap o : result.overlaps()) {
            cx.diagnostics.error(Code.E030, rows.get(o.secondRow()).span(), "this row overlaps the row on line "
                    + rows.get(o.firstRow()).span().line() + ": both match " + keys(axes, o.where()),
                    "narrow one of the rows so each key matches one row");
        }
        if (!hasOtherwise && result.missingCount() > 0) {
            String more = result.missingCount() > result.missing().size()
                    ? " (and " + (result.missingCount() - result.missing().size()) + " more)" : "";
            cx.diagnostics.error(Code.E031, table.name().span(), "no row of " + table.name().name() + " matches "
                    + String.join("; ", result.missing().stream().map(m -> keys(axes, m)).toList()) + more,
                    "add rows for these keys, or a last row | otherwise | ... | for everything else");
        }
    }

    private static String keys(List<TableCoverage.Axis> axes, List<String> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            parts.add(axes.get(i).name() + " " + values.get(i));
        }
        return String.join(", ", parts);
    }

    private TableCoverage.Axis axis(String name, Type t) {
        if (t instanceof Type.Enum en) {
            return TableCoverage.Axis.ofEnum(name, en.members());
        }
        if (t instanceof Type.Quantity q) {
            String base = q.dim().singleBase();
            boolean counted = base != null && cx.symbols.units().isCounted(base);
            return TableCoverage.Axis.ofNumbers(name, counted, true);
        }
        if (t instanceof Type.Bool) {
            return TableCoverage.Axis.ofEnum(name, List.of("no", "yes"));
        }
        if (t instanceof Type.Date) {
            return TableCoverage.Axis.of(name, TableCoverage.Shown.DATE);
        }
        if (t instanceof Type.SchoolYear) {
            return TableCoverage.Axis.of(name, TableCoverage.Shown.YEAR);
        }
        return TableCoverage.Axis.ofNumbers(name, false, false);
    }
}
