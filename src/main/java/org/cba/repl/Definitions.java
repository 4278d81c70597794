package org.cba.repl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.Contract;
import org.cba.check.ContractLoader;
import org.cba.run.Contracts;
import org.cba.run.Failure;
import org.cba.source.Code;
import org.cba.source.Diagnostic;
import org.cba.source.SourceFile;
import org.cba.source.Span;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Spec;

/**
 * The contract a session works in: the loaded one (or none) plus the declarations typed at the
 * prompt. A typed declaration with the name of one of the contract's replaces it (a what-if);
 * everything is checked together, exactly as if the typed declarations were one more file of
 * the contract. Immutable: every change returns a new value, so a change that does not check
 * leaves the session as it was.
 */
final class Definitions {
    /** A change: the new definitions (null when it was refused) and the diagnostics to show. */
    record Outcome(Definitions result, List<Diagnostic> diagnostics) {
        boolean ok() {
            return result != null;
        }
    }

    private final Path entry;
    private final Contract base;
    private final Map<String, Decl> typed;
    private final Checked checked;

    private Definitions(Path entry, Contract base, Map<String, Decl> typed, Checked checked) {
        this.entry = entry;
        this.base = base;
        this.typed = typed;
        this.checked = checked;
    }

    static Definitions none() {
        Contract empty = new Contract(Path.of("."), "no contract", null, List.of(), List.of());
        return new Definitions(null, empty, Map.of(), Checker.check(empty));
    }

    /** Loads and checks a contract on its own; refused when it has errors. */
    static Outcome load(Path path) throws Failure {
        Contract contract = ContractLoader.load(Contracts.entry(path, path.toString()));
        Checked checked = Checker.check(contract);
        if (!checked.ok()) {
            return new Outcome(null, checked.diagnostics().stream().filter(Diagnostic::isError).toList());
        }
        Contract flat = flatten(contract, checked);
        return new Outcome(new Definitions(path, flat, Map.of(), Checker.check(flat)), checked.diagnostics());
    }

    /**
     * A version that amends another, as one contract: the declarations in force, grouped by the
     * file each comes from, with no base left. Typed declarations then replace them like any other.
     */
    private static Contract flatten(Contract contract, Checked checked) {
        if (contract.base() == null) {
            return contract;
        }
        Map<SourceFile, List<Decl>> byFile = new java.util.LinkedHashMap<>();
        for (Decl d : checked.declarations()) {
            byFile.computeIfAbsent(d.span().file(), k -> new ArrayList<>()).add(d);
        }
        List<Spec> files = new ArrayList<>();
        byFile.forEach((f, decls) -> files.add(new Spec(f, new Span(f, 0, f.text().length()), null, List.of(), decls)));
        return new Contract(contract.folder(), contract.name(), contract.effectiveHeader(), files, contract.diagnostics());
    }

    /** These typed declarations over another contract: refused when they no longer check. */
    Outcome over(Definitions contract) {
        if (typed.isEmpty()) {
            return new Outcome(contract, List.of());
        }
        return contract.with(typed, null);
    }

    /** Adds a typed declaration, or replaces the one of the same name (the contract's or a typed one). */
    Outcome define(Decl d) {
        Map<String, Decl> next = new LinkedHashMap<>(typed);
        next.remove(key(d));
        next.put(key(d), d);
        return with(next, d.span().file());
    }

    Definitions reset() {
        return new Definitions(entry, base, Map.of(), Checker.check(base));
    }

    private Outcome with(Map<String, Decl> next, SourceFile current) {
        Checked c = Checker.check(merge(base, next.values()));
        Set<SourceFile> typedFiles = next.values().stream().map(d -> d.span().file()).collect(Collectors.toSet());
        List<Diagnostic> shown = new ArrayList<>();
        for (Diagnostic d : c.diagnostics()) {
            boolean typedHere = typedFiles.contains(d.span().file());
            if (typedHere && (d.code() == Code.E050 || d.code() == Code.W001)) {
                continue; // a typed definition needs no citation and need not be used yet
            }
            if (d.isError() || d.span().file() == current) {
                shown.add(d);
            }
        }
        boolean errors = shown.stream().anyMatch(Diagnostic::isError);
        return new Outcome(errors ? null : new Definitions(entry, base, java.util.Collections.unmodifiableMap(next), c), shown);
    }

    /** The contract's files without the declarations typed over, then one file per typed declaration. */
    private static Contract merge(Contract base, Collection<Decl> typed) {
        Set<String> replaced = typed.stream().map(Definitions::key).collect(Collectors.toSet());
        List<Spec> files = new ArrayList<>();
        for (Spec s : base.files()) {
            List<Decl> kept = s.decls().stream().filter(d -> !replaced.contains(key(d))).toList();
            files.add(new Spec(s.file(), s.span(), s.header(), s.imports(), kept));
        }
        for (Decl d : typed) {
            SourceFile f = d.span().file();
            files.add(new Spec(f, new Span(f, 0, f.text().length()), null, List.of(), List.of(d)));
        }
        return new Contract(base.folder(), base.name(), base.header(), files, base.diagnostics());
    }

    /** Units are named by their spelling, everything else by its name. */
    private static String key(Decl d) {
        return d instanceof Decl.UnitDecl u ? "unit " + u.singular().text() : d.name().name();
    }

    Checked checked() {
        return checked;
    }

    /** The path the contract was loaded from; null when none is loaded. */
    Path entry() {
        return entry;
    }

    boolean hasContract() {
        return entry != null;
    }

    Contract base() {
        return base;
    }

    /** The typed declarations, in the order they were last defined. */
    Collection<Decl> typed() {
        return typed.values();
    }

    boolean isTyped(Decl d) {
        return typed.containsValue(d);
    }

    /** The contract's own declaration of a name, when a typed one replaces it. */
    Optional<Decl> replaced(String name) {
        if (!typed.containsKey(name)) {
            return Optional.empty();
        }
        return base.files().stream().flatMap(s -> s.decls().stream()).filter(d -> key(d).equals(name)).findFirst();
    }

    /** All declarations in reading order: the contract's (typed ones in place of those they replace), then new typed ones. */
    List<Decl> all() {
        List<Decl> out = new ArrayList<>();
        for (Spec s : base.files()) {
            for (Decl d : s.decls()) {
                out.add(typed.getOrDefault(key(d), d));
            }
        }
        for (Decl d : typed.values()) {
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }
}
