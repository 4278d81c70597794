package org.cba.syntax;

import java.time.LocalDate;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.cba.source.Diagnostic;
import org.cba.source.SourceFile;
import org.cba.syntax.antlr.CbaParser;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Example;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Header;
import org.cba.syntax.ast.Ident;
import org.cba.syntax.ast.Import;
import org.cba.syntax.ast.Period;
import org.cba.syntax.ast.ReadingSetting;
import org.cba.syntax.ast.Spec;

/**
 * Parse tree to AST for whole files and declarations. The only class (with its helpers
 * {@link ExprBuilder}, {@link CellAndRuleBuilder} and {@link Literals}) that sees ANTLR contexts.
 */
public final class AstBuilder {
    private final SourceFile file;
    private final Literals lit;
    private final ExprBuilder exprs;
    private final CellAndRuleBuilder tables;

    AstBuilder(SourceFile file) {
        this.file = file;
        this.lit = new Literals(file);
        this.exprs = new ExprBuilder(lit);
        this.tables = new CellAndRuleBuilder(lit, exprs);
    }

    List<Diagnostic> problems() {
        return lit.problems();
    }

    Spec spec(CbaParser.SpecContext ctx) {
        Header header = ctx.header() == null ? null : header(ctx.header());
        List<Import> imports = ctx.importDecl().stream()
                .map(i -> new Import(lit.span(i), lit.string(i.path))).toList();
        List<Decl> decls = ctx.decl().stream().map(this::decl).toList();
        return new Spec(file, lit.span(ctx), header, imports, decls);
    }

    Expr expr(CbaParser.ExprContext ctx) {
        return exprs.build(ctx);
    }

    private Header header(CbaParser.HeaderContext ctx) {
        return new Header(lit.span(ctx), lit.string(ctx.name),
                ctx.version == null ? null : lit.string(ctx.version),
                ctx.start == null ? null : lit.date(ctx.start),
                ctx.end == null ? null : lit.date(ctx.end),
                ctx.base == null ? null : lit.string(ctx.base));
    }

    Decl decl(CbaParser.DeclContext ctx) {
        if (ctx.unitDecl() != null) {
            return unitDecl(ctx.unitDecl());
        } else if (ctx.enumDecl() != null) {
            return enumDecl(ctx.enumDecl());
        } else if (ctx.readingDecl() != null) {
            return readingDecl(ctx.readingDecl());
        } else if (ctx.termDecl() != null) {
            return termDecl(ctx.termDecl());
        } else if (ctx.tableDecl() != null) {
            return tables.table(ctx.tableDecl(), citations(ctx.tableDecl().citation()), examples(ctx.tableDecl().example()));
        } else if (ctx.entityDecl() != null) {
            return tables.entity(ctx.entityDecl(), citations(ctx.entityDecl().citation()));
        } else if (ctx.ruleDecl() != null) {
            return tables.rule(ctx.ruleDecl(), citations(ctx.ruleDecl().citation()), examples(ctx.ruleDecl().example()));
        } else if (ctx.amendDecl() != null) {
            return new Decl.Amendment(lit.span(ctx), inner(ctx.amendDecl()));
        } else if (ctx.removeDecl() != null) {
            var r = ctx.removeDecl();
            return new Decl.Removal(lit.span(r), ident(r.name), citations(r.citation()));
        }
        throw new AssertionError(ctx.getText());
    }

    /** The declaration an amend replaces the base's with. */
    private Decl inner(CbaParser.AmendDeclContext a) {
        if (a.enumDecl() != null) {
            return enumDecl(a.enumDecl());
        } else if (a.readingDecl() != null) {
            return readingDecl(a.readingDecl());
        } else if (a.termDecl() != null) {
            return termDecl(a.termDecl());
        } else if (a.tableDecl() != null) {
            return tables.table(a.tableDecl(), citations(a.tableDecl().citation()), examples(a.tableDecl().example()));
        } else if (a.entityDecl() != null) {
            return tables.entity(a.entityDecl(), citations(a.entityDecl().citation()));
        } else if (a.ruleDecl() != null) {
            return tables.rule(a.ruleDecl(), citations(a.ruleDecl().citation()), examples(a.ruleDecl().example()));
        }
        throw new AssertionError(a.getText());
    }

    private Decl unitDecl(CbaParser.UnitDeclContext ctx) {
        var singular = lit.words(ctx.singular);
        return new Decl.UnitDecl(lit.span(ctx), new Ident(singular.span(), singular.text()), singular, lit.words(ctx.plural),
                ctx.COUNTED() != null);
    }

    private Decl enumDecl(CbaParser.EnumDeclContext ctx) {
        List<Decl.EnumMember> members = ctx.enumMember().stream()
                .map(m -> new Decl.EnumMember(lit.span(m), m.getStart().getText(),
                        m.label == null ? null : lit.string(m.label)))
                .toList();
        return new Decl.EnumDecl(lit.span(ctx), ident(ctx.name), ctx.ORDERED() != null, citations(ctx.citation()), members);
    }

    private Decl readingDecl(CbaParser.ReadingDeclContext ctx) {
        List<Decl.ReadingChoice> choices = ctx.readingChoice().stream()
                .map(c -> new Decl.ReadingChoice(lit.span(c), ident(c.name), lit.string(c.description), c.DEFAULT() != null))
                .toList();
        return new Decl.ReadingDecl(lit.span(ctx), ident(ctx.name), citations(ctx.citation()), choices);
    }

    private Decl termDecl(CbaParser.TermDeclContext ctx) {
        List<Decl.Param> params = ctx.params() == null ? List.of() : ctx.params().param().stream()
                .map(p -> new Decl.Param(lit.span(p), ident(p.name), lit.type(p.typeExpr()))).toList();
        List<Decl.DatedValue> values = ctx.datedValue().stream()
                .map(v -> new Decl.DatedValue(lit.span(v), exprs.build(v.expr()),
                        v.period() == null ? null : period(v.period())))
                .toList();
        return new Decl.TermDecl(lit.span(ctx), ident(ctx.name), params, lit.type(ctx.type), citations(ctx.citation()),
                values, examples(ctx.example()));
    }

    private Period period(CbaParser.PeriodContext ctx) {
        if (ctx instanceof CbaParser.DuringYearContext d) {
            int year = lit.schoolYear(d.year);
            return new Period(lit.span(ctx), Period.Kind.DURING, LocalDate.of(year, 7, 1), LocalDate.of(year + 1, 6, 30));
        } else if (ctx instanceof CbaParser.FromDateContext f) {
            return new Period(lit.span(ctx), Period.Kind.FROM, lit.date(f.start), f.end == null ? null : lit.date(f.end));
        } else if (ctx instanceof CbaParser.UntilDateContext u) {
            return new Period(lit.span(ctx), Period.Kind.UNTIL, null, lit.date(u.end));
        } else if (ctx instanceof CbaParser.BeforeDateContext b) {
            return new Period(lit.span(ctx), Period.Kind.BEFORE, null, lit.date(b.end).minusDays(1));
        } else if (ctx instanceof CbaParser.OtherwisePeriodContext) {
            return new Period(lit.span(ctx), Period.Kind.OTHERWISE, null, null);
        }
        throw new AssertionError(ctx.getText());
    }


    List<Citation> citations(List<CbaParser.CitationContext> ctxs) {
        return ctxs.stream().map(c -> new Citation(lit.span(c), lit.string(c.cite),
                c.quote == null ? null : lit.string(c.quote))).toList();
    }

    List<Example> examples(List<CbaParser.ExampleContext> ctxs) {
        return ctxs.stream().map(e -> new Example(lit.span(e), exprs.build(e.subject),
                e.asOf == null ? null : lit.date(e.asOf),
                e.readingSetting().stream().map(r -> new ReadingSetting(lit.span(r), ident(r.reading), ident(r.choice))).toList(),
                exprs.build(e.expected))).toList();
    }

    private Ident ident(Token t) {
        return exprs.ident(t);
    }
}
