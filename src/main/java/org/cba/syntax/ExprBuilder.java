package org.cba.syntax;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.cba.syntax.antlr.CbaParser;
import org.cba.syntax.antlr.CbaParserBaseVisitor;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Ident;
import org.cba.syntax.ast.UnitExpr;

/** Parse tree to {@link Expr}: one method per labelled alternative of expr, postfix and primary. */
final class ExprBuilder extends CbaParserBaseVisitor<Expr> {
    private final Literals lit;

    ExprBuilder(Literals lit) {
        this.lit = lit;
    }

    Expr build(CbaParser.ExprContext ctx) {
        return ctx.accept(this);
    }

    List<Expr> all(List<CbaParser.ExprContext> ctxs) {
        return ctxs.stream().map(this::build).toList();
    }

    @Override
    public Expr visitPostfixExpr(CbaParser.PostfixExprContext ctx) {
        return visitPostfix(ctx.postfix());
    }

    @Override
    public Expr visitPostfix(CbaParser.PostfixContext ctx) {
        Expr e = ctx.primary().accept(this);
        for (var name : ctx.IDENT()) {
            Token t = name.getSymbol();
            e = new Expr.FieldAccess(e.span().to(lit.span(t)), e, new Ident(lit.span(t), t.getText()));
        }
        return e;
    }

    @Override
    public Expr visitNegate(CbaParser.NegateContext ctx) {
        return new Expr.Unary(lit.span(ctx), Expr.UnaryOp.NEG, build(ctx.expr()));
    }

    @Override
    public Expr visitNot(CbaParser.NotContext ctx) {
        return new Expr.Unary(lit.span(ctx), Expr.UnaryOp.NOT, build(ctx.expr()));
    }

    @Override
    public Expr visitMultiplicative(CbaParser.MultiplicativeContext ctx) {
        BinaryOp op = switch (ctx.op.getType()) {
            case CbaParser.STAR -> BinaryOp.MUL;
            case CbaParser.SLASH -> BinaryOp.DIV;
            default -> BinaryOp.OF;
        };
        return binary(ctx, op, ctx.left, ctx.right);
    }

    @Override
    public Expr visitAdditive(CbaParser.AdditiveContext ctx) {
        return binary(ctx, ctx.op.getType() == CbaParser.PLUS ? BinaryOp.ADD : BinaryOp.SUB, ctx.left, ctx.right);
    }

    @Override
    public Expr visitComparison(CbaParser.ComparisonContext ctx) {
        BinaryOp op = switch (ctx.op.getType()) {
            case CbaParser.LT -> BinaryOp.LT;
            case CbaParser.LE -> BinaryOp.LE;
            case CbaParser.GT -> BinaryOp.GT;
            case CbaParser.GE -> BinaryOp.GE;
            case CbaParser.EQ -> BinaryOp.EQ;
            default -> BinaryOp.NE;
        };
        return binary(ctx, op, ctx.left, ctx.right);
    }

    @Override
    public Expr visitIsComparison(CbaParser.IsComparisonContext ctx) {
        return binary(ctx, ctx.NOT() != null ? BinaryOp.NE : BinaryOp.EQ, ctx.left, ctx.right);
    }

    @Override
    public Expr visitAnd(CbaParser.AndContext ctx) {
        return binary(ctx, BinaryOp.AND, ctx.left, ctx.right);
    }

    @Override
    public Expr visitOr(CbaParser.OrContext ctx) {
        return binary(ctx, BinaryOp.OR, ctx.left, ctx.right);
    }

    private Expr binary(org.antlr.v4.runtime.ParserRuleContext ctx, BinaryOp op,
                        CbaParser.ExprContext left, CbaParser.ExprContext right) {
        return new Expr.Binary(lit.span(ctx), op, build(left), build(right));
    }

    @Override
    public Expr visitMembership(CbaParser.MembershipContext ctx) {
        return new Expr.Membership(lit.span(ctx), build(ctx.left), ctx.NOT() != null, target(ctx.target));
    }

    private Expr.InTarget target(CbaParser.InTargetContext ctx) {
        if (ctx instanceof CbaParser.SetTargetContext set) {
            return new Expr.InTarget.SetOf(lit.span(set), all(set.expr()));
        }
        if (ctx instanceof CbaParser.RangeTargetContext range) {
            return new Expr.InTarget.Range(lit.span(range), postfixOrNull(range.lo), postfixOrNull(range.hi));
        }
        if (ctx instanceof CbaParser.CollectionTargetContext coll) {
            return new Expr.InTarget.Collection(lit.span(coll), visitPostfix(coll.postfix()));
        }
        throw new AssertionError(ctx);
    }

    Expr postfixOrNull(CbaParser.PostfixContext ctx) {
        return ctx == null ? null : visitPostfix(ctx);
    }

    @Override
    public Expr visitIf(CbaParser.IfContext ctx) {
        return new Expr.If(lit.span(ctx), build(ctx.cond), build(ctx.yes), build(ctx.no));
    }

    @Override
    public Expr visitNumberLit(CbaParser.NumberLitContext ctx) {
        UnitExpr unit = ctx.unit() == null ? null : unit(ctx.unit());
        return new Expr.NumberLit(lit.span(ctx), lit.number(ctx.NUMBER().getSymbol(), ctx.NUMBER().getText()), unit);
    }

    UnitExpr unit(CbaParser.UnitContext ctx) {
        return new UnitExpr(lit.span(ctx), lit.words(ctx.num), ctx.den == null ? null : lit.words(ctx.den));
    }

    @Override
    public Expr visitMoneyLit(CbaParser.MoneyLitContext ctx) {
        Token t = ctx.MONEY().getSymbol();
        return new Expr.MoneyLit(lit.span(ctx), lit.number(t, t.getText().substring(1)),
                ctx.per == null ? null : lit.words(ctx.per));
    }

    @Override
    public Expr visitPercentLit(CbaParser.PercentLitContext ctx) {
        Token t = ctx.PERCENT().getSymbol();
        String text = t.getText();
        return new Expr.PercentLit(lit.span(ctx), lit.number(t, text.substring(0, text.length() - 1)));
    }

    @Override
    public Expr visitDateLit(CbaParser.DateLitContext ctx) {
        return new Expr.DateLit(lit.span(ctx), lit.date(ctx.DATE().getSymbol()));
    }

    @Override
    public Expr visitTimeLit(CbaParser.TimeLitContext ctx) {
        return new Expr.TimeLit(lit.span(ctx), lit.time(ctx.TIME().getSymbol()));
    }

    @Override
    public Expr visitAt(CbaParser.AtContext ctx) {
        return binary(ctx, BinaryOp.AT, ctx.left, ctx.right);
    }

    @Override
    public Expr visitSchoolYearLit(CbaParser.SchoolYearLitContext ctx) {
        return new Expr.SchoolYearLit(lit.span(ctx), lit.schoolYear(ctx.SCHOOL_YEAR().getSymbol()));
    }

    @Override
    public Expr visitStringLit(CbaParser.StringLitContext ctx) {
        return new Expr.StringLit(lit.span(ctx), lit.string(ctx.string()));
    }

    @Override
    public Expr visitBoolLit(CbaParser.BoolLitContext ctx) {
        return new Expr.BoolLit(lit.span(ctx), ctx.TRUE() != null);
    }

    @Override
    public Expr visitNameRef(CbaParser.NameRefContext ctx) {
        return new Expr.Name(lit.span(ctx), ctx.name.getText());
    }

    @Override
    public Expr visitCall(CbaParser.CallContext ctx) {
        return new Expr.Call(lit.span(ctx), ident(ctx.name), all(ctx.expr()));
    }

    @Override
    public Expr visitAggregateCall(CbaParser.AggregateCallContext ctx) {
        CbaParser.AggregateContext a = ctx.aggregate();
        return new Expr.Aggregate(lit.span(ctx), ident(ctx.name), a.value == null ? null : build(a.value),
                ident(a.var), build(a.source), a.cond == null ? null : build(a.cond));
    }

    @Override
    public Expr visitParens(CbaParser.ParensContext ctx) {
        return build(ctx.expr());
    }

    Ident ident(Token t) {
        return new Ident(lit.span(t), t.getText());
    }
}
