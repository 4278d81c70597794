package org.cba.syntax;

import java.util.ArrayList;
import java.util.List;
import org.cba.source.Code;
import org.cba.source.Diagnostic;
import org.cba.syntax.antlr.CbaParser;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Ident;
import org.cba.syntax.ast.ReadingSetting;
import org.cba.syntax.ast.RuleTest;

/** Parse tree to AST for rule tests: the rows they are run on and the findings they expect. */
final class RuleTestBuilder {
    private final Literals lit;
    private final ExprBuilder exprs;

    RuleTestBuilder(Literals lit, ExprBuilder exprs) {
        this.lit = lit;
        this.exprs = exprs;
    }

    RuleTest test(CbaParser.RuleTestContext ctx) {
        List<ReadingSetting> readings = new ArrayList<>();
        List<RuleTest.Given> rows = new ArrayList<>();
        for (CbaParser.GivenContext g : ctx.given()) {
            if (g instanceof CbaParser.GivenReadingsContext r) {
                r.readingSetting().forEach(s -> readings.add(new ReadingSetting(lit.span(s), exprs.ident(s.reading), exprs.ident(s.choice))));
            } else if (g instanceof CbaParser.GivenRowContext r) {
                List<RuleTest.GivenValue> values = r.givenValue().stream().map(this::value).toList();
                Expr key = r.key == null ? null : new Expr.StringLit(lit.span(r.key), lit.string(r.key));
                rows.add(new RuleTest.Given(lit.span(g), exprs.ident(r.entity), key, values));
            } else if (g instanceof CbaParser.GivenGridContext grid) {
                grid(grid, rows);
            } else {
                throw new AssertionError(g.getText());
            }
        }
        List<RuleTest.Expectation> expected = ctx.expectation().stream().map(this::expectation).toList();
        return new RuleTest(lit.span(ctx), ctx.asOf == null ? null : lit.date(ctx.asOf), readings, rows, expected);
    }

    private RuleTest.GivenValue value(CbaParser.GivenValueContext ctx) {
        return new RuleTest.GivenValue(lit.span(ctx), exprs.ident(ctx.name), exprs.build(ctx.value),
                ctx.upTo == null ? null : exprs.build(ctx.upTo));
    }

    /** A grid: its first line names the fields, each line after it is a row. */
    private void grid(CbaParser.GivenGridContext ctx, List<RuleTest.Given> rows) {
        List<Ident> fields = new ArrayList<>();
        for (CbaParser.ExprContext cell : ctx.names.expr()) {
            Expr e = exprs.build(cell);
            if (e instanceof Expr.Name n) {
                fields.add(new Ident(n.span(), n.name()));
            } else {
                lit.problems().add(Diagnostic.error(Code.E001, e.span(), "the first line of a grid names the fields of "
                        + ctx.entity.getText() + ", not values", "write the field names, e.g. | section | date | enrollment |"));
                fields.add(new Ident(e.span(), e.span().text()));
            }
        }
        Ident entity = exprs.ident(ctx.entity);
        for (CbaParser.GivenCellsContext line : ctx.rows) {
            List<Expr> cells = exprs.all(line.expr());
            if (cells.size() != fields.size()) {
                lit.problems().add(Diagnostic.error(Code.E032, lit.span(line), "this line has " + cells.size()
                        + (cells.size() == 1 ? " cell" : " cells") + ", but the grid's first line names " + fields.size() + " fields"));
                continue;
            }
            List<RuleTest.GivenValue> values = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                values.add(new RuleTest.GivenValue(cells.get(i).span(), fields.get(i), cells.get(i), null));
            }
            rows.add(new RuleTest.Given(lit.span(line), entity, null, values));
        }
    }

    private RuleTest.Expectation expectation(CbaParser.ExpectationContext ctx) {
        var span = lit.span(ctx);
        if (ctx instanceof CbaParser.ExpectNoneContext) {
            return new RuleTest.Expectation.None(span);
        } else if (ctx instanceof CbaParser.ExpectConditionContext c) {
            List<RuleTest.Compared> compared = c.compared().stream().map(v -> new RuleTest.Compared(lit.span(v),
                    v.name != null ? v.name.getText() : lit.string(v.quoted), exprs.build(v.value))).toList();
            return new RuleTest.Expectation.Condition(span, c.kind.getType() == CbaParser.NOTICE, subject(c.findingSubject()), compared);
        } else if (ctx instanceof CbaParser.ExpectRequirementContext r) {
            return new RuleTest.Expectation.Requirement(span, exprs.build(r.required), exprs.build(r.present), subject(r.findingSubject()));
        } else if (ctx instanceof CbaParser.ExpectPaymentContext p) {
            return new RuleTest.Expectation.Payment(span, exprs.build(p.amount), part(p.payee), subject(p.findingSubject()));
        } else if (ctx instanceof CbaParser.ExpectDeadlineContext d) {
            return new RuleTest.Expectation.Deadline(span, exprs.build(d.due), subject(d.findingSubject()));
        }
        throw new AssertionError(ctx.getText());
    }

    private List<RuleTest.SubjectPart> subject(CbaParser.FindingSubjectContext ctx) {
        return ctx == null ? List.of() : ctx.subjectPart().stream().map(this::part).toList();
    }

    private RuleTest.SubjectPart part(CbaParser.SubjectPartContext ctx) {
        if (ctx instanceof CbaParser.RowPartContext r) {
            return new RuleTest.SubjectPart(lit.span(ctx), exprs.ident(r.entity), lit.string(r.key));
        } else if (ctx instanceof CbaParser.MemberPartContext m) {
            return new RuleTest.SubjectPart(lit.span(ctx), null, m.member.getText());
        }
        throw new AssertionError(ctx.getText());
    }
}
