package org.cba.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cba.check.Ref;
import org.cba.source.Span;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Spec;

/**
 * Go to definition and find references. A global name means the same provision in every version
 * of an agreement, so both reach from a proposal into the version it amends and back.
 */
final class Navigation {
    private Navigation() {
    }

    /** Where the thing at a place is declared: the declaration in force first, then those it amends in earlier versions. */
    static List<Span> definition(Analysis a, Path file, int offset) {
        Optional<Node> node = a.at(file, offset);
        if (node.isEmpty()) {
            return List.of();
        }
        Optional<Target> target = Target.of(a, node.get());
        if (target.isEmpty()) {
            return List.of();
        }
        if (target.get() instanceof Target.Local l) {
            return binder(a, file, offset, l.name()).map(b -> List.of(b.span())).orElse(List.of());
        }
        if (target.get() instanceof Target.Unit u) {
            return unitDecls(a, u.text());
        }
        if (!(target.get() instanceof Target.Global g)) {
            return List.of();
        }
        Map<String, Span> out = new LinkedHashMap<>();
        add(out, declared(g.decl(), g.member()));
        for (Analysis version : a.chain()) {
            for (Decl d : ownDecls(version)) {
                if (d.name().name().equals(g.decl().name().name()) && !(d instanceof Decl.Removal)) {
                    add(out, declared(d instanceof Decl.Amendment am ? am.replacement() : d, g.member()));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Every place the thing at a place is named, across the versions given (its declarations included). */
    static List<Span> references(List<Analysis> versions, Analysis a, Path file, int offset) {
        Optional<Node> node = a.at(file, offset);
        Optional<Target> target = node.flatMap(n -> Target.of(a, n));
        if (target.isEmpty()) {
            return List.of();
        }
        Map<String, Span> out = new LinkedHashMap<>();
        if (target.get() instanceof Target.Local l) {
            Optional<Node.Binder> b = binder(a, file, offset, l.name());
            if (b.isPresent()) {
                add(out, b.get().span());
                for (Node n : a.nodes(file)) {
                    if (n instanceof Node.Use u && a.checked().refOf(u.expr()) instanceof Ref.Local r && r.name().equals(l.name())
                            && within(u.span(), b.get().scope())) {
                        add(out, u.span());
                    }
                }
            }
            return new ArrayList<>(out.values());
        }
        for (Analysis version : versions) {
            for (Path f : version.indexedFiles()) {
                for (Node n : version.nodes(f)) {
                    Optional<Target> t = Target.of(version, n);
                    if (t.isPresent() && same(t.get(), target.get())) {
                        add(out, n.span());
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static boolean same(Target t, Target wanted) {
        if (t instanceof Target.Global g && wanted instanceof Target.Global w) {
            return g.decl().name().name().equals(w.decl().name().name()) && java.util.Objects.equals(g.member(), w.member());
        }
        return t.equals(wanted);
    }

    /** The innermost local of that name whose scope holds the place. */
    static Optional<Node.Binder> binder(Analysis a, Path file, int offset, String name) {
        Node.Binder best = null;
        for (Node n : a.nodes(file)) {
            if (n instanceof Node.Binder b && b.ident().name().equals(name) && b.scope().start() <= offset && offset <= b.scope().end()
                    && (best == null || b.scope().end() - b.scope().start() < best.scope().end() - best.scope().start())) {
                best = b;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean within(Span inner, Span outer) {
        return inner.file() == outer.file() && outer.start() <= inner.start() && inner.end() <= outer.end();
    }

    private static List<Span> unitDecls(Analysis a, String text) {
        List<Span> out = new ArrayList<>();
        for (Decl d : a.checked().declarations()) {
            if (d instanceof Decl.UnitDecl u && (u.singular().text().equals(text) || u.plural().text().equals(text))) {
                out.add(u.name().span());
            }
        }
        return out;
    }

    private static List<Decl> ownDecls(Analysis version) {
        List<Decl> out = new ArrayList<>();
        for (Spec spec : version.checked().contract().files()) {
            out.addAll(spec.decls());
        }
        return out;
    }

    /** Where a declaration, or its named part, is written. */
    static Span declared(Decl d, String member) {
        if (member != null) {
            for (Node n : Walker.nodes(List.of(d))) {
                if (n instanceof Node.Declared dn && member.equals(dn.member())) {
                    return dn.span();
                }
            }
        }
        return d.name().span();
    }

    private static void add(Map<String, Span> out, Span s) {
        out.putIfAbsent(s.file().name() + ":" + s.start() + ":" + s.end(), s);
    }
}
