package org.cba.check;

import java.math.BigDecimal;
import java.math.MathContext;
import org.cba.syntax.ast.Expr;

/** Fixed key values as numbers on a column's axis; null when the expression is not a fixed value. */
final class KeyValues {
    private KeyValues() {
    }

    static BigDecimal of(Expr e, Checked checked, BigDecimal columnFactor) {
        if (checked.refOf(e) instanceof Ref.EnumMember m) {
            return BigDecimal.valueOf(m.type().members().indexOf(m.member()));
        }
        if (e instanceof Expr.NumberLit n) {
            return n.value().multiply(n.unit() == null ? columnFactor : BigDecimal.ONE);
        }
        if (e instanceof Expr.MoneyLit m) {
            return m.value();
        }
        if (e instanceof Expr.PercentLit p) {
            return p.value().divide(BigDecimal.valueOf(100), MathContext.DECIMAL128);
        }
        if (e instanceof Expr.DateLit d) {
            return BigDecimal.valueOf(d.value().toEpochDay());
        }
        if (e instanceof Expr.SchoolYearLit y) {
            return BigDecimal.valueOf(y.startYear());
        }
        if (e instanceof Expr.BoolLit b) {
            return b.value() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG) {
            BigDecimal inner = of(u.operand(), checked, columnFactor);
            return inner == null ? null : inner.negate();
        }
        return null;
    }
}
