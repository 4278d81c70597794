package org.cba.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.Contract;
import org.cba.source.SourceFile;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Spec;

/**
 * One contract as the editor last saw it, checked by cba's own checker, with the version it
 * amends analysed the same way, and every meaningful place of its files indexed by file.
 */
final class Analysis {
    private final Checked checked;
    private final Analysis base;
    private final long generation;
    private final Map<Path, List<Node>> nodesByFile = new HashMap<>();
    private final Map<Path, SourceFile> files = new HashMap<>();
    private final Map<Decl, List<Node>> byOwner = new IdentityHashMap<>();
    private final Map<Class<?>, Object> worked = new HashMap<>();

    private Analysis(Checked checked, Analysis base, long generation) {
        this.checked = checked;
        this.base = base;
        this.generation = generation;
        for (Spec spec : checked.contract().files()) {
            files.put(pathOf(spec.file()), spec.file());
        }
        for (Node n : Walker.nodes(walked(checked))) {
            nodesByFile.computeIfAbsent(pathOf(n.span().file()), k -> new ArrayList<>()).add(n);
            if (n.owner() != null) {
                byOwner.computeIfAbsent(n.owner(), k -> new ArrayList<>()).add(n);
            }
        }
        nodesByFile.values().forEach(l -> l.sort(Comparator.comparingInt((Node n) -> n.span().start())));
    }

    static Analysis of(Contract contract, long generation) {
        return of(contract, generation, version -> null);
    }

    /**
     * Like {@link #of(Contract, long)}, but the version amended (and the one it amends ...) is
     * taken from {@code known} when that has an analysis of the same sources: while a proposal is
     * typed, the version it amends is not checked again at each keystroke.
     */
    static Analysis of(Contract contract, long generation, Function<Contract, Analysis> known) {
        Analysis base = null;
        if (contract.base() != null) {
            base = known.apply(contract.base());
            if (base == null) {
                base = of(contract.base(), generation, known);
            }
        }
        return new Analysis(Checker.check(contract), base, generation);
    }

    /**
     * Whether two loads of a version read the same: the same files with the same text, the same
     * problems found while loading, and the same versions amended. The checker's result depends on
     * nothing else, so an analysis of one serves for the other.
     */
    static boolean sameSources(Contract a, Contract b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (!a.folder().equals(b.folder()) || a.files().size() != b.files().size()
                || !loadProblems(a).equals(loadProblems(b))) {
            return false;
        }
        for (int i = 0; i < a.files().size(); i++) {
            SourceFile fa = a.files().get(i).file();
            SourceFile fb = b.files().get(i).file();
            if (!fa.name().equals(fb.name()) || !fa.text().equals(fb.text())) {
                return false;
            }
        }
        return sameSources(a.base(), b.base());
    }

    private static List<String> loadProblems(Contract c) {
        return c.diagnostics().stream().map(d -> d.code() + " " + d.span().file().name() + ":" + d.span().start() + "-"
                + d.span().end() + " " + d.message() + " " + d.hints()).toList();
    }

    /** The declarations in force and this version's own (amendments, removals, duplicates), each once. */
    private static List<Decl> walked(Checked checked) {
        Set<Decl> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Decl> out = new ArrayList<>();
        for (Decl d : checked.declarations()) {
            if (seen.add(d)) {
                out.add(d);
            }
        }
        for (Spec spec : checked.contract().files()) {
            for (Decl d : spec.decls()) {
                Decl inner = d instanceof Decl.Amendment a ? a.replacement() : d;
                if (seen.add(inner)) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    static Path pathOf(SourceFile file) {
        try {
            return Path.of(file.name()).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return Path.of("/").resolve("unnamed");
        }
    }

    Checked checked() {
        return checked;
    }

    /**
     * What a feature works out from this analysis's contract, made at the first request and kept.
     * Not Checked.derived: that is a ConcurrentHashMap's computeIfAbsent, which must not be entered
     * again while it computes, and running examples derives the evaluator's code from the same
     * contract (an IllegalStateException whenever the two kinds' hashes share a bin).
     */
    synchronized <T> T worked(Class<T> kind, Function<Checked, T> make) {
        Object known = worked.get(kind);
        if (known == null) {
            known = make.apply(checked);
            worked.put(kind, known);
        }
        return kind.cast(known);
    }

    /** The analysis of the version this one amends, or null. */
    Analysis base() {
        return base;
    }

    long generation() {
        return generation;
    }

    /** This version's own files (not its base's). */
    Map<Path, SourceFile> files() {
        return files;
    }

    /** This analysis and its bases, newest first. */
    List<Analysis> chain() {
        List<Analysis> out = new ArrayList<>();
        for (Analysis a = this; a != null; a = a.base) {
            out.add(a);
        }
        return out;
    }

    List<Node> nodes(Path file) {
        return nodesByFile.getOrDefault(file, List.of());
    }

    /** The nodes inside a declaration. */
    List<Node> nodesOf(Decl owner) {
        return byOwner.getOrDefault(owner, List.of());
    }

    /** Every file that has nodes here: this version's files and the base files whose declarations are in force. */
    Set<Path> indexedFiles() {
        return new LinkedHashSet<>(nodesByFile.keySet());
    }

    /**
     * {@link #at(Path, int)} for many offsets of a file taken in increasing order, as highlighting
     * takes a file's words: in time linear in the file's nodes rather than nodes times offsets.
     */
    Sweep sweep(Path file) {
        return new Sweep(nodes(file));
    }

    /** See {@link #sweep(Path)}. The same node as {@code at} for each offset, ties included. */
    static final class Sweep {
        private final List<Node> nodes; // by start, as at() goes through them
        private final List<Node> open = new ArrayList<>(); // started at or before the offset, in that order
        private int next;
        private int last = Integer.MIN_VALUE;

        private Sweep(List<Node> nodes) {
            this.nodes = nodes;
        }

        Optional<Node> at(int offset) {
            if (offset < last) {
                throw new IllegalArgumentException("a sweep's offsets go forward: " + offset + " after " + last);
            }
            last = offset;
            while (next < nodes.size() && nodes.get(next).span().start() <= offset) {
                open.add(nodes.get(next++));
            }
            open.removeIf(n -> n.span().end() < offset); // later offsets are past it too
            Node best = null;
            for (Node n : open) {
                if (best == null || n.span().end() - n.span().start() < best.span().end() - best.span().start()) {
                    best = n;
                }
            }
            return Optional.ofNullable(best);
        }
    }

    /** The innermost node at an offset of a file (a word's end counts as inside it, as editors place the caret). */
    Optional<Node> at(Path file, int offset) {
        Node best = null;
        for (Node n : nodes(file)) {
            if (n.span().start() <= offset && offset <= n.span().end()
                    && (best == null || n.span().end() - n.span().start() < best.span().end() - best.span().start())) {
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }
}
