package org.cba.check;

import java.util.List;
import java.util.Optional;
import org.cba.source.Code;
import org.cba.source.Diagnostics;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.TypeExpr;
import org.cba.syntax.ast.Words;

/** Turns written types and units ("students per position", "SchoolType") into {@link Type}s. */
final class TypeResolver {
    private final Symbols symbols;
    private final Diagnostics diagnostics;
    private final java.util.function.Consumer<Decl> onUse;

    TypeResolver(Symbols symbols, Diagnostics diagnostics, java.util.function.Consumer<Decl> onUse) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
        this.onUse = onUse;
    }

    Type resolve(TypeExpr t) {
        if (t instanceof TypeExpr.ListOf l) {
            Type element = resolve(l.element());
            return Type.isError(element) ? element : new Type.ListOf(element);
        }
        TypeExpr.Named n = (TypeExpr.Named) t;
        if (n.per() == null) {
            Optional<Type> named = named(n.num());
            if (named.isPresent()) {
                return named.get();
            }
        }
        return unit(n.num(), n.per());
    }

    private Optional<Type> named(Words w) {
        String text = w.text();
        switch (text) {
            case "number":
            case "percent":
                return Optional.of(Type.NUMBER);
            case "bool":
                return Optional.of(Type.BOOL);
            case "date":
                return Optional.of(Type.DATE);
            case "time":
                return Optional.of(Type.TIME);
            case "datetime":
                return Optional.of(Type.DATETIME);
            case "text":
                return Optional.of(Type.TEXT);
            case "school year":
                return Optional.of(Type.SCHOOL_YEAR);
            default:
                break;
        }
        Optional<Decl> decl = symbols.lookup(text);
        if (decl.isPresent()) {
            onUse.accept(decl.get());
            if (decl.get() instanceof Decl.EnumDecl e) {
                return Optional.of(enumType(e));
            }
            if (decl.get() instanceof Decl.EntityDecl e) {
                return Optional.of(new Type.Entity(e.name().name()));
            }
            if (decl.get() instanceof Decl.ReadingDecl r) {
                return Optional.of(readingType(r));
            }
            if (decl.get() instanceof Decl.TableDecl t) {
                return Optional.of(new Type.Row(t.name().name()));
            }
        }
        return Optional.empty();
    }

    /** "percent" and "number" are both plain numbers; only the spelling tells a percentage. */
    static boolean isPercent(TypeExpr t) {
        return t instanceof TypeExpr.Named n && n.per() == null && n.num().text().equals("percent");
    }

    static Type.Enum enumType(Decl.EnumDecl e) {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        e.members().stream().filter(m -> m.label() != null).forEach(m -> labels.put(m.name(), m.label()));
        return new Type.Enum(e.name().name(), e.members().stream().map(Decl.EnumMember::name).toList(), e.ordered(), labels);
    }

    static Type.Enum readingType(Decl.ReadingDecl r) {
        return new Type.Enum(r.name().name(), r.choices().stream().map(c -> c.name().name()).toList(), false);
    }

    /** A unit, possibly "X per Y"; ERROR (reported) when a word is not a unit. */
    Type unit(Words num, Words per) {
        Optional<Dimension> n = dimension(num);
        Optional<Dimension> d = per == null ? Optional.of(Dimension.NONE) : dimension(per);
        if (n.isEmpty() || d.isEmpty()) {
            return Type.ERROR;
        }
        return new Type.Quantity(n.get().over(d.get()));
    }

    /** How many base units one written unit is (hours: 60); 1 when a word is unknown. */
    java.math.BigDecimal factor(Words num, Words per) {
        java.math.BigDecimal n = symbols.units().lookup(num.text()).map(Units.Unit::factor).orElse(java.math.BigDecimal.ONE);
        if (per == null) {
            return n;
        }
        java.math.BigDecimal d = symbols.units().lookup(per.text()).map(Units.Unit::factor).orElse(java.math.BigDecimal.ONE);
        return n.divide(d, java.math.MathContext.DECIMAL128);
    }

    private Optional<Dimension> dimension(Words w) {
        Optional<Units.Unit> unit = symbols.units().lookup(w.text());
        if (unit.isPresent()) {
            return Optional.of(Dimension.of(unit.get().base()));
        }
        reportUnknown(w);
        return Optional.empty();
    }

    private void reportUnknown(Words w) {
        String text = w.text();
        if (text.equals("day") || text.equals("days")) {
            diagnostics.error(Code.E012, w.span(), "\"" + text + "\" alone does not say which days are counted",
                    "write calendar days, working days or school days");
            return;
        }
        if (symbols.lookup(text).isPresent()) {
            diagnostics.error(Code.E013, w.span(), "\"" + text + "\" is a " + symbols.lookup(text).get().kind() + ", not a type or unit");
            return;
        }
        List<String> hint = symbols.units().closest(text).map(s -> List.of("did you mean \"" + s + "\"?")).orElse(List.of(
                "known units include students, positions, classes, minutes, hours, calendar days, working days, "
                        + "school days, dollars; a spec can add one with  unit NAME, NAMES"));
        diagnostics.error(w.words().size() == 1 && Character.isUpperCase(text.charAt(0)) ? Code.E013 : Code.E012, w.span(),
                Character.isUpperCase(text.charAt(0)) ? "there is no type or unit \"" + Names.shown(text) + "\""
                        : "\"" + Names.shown(text) + "\" is not a unit cba knows",
                hint.toArray(String[]::new));
    }
}
