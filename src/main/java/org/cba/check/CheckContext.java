package org.cba.check;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cba.source.Diagnostics;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Ident;

/**
 * What the parts of the checker share: names, diagnostics, side tables, and what depends on what
 * (for unused-name warnings and cycle detection). Declared types are resolved once and cached.
 */
final class CheckContext {
    final Symbols symbols;
    final Diagnostics diagnostics;
    final Checked checked;
    final TypeResolver types;
    private final Map<String, Map<String, Type>> entityFields = new HashMap<>();
    private final Set<String> usedGlobals = new LinkedHashSet<>();
    private final Set<Ident> usedLocals = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
    private String owner;

    CheckContext(Symbols symbols, Diagnostics diagnostics, Checked checked) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
        this.checked = checked;
        this.types = new TypeResolver(symbols, diagnostics, this::useAsType);
    }

    /** The declared (result) type of a term, resolved on first use. */
    Type termType(Decl.TermDecl term) {
        Type t = checked.declaredType(term);
        if (t == null) {
            t = types.resolve(term.type());
            checked.recordDeclaredType(term, t);
        }
        return t;
    }

    Type paramType(Decl.Param p) {
        return types.resolve(p.type());
    }

    /** Field name to type, for an entity; a "many" field is a list of the target entity. */
    Map<String, Type> fields(Decl.EntityDecl entity) {
        return entityFields.computeIfAbsent(entity.name().name(), k -> {
            Map<String, Type> m = new LinkedHashMap<>();
            for (Decl.Field f : entity.fields()) {
                if (f instanceof Decl.PlainField p) {
                    m.put(p.name().name(), new QuietTypes(symbols).resolve(p.type()));
                } else if (f instanceof Decl.ManyField many) {
                    boolean known = entity(many.target().name()).isPresent();
                    m.put(many.name().name(), known ? new Type.ListOf(new Type.Entity(many.target().name())) : Type.ERROR);
                }
            }
            return m;
        });
    }

    Optional<Decl.EntityDecl> entity(String name) {
        return symbols.lookup(name).filter(Decl.EntityDecl.class::isInstance).map(Decl.EntityDecl.class::cast);
    }

    void use(Decl d) {
        usedGlobals.add(d.name().name());
        if (owner != null) {
            dependsOn.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(d.name().name());
        }
    }

    /** A type named in a declaration is a use, but not a dependency that could form a cycle. */
    private void useAsType(Decl d) {
        usedGlobals.add(d.name().name());
    }

    void useLocal(Ident declared) {
        usedLocals.add(declared);
    }

    boolean isUsed(String global) {
        return usedGlobals.contains(global);
    }

    boolean isUsedLocal(Ident declared) {
        return usedLocals.contains(declared);
    }

    /** Declarations checked from now on are recorded as dependencies of this one. */
    void setOwner(String name) {
        owner = name;
    }

    Map<String, Set<String>> dependencies() {
        return dependsOn;
    }

    /** Resolves types without reporting: entity fields are reported once, by the entity check. */
    private static final class QuietTypes {
        private final TypeResolver resolver;

        QuietTypes(Symbols symbols) {
            this.resolver = new TypeResolver(symbols, new Diagnostics(), d -> { });
        }

        Type resolve(org.cba.syntax.ast.TypeExpr t) {
            return resolver.resolve(t);
        }
    }
}
