package org.cba.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cba.source.Code;
import org.cba.source.Diagnostics;
import org.cba.syntax.ast.Decl;

/**
 * The contract's global names: one namespace for every declaration across its files (so a name
 * means one thing everywhere), plus an index of enum members for bare member names.
 */
public final class Symbols {
    private final Map<String, Decl> decls = new LinkedHashMap<>();
    private final Map<String, List<Decl.EnumDecl>> enumsByMember = new HashMap<>();
    private final Units units = new Units();

    static Symbols collect(List<Decl> decls, Diagnostics diagnostics) {
        Symbols s = new Symbols();
        for (Decl d : decls) {
            s.add(d, diagnostics);
        }
        return s;
    }

    private void add(Decl d, Diagnostics diagnostics) {
        if (d instanceof Decl.UnitDecl u) {
            if (!units.declare(u.singular().text(), u.plural().text(), u.counted())) {
                boolean builtIn = new Units().lookup(u.singular().text()).isPresent() || new Units().lookup(u.plural().text()).isPresent();
                diagnostics.error(Code.E011, u.span(), "the unit \"" + u.singular().text() + "\" is already defined"
                        + (builtIn ? ": it is built into cba" : ""), builtIn ? "use it without declaring it" : "give this unit another name");
            }
            return;
        }
        String name = d.name().name();
        Decl previous = decls.putIfAbsent(name, d);
        if (previous != null) {
            diagnostics.error(Code.E011, d.name().span(), "\"" + name + "\" is already defined, as a " + previous.kind()
                    + " at " + previous.name().span(), "give one of them another name");
            return;
        }
        if (d instanceof Decl.EnumDecl e) {
            for (Decl.EnumMember m : e.members()) {
                enumsByMember.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    public Optional<Decl> lookup(String name) {
        return Optional.ofNullable(decls.get(name));
    }

    public List<Decl.EnumDecl> enumsWithMember(String member) {
        return enumsByMember.getOrDefault(member, List.of());
    }

    public Units units() {
        return units;
    }

    public Iterable<Decl> all() {
        return decls.values();
    }

    public java.util.Set<String> names() {
        return decls.keySet();
    }
}
