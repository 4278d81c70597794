package org.cba.format;

import java.util.List;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Expr;

/** Expressions in canonical form, with the brackets precedence needs and no others. */
public final class ExprPrinter implements Expr.Visitor<String> {
    private static final ExprPrinter INSTANCE = new ExprPrinter();

    private ExprPrinter() {
    }

    public static String print(Expr e) {
        return e == null ? "" : e.accept(INSTANCE);
    }

    private static int precedence(Expr e) {
        if (e instanceof Expr.If) {
            return 0;
        }
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case OR -> 1;
                case AND -> 2;
                case LT, LE, GT, GE, EQ, NE -> 4;
                case ADD, SUB -> 5;
                case AT -> 6;
                case MUL, DIV, OF -> 7;
            };
        }
        if (e instanceof Expr.Unary u) {
            return u.op() == Expr.UnaryOp.NOT ? 3 : 8;
        }
        if (e instanceof Expr.Membership) {
            return 4;
        }
        return 9;
    }

    private static String wrap(Expr e, int min) {
        String s = print(e);
        return precedence(e) < min ? "(" + s + ")" : s;
    }

    @Override
    public String visitNumber(Expr.NumberLit e) {
        return e.value().toPlainString() + (e.unit() == null ? "" : " " + e.unit().text());
    }

    @Override
    public String visitMoney(Expr.MoneyLit e) {
        return "$" + e.value().toPlainString() + (e.per() == null ? "" : " per " + e.per().text());
    }

    @Override
    public String visitPercent(Expr.PercentLit e) {
        return e.value().toPlainString() + "%";
    }

    @Override
    public String visitDate(Expr.DateLit e) {
        return e.value().toString();
    }

    /** 2:50 pm, 12:00 am: a 24-hour 14:50 prints the way the agreement writes it. */
    @Override
    public String visitTime(Expr.TimeLit e) {
        return Expr.TimeLit.shown(e.value());
    }

    @Override
    public String visitSchoolYear(Expr.SchoolYearLit e) {
        return e.startYear() + "-" + (e.startYear() + 1);
    }

    @Override
    public String visitString(Expr.StringLit e) {
        return quote(e.value());
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public String visitBool(Expr.BoolLit e) {
        return String.valueOf(e.value());
    }

    @Override
    public String visitName(Expr.Name e) {
        return e.name();
    }

    @Override
    public String visitCall(Expr.Call e) {
        return e.callee().name() + "(" + all(e.args()) + ")";
    }

    static String all(List<Expr> es) {
        return String.join(", ", es.stream().map(ExprPrinter::print).toList());
    }

    @Override
    public String visitAggregate(Expr.Aggregate e) {
        String value = e.value() == null ? "" : print(e.value()) + " for ";
        String where = e.where() == null ? "" : " where " + print(e.where());
        return e.function().name() + "(" + value + "each " + e.var().name() + " in " + print(e.source()) + where + ")";
    }

    @Override
    public String visitField(Expr.FieldAccess e) {
        return wrap(e.target(), 9) + "." + e.field().name();
    }

    @Override
    public String visitUnary(Expr.Unary e) {
        return e.op() == Expr.UnaryOp.NOT ? "not " + wrap(e.operand(), 3) : "-" + wrap(e.operand(), 8);
    }

    @Override
    public String visitBinary(Expr.Binary e) {
        int p = precedence(e);
        boolean comparison = e.op().isComparison();
        String op = e.op() == BinaryOp.EQ ? "is" : e.op() == BinaryOp.NE ? "is not" : e.op().symbol();
        return wrap(e.left(), comparison ? p + 1 : p) + " " + op + " " + wrap(e.right(), p + 1);
    }

    @Override
    public String visitMembership(Expr.Membership e) {
        String target;
        if (e.target() instanceof Expr.InTarget.SetOf s) {
            target = "{" + all(s.members()) + "}";
        } else if (e.target() instanceof Expr.InTarget.Range r) {
            target = print(r.lo()) + ".." + print(r.hi());
        } else {
            target = print(((Expr.InTarget.Collection) e.target()).source());
        }
        return wrap(e.element(), 5) + (e.negated() ? " not in " : " in ") + target;
    }

    @Override
    public String visitIf(Expr.If e) {
        return "if " + print(e.cond()) + " then " + print(e.yes()) + " else " + print(e.no());
    }
}
