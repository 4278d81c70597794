package org.cba.syntax;

import java.util.List;
import org.cba.syntax.antlr.CbaParser;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Cell;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Example;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Outcome;

/** Parse tree to AST for tables, entities and rules: the declarations with inner structure. */
final class CellAndRuleBuilder {
    private final Literals lit;
    private final ExprBuilder exprs;

    CellAndRuleBuilder(Literals lit, ExprBuilder exprs) {
        this.lit = lit;
        this.exprs = exprs;
    }

    Decl table(CbaParser.TableDeclContext ctx, List<Citation> citations, List<Example> examples) {
        List<Decl.Column> keys = ctx.keys.stream().map(this::column).toList();
        List<Decl.Column> values = ctx.values.stream().map(this::column).toList();
        List<Decl.Row> rows = ctx.tableRow().stream()
                .map(r -> new Decl.Row(lit.span(r), r.cell().stream().map(this::cell).toList())).toList();
        return new Decl.TableDecl(lit.span(ctx), exprs.ident(ctx.name), keys, values, citations, rows, examples);
    }

    private Decl.Column column(CbaParser.ColumnContext ctx) {
        return new Decl.Column(lit.span(ctx), exprs.ident(ctx.name), lit.type(ctx.typeExpr()));
    }


    private Cell cell(CbaParser.CellContext ctx) {
        var span = lit.span(ctx);
        if (ctx instanceof CbaParser.WildcardCellContext) {
            return new Cell.Wildcard(span);
        } else if (ctx instanceof CbaParser.OtherwiseCellContext) {
            return new Cell.Otherwise(span);
        } else if (ctx instanceof CbaParser.EmptyCellContext) {
            return new Cell.Empty(span);
        } else if (ctx instanceof CbaParser.RangeCellContext r) {
            return new Cell.Range(span, exprs.postfixOrNull(r.lo), exprs.postfixOrNull(r.hi));
        } else if (ctx instanceof CbaParser.UpToCellContext u) {
            return new Cell.Range(span, null, exprs.postfixOrNull(u.hi));
        } else if (ctx instanceof CbaParser.BoundCellContext b) {
            BinaryOp op = switch (b.op.getType()) {
                case CbaParser.LT -> BinaryOp.LT;
                case CbaParser.LE -> BinaryOp.LE;
                case CbaParser.GT -> BinaryOp.GT;
                default -> BinaryOp.GE;
            };
            return new Cell.Bound(span, op, exprs.postfixOrNull(b.bound));
        } else if (ctx instanceof CbaParser.SetCellContext s) {
            return new Cell.SetOf(span, exprs.all(s.expr()));
        } else if (ctx instanceof CbaParser.ValueCellContext v) {
            return new Cell.Value(span, exprs.build(v.expr()));
        }
        throw new AssertionError(ctx.getText());
    }

    Decl entity(CbaParser.EntityDeclContext ctx, List<Citation> citations) {
        List<Decl.Field> fields = ctx.field().stream().map(this::field).toList();
        return new Decl.EntityDecl(lit.span(ctx), exprs.ident(ctx.name), ctx.source == null ? null : lit.string(ctx.source),
                ctx.counted == null ? null : lit.words(ctx.counted), citations, fields, ctx.OPTIONAL() != null,
                ctx.SITE() != null);
    }

    private Decl.Field field(CbaParser.FieldContext ctx) {
        if (ctx instanceof CbaParser.PlainFieldContext p) {
            return new Decl.PlainField(lit.span(ctx), exprs.ident(p.name), p.KEY() != null, lit.type(p.typeExpr()));
        } else if (ctx instanceof CbaParser.ManyFieldContext m) {
            return new Decl.ManyField(lit.span(ctx), exprs.ident(m.name), exprs.ident(m.target), exprs.ident(m.via));
        }
        throw new AssertionError(ctx.getText());
    }

    Decl rule(CbaParser.RuleDeclContext ctx, List<Citation> citations, List<Example> examples) {
        Decl.ForEach forEach = null;
        if (ctx.forEach() != null) {
            var f = ctx.forEach();
            List<Decl.Binding> bindings = new java.util.ArrayList<>();
            for (int i = 0; i < f.vars.size(); i++) {
                bindings.add(new Decl.Binding(exprs.ident(f.vars.get(i)), exprs.build(f.sources.get(i))));
            }
            forEach = new Decl.ForEach(lit.span(f), bindings, orNull(f.cond));
        }
        List<Decl.Let> lets = ctx.letClause().stream()
                .map(l -> new Decl.Let(lit.span(l), exprs.ident(l.name), exprs.build(l.expr()))).toList();
        List<Outcome> outcomes = ctx.outcome().stream().map(this::outcome).toList();
        Expr guard = ctx.guard() == null ? null : exprs.build(ctx.guard().cond);
        RuleTestBuilder tests = new RuleTestBuilder(lit, exprs);
        return new Decl.RuleDecl(lit.span(ctx), exprs.ident(ctx.name), citations, forEach, guard, lets, outcomes, examples,
                ctx.ruleTest().stream().map(tests::test).toList());
    }

    private Outcome outcome(CbaParser.OutcomeContext ctx) {
        var span = lit.span(ctx);
        if (ctx instanceof CbaParser.ViolationOutcomeContext v) {
            return new Outcome.Violation(span, exprs.build(v.cond), message(v.message()));
        } else if (ctx instanceof CbaParser.NoticeOutcomeContext n) {
            return new Outcome.Notice(span, exprs.build(n.cond), message(n.message()));
        } else if (ctx instanceof CbaParser.RequirementOutcomeContext r) {
            return new Outcome.Requirement(span, exprs.build(r.required), exprs.build(r.present), message(r.message()));
        } else if (ctx instanceof CbaParser.PaymentOutcomeContext p) {
            Outcome.DayLoop loop = null;
            if (p.day != null) {
                loop = new Outcome.DayLoop(lit.between(p.FOR().getSymbol(), p.days.getStop()),
                        exprs.ident(p.day), exprs.build(p.days), orNull(p.cond));
            }
            return new Outcome.Payment(span, exprs.build(p.amount), loop, exprs.build(p.payee), orNull(p.due), message(p.message()));
        } else if (ctx instanceof CbaParser.DeadlineOutcomeContext d) {
            return new Outcome.Deadline(span, exprs.build(d.due), orNull(d.subject), message(d.message()));
        }
        throw new AssertionError(ctx.getText());
    }

    private Outcome.Message message(CbaParser.MessageContext ctx) {
        return ctx == null ? null : new Outcome.Message(lit.span(ctx.string()), lit.string(ctx.string()));
    }

    private Expr orNull(CbaParser.ExprContext ctx) {
        return ctx == null ? null : exprs.build(ctx);
    }
}
