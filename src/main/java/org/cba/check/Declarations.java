package org.cba.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.source.Code;
import org.cba.source.Diagnostics;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Spec;
import org.cba.syntax.ast.TypeExpr;

/**
 * The declarations in force in a version: its base version's, with this version's amendments
 * replacing theirs in place, its removals striking them, and its new declarations added. A
 * version without a base is just its own declarations.
 */
final class Declarations {
    private Declarations() {
    }

    static List<Decl> effective(Contract contract, Diagnostics diagnostics) {
        List<Decl> own = new ArrayList<>();
        for (Spec spec : contract.files()) {
            own.addAll(spec.decls());
        }
        if (contract.base() == null) {
            return standalone(own, diagnostics);
        }
        Map<String, Decl> byName = new LinkedHashMap<>();
        for (Decl d : effective(contract.base(), diagnostics)) {
            byName.put(d.name().name(), d);
        }
        for (Decl d : own) {
            apply(d, byName, diagnostics);
        }
        return new ArrayList<>(byName.values());
    }

    private static List<Decl> standalone(List<Decl> own, Diagnostics diagnostics) {
        List<Decl> out = new ArrayList<>();
        for (Decl d : own) {
            if (d instanceof Decl.Amendment || d instanceof Decl.Removal) {
                diagnostics.warning(Code.W006, d.name().span(), "this contract amends no other, so there is nothing to "
                        + (d instanceof Decl.Removal ? "remove" : "amend"), "add  amends \"../base-version\"  to the agreement header");
            }
            if (d instanceof Decl.Amendment a) {
                out.add(a.replacement());
            } else if (!(d instanceof Decl.Removal)) {
                out.add(d);
            }
        }
        return out;
    }

    private static void apply(Decl d, Map<String, Decl> byName, Diagnostics diagnostics) {
        String name = d.name().name();
        Decl old = byName.get(name);
        if (d instanceof Decl.Amendment a) {
            if (old == null) {
                diagnostics.error(Code.E080, d.name().span(), "the base version has no \"" + name + "\" to amend",
                        "to add something new, declare it without amend");
                return;
            }
            compatible(old, a.replacement(), diagnostics);
            byName.put(name, a.replacement());
        } else if (d instanceof Decl.Removal) {
            if (byName.remove(name) == null) {
                diagnostics.error(Code.E080, d.name().span(), "the base version has no \"" + name + "\" to remove");
            }
        } else if (old != null) {
            diagnostics.error(Code.E082, d.name().span(), "\"" + name + "\" is already in the base version (at " + old.name().span() + ")",
                    "write  amend " + d.kind() + " " + name + " ...  to change it");
        } else {
            byName.put(name, d);
        }
    }

    /** An amended term or table keeps its type and unit, so everything that uses it still makes sense. */
    private static void compatible(Decl old, Decl now, Diagnostics diagnostics) {
        if (!old.getClass().equals(now.getClass())) {
            diagnostics.error(Code.E081, now.name().span(), "\"" + now.name().name() + "\" is a " + old.kind()
                    + " in the base version; an amendment must be a " + old.kind() + " too");
        } else if (old instanceof Decl.TermDecl o && now instanceof Decl.TermDecl n) {
            String was = signature(o.params().stream().map(Decl.Param::type).toList(), o.type());
            String is = signature(n.params().stream().map(Decl.Param::type).toList(), n.type());
            if (!was.equals(is)) {
                diagnostics.error(Code.E081, n.type().span(), "the amendment changes \"" + n.name().name() + "\" from " + was + " to " + is,
                        "an amendment keeps the base's parameters and unit; declare a new term for a different quantity");
            }
        } else if (old instanceof Decl.TableDecl o && now instanceof Decl.TableDecl n) {
            String was = columns(o.keys()) + " -> " + columns(o.values());
            String is = columns(n.keys()) + " -> " + columns(n.values());
            boolean keepsValues = columns(n.values().subList(0, Math.min(o.values().size(), n.values().size())))
                    .equals(columns(o.values()));
            if (!columns(o.keys()).equals(columns(n.keys())) || !keepsValues) {
                diagnostics.error(Code.E081, n.name().span(), "the amendment changes the columns of \"" + n.name().name() + "\" from "
                        + was + " to " + is, "an amended table keeps its keys and value columns; it may add value columns after them");
            }
        }
    }

    private static String signature(List<TypeExpr> params, TypeExpr result) {
        String p = params.isEmpty() ? "" : "(" + String.join(", ", params.stream().map(TypeExpr::text).toList()) + ") ";
        return p + result.text();
    }

    private static String columns(List<Decl.Column> columns) {
        return "(" + String.join(", ", columns.stream().map(c -> c.name().name() + ": " + c.type().text()).toList()) + ")";
    }
}
