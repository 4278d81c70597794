package org.cba.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.CalendarDays;
import org.cba.check.Checked;
import org.cba.check.Ref;
import org.cba.data.DataProblem;
import org.cba.data.DataSource;
import org.cba.data.RawRow;
import org.cba.data.RawTable;
import org.cba.source.Span;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.RuleTest;
import org.cba.syntax.ast.TypeExpr;

/**
 * The rows a rule test states, as a source of data, so that they are typed and checked exactly as
 * a district's files are ({@link DataBinder}): one table per entity of the contract, every field a
 * column, the cell of a field a row does not give left null; and the calendar when the test states
 * one. Each value is written as the data would write it (26, 2025-09-22, Academic, 35%). A row's
 * number is the line it is written on, and every cell remembers where it is written, so that a
 * problem with it is reported at the spec.
 */
final class InlineRows implements DataSource {
    private final String description;
    private final Map<String, RawTable> tables = new LinkedHashMap<>();
    /** "table/row/column" (column empty for the row) to where it is written. */
    private final Map<String, Span> written = new HashMap<>();
    private final Span test;

    private InlineRows(RuleTest test) {
        this.test = test.span();
        this.description = "the rows of the example at " + test.span().file().name() + ":" + test.span().line();
    }

    static InlineRows of(Checked checked, Interpreter constants, RuleTest test) {
        InlineRows out = new InlineRows(test);
        for (Decl d : checked.symbols().all()) {
            if (d instanceof Decl.EntityDecl e) {
                out.entity(checked, constants, e, test);
            }
        }
        out.calendar(test);
        return out;
    }

    private void entity(Checked checked, Interpreter constants, Decl.EntityDecl e, RuleTest test) {
        String table = DataBinder.tableName(e);
        List<Decl.PlainField> fields = e.fields().stream().filter(Decl.PlainField.class::isInstance).map(Decl.PlainField.class::cast).toList();
        List<String> columns = fields.stream().map(f -> f.name().name()).toList();
        List<String> keys = DataBinder.keyFields(e);
        List<RawRow> rows = new ArrayList<>();
        for (RuleTest.Given g : test.rows()) {
            if (!g.entity().name().equals(e.name().name())) {
                continue;
            }
            int number = g.span().line();
            written.putIfAbsent(table + "/" + number + "/", g.span());
            List<String> cells = new ArrayList<>(java.util.Collections.nCopies(columns.size(), (String) null));
            if (g.key() != null && keys.size() == 1) {
                put(table, number, columns.indexOf(keys.get(0)), keys.get(0), g.key(), checked, constants, fields, cells);
            }
            for (RuleTest.GivenValue v : g.values()) {
                put(table, number, columns.indexOf(v.field().name()), v.field().name(), v.value(), checked, constants, fields, cells);
            }
            rows.add(new RawRow(number, cells));
        }
        tables.put(table, new RawTable(table, table + " " + description, columns, rows));
    }

    private void put(String table, int row, int column, String name, Expr value, Checked checked, Interpreter constants,
                     List<Decl.PlainField> fields, List<String> cells) {
        if (column < 0) {
            return;
        }
        written.putIfAbsent(table + "/" + row + "/" + name, value.span());
        cells.set(column, text(value, fields.get(column), checked, constants));
    }

    /** A value as a data file would write it, in the field's own unit. */
    static String text(Expr e, Decl.PlainField field, Checked checked, Interpreter constants) {
        if (e instanceof Expr.StringLit s) {
            return s.value();
        } else if (checked.refOf(e) instanceof Ref.EnumMember m) {
            return m.member();
        } else if (e instanceof Expr.NumberLit n && n.unit() == null) {
            return n.value().toPlainString();
        } else if (e instanceof Expr.PercentLit p) {
            return p.value().toPlainString() + "%";
        } else if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG) {
            return "-" + text(u.operand(), field, checked, constants);
        }
        Value v = constants.eval(e);
        if (v instanceof Value.Num n) {
            boolean percent = field.type() instanceof TypeExpr.Named t && t.per() == null && t.num().text().equals("percent");
            BigDecimal amount = percent ? n.amount().movePointRight(2) : n.amount().divide(DataBinder.factor(checked, field), Interpreter.MATH);
            return amount.stripTrailingZeros().toPlainString() + (percent ? "%" : "");
        } else if (v instanceof Value.Bool b) {
            return b.value() ? "true" : "false";
        } else if (v instanceof Value.DateV d) {
            return d.date().toString();
        } else if (v instanceof Value.Year y) {
            return y.startYear() + "-" + (y.startYear() + 1);
        } else if (v instanceof Value.Text t) {
            return t.text();
        } else if (v instanceof Value.EnumV m) {
            return m.member();
        }
        throw new AssertionError(v);
    }

    /** with calendar: instructional 2025-09-22..2025-10-03: one row (date, kind) per day. */
    private void calendar(RuleTest test) {
        List<RawRow> rows = new ArrayList<>();
        boolean stated = false;
        for (RuleTest.Given g : test.rows()) {
            if (!g.isCalendar()) {
                continue;
            }
            stated = true;
            for (RuleTest.GivenValue v : g.values()) {
                int number = v.span().line();
                written.putIfAbsent(DataBinder.CALENDAR + "/" + number + "/", v.span());
                var first = ((Expr.DateLit) v.value()).value();
                var last = v.upTo() == null ? null : ((Expr.DateLit) v.upTo()).value();
                for (var day : CalendarDays.days(first, last)) {
                    rows.add(new RawRow(number, List.of(day.toString(), v.field().name())));
                }
            }
        }
        if (stated) {
            tables.put(DataBinder.CALENDAR, new RawTable(DataBinder.CALENDAR, DataBinder.CALENDAR + " " + description,
                    List.of("date", "kind"), rows));
        }
    }

    /** Where in the spec a problem with these rows is: its cell, else its row, else the test. */
    Span at(DataProblem p) {
        for (RawTable t : tables.values()) {
            if (t.origin().equals(p.origin())) {
                Span cell = p.column() == null ? null : written.get(t.name() + "/" + p.row() + "/" + p.column());
                Span row = written.get(t.name() + "/" + p.row() + "/");
                return cell != null ? cell : row != null ? row : test;
            }
        }
        return test;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public boolean has(String table) {
        return tables.containsKey(table);
    }

    @Override
    public RawTable read(String table) {
        return tables.get(table);
    }

    @Override
    public void close() {
    }
}
