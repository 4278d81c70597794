package org.cba.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cba.source.Code;
import org.cba.source.Diagnostic;
import org.cba.source.SourceFile;
import org.cba.source.SourceReader;
import org.cba.source.Span;
import org.cba.syntax.Parsed;
import org.cba.syntax.Syntax;
import org.cba.syntax.ast.Import;
import org.cba.syntax.ast.Spec;

/**
 * Finds contracts on disk and loads their files. A contract is a folder holding agreement.cba;
 * its other files come in through {@code import}, which may not leave that folder (a spec is
 * data: it cannot read anything else). A .cba file outside any contract folder stands alone.
 */
public final class ContractLoader {
    public static final String ENTRY = "agreement.cba";

    private ContractLoader() {
    }

    /** The entry files to check for a path given on the command line, in a stable order. */
    public static List<Path> entriesFor(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(contractEntryContaining(path).orElse(path));
        }
        List<Path> agreements;
        try (Stream<Path> walk = Files.walk(path)) {
            agreements = walk.filter(p -> p.getFileName().toString().equals(ENTRY)).sorted().toList();
        }
        List<Path> loose;
        try (Stream<Path> walk = Files.walk(path)) {
            loose = walk.filter(p -> p.toString().endsWith(".cba") && Files.isRegularFile(p))
                    .filter(p -> contractEntryContaining(p).isEmpty()).sorted().toList();
        }
        List<Path> all = new ArrayList<>(agreements);
        all.addAll(loose);
        return all;
    }

    /** The agreement.cba of the nearest enclosing contract folder, if the file is in one. */
    static Optional<Path> contractEntryContaining(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(ENTRY))) {
                Path relative = abs.getParent().relativize(dir).resolve(ENTRY);
                return Optional.of(file.getParent() == null ? relative.normalize()
                        : file.getParent().resolve(relative).normalize());
            }
        }
        return Optional.empty();
    }

    public static Contract load(Path entry) {
        return load(entry, new java.util.HashSet<>());
    }

    private static Contract load(Path entry, java.util.Set<Path> visiting) {
        visiting.add(entry.toAbsolutePath().normalize());
        Path folder = entry.toAbsolutePath().normalize().getParent();
        String displayFolder = entry.getParent() == null ? "." : entry.getParent().toString();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<Path, Spec> loaded = new LinkedHashMap<>();
        Deque<Path> todo = new ArrayDeque<>();
        todo.add(entry.normalize());
        while (!todo.isEmpty()) {
            Path next = todo.removeFirst();
            Path key = next.toAbsolutePath().normalize();
            if (loaded.containsKey(key)) {
                continue;
            }
            Spec spec = parse(next, diagnostics);
            loaded.put(key, spec);
            for (Import imp : spec.imports()) {
                resolveImport(folder, next, imp, diagnostics).ifPresent(todo::add);
            }
            if (spec.header() != null && !next.equals(entry.normalize())) {
                diagnostics.add(Diagnostic.error(Code.E062, spec.header().span(),
                        "only the contract's " + ENTRY + " may start with an agreement header",
                        "move this header to " + ENTRY + ", or remove it"));
            }
        }
        List<Spec> files = new ArrayList<>(loaded.values());
        boolean parsedCleanly = diagnostics.stream().noneMatch(Diagnostic::isError);
        if (entry.getFileName().toString().equals(ENTRY) && parsedCleanly) {
            warnUnimported(folder, entry, loaded, diagnostics);
        }
        Spec first = files.get(0);
        String name = first.header() != null ? first.header().name() : entry.toString();
        Contract base = first.header() != null && first.header().base() != null
                ? base(entry, folder, first.header(), diagnostics, visiting) : null;
        return new Contract(folder, name.isEmpty() ? displayFolder : name, first.header(), files, diagnostics, base);
    }

    /**
     * The version this one amends: a sibling contract folder ("../existing"), so that versions of one
     * agreement sit side by side and nothing outside the agreement's folder is read.
     */
    private static Contract base(Path entry, Path folder, org.cba.syntax.ast.Header header, List<Diagnostic> diagnostics,
                                 java.util.Set<Path> visiting) {
        Path baseFolder = folder.resolve(header.base()).normalize();
        Path baseEntry = baseFolder.resolve(ENTRY);
        Path display = (entry.getParent() == null ? Path.of(header.base()) : entry.getParent().resolve(header.base())).normalize();
        String problem = null;
        if (!java.util.Objects.equals(baseFolder.getParent(), folder.getParent()) || baseFolder.equals(folder)) {
            problem = "\"" + header.base() + "\" is not a sibling folder: a version amends another version beside it, like \"../existing\"";
        } else if (!Files.isRegularFile(baseEntry)) {
            problem = "there is no contract in \"" + header.base() + "\" (no " + ENTRY + " in " + display + ")";
        } else if (visiting.contains(baseEntry.toAbsolutePath().normalize())) {
            problem = "\"" + header.base() + "\" amends this version in turn: versions cannot amend each other in a circle";
        }
        if (problem != null) {
            diagnostics.add(Diagnostic.error(Code.E063, header.span(), problem));
            return null;
        }
        return load(display.resolve(ENTRY), visiting);
    }

    private static Spec parse(Path path, List<Diagnostic> diagnostics) {
        String display = path.toString();
        SourceReader.Read read;
        try {
            read = SourceReader.read(path, display);
        } catch (IOException e) {
            SourceFile empty = new SourceFile(display, "");
            diagnostics.add(Diagnostic.error(Code.E003, new Span(empty, 0, 0), "cannot read this file: " + e.getMessage()));
            return new Spec(empty, new Span(empty, 0, 0), null, List.of(), List.of());
        }
        read.problem().ifPresent(diagnostics::add);
        Parsed parsed = Syntax.parse(read.file());
        diagnostics.addAll(parsed.diagnostics());
        return parsed.spec();
    }

    private static Optional<Path> resolveImport(Path folder, Path from, Import imp, List<Diagnostic> diagnostics) {
        Path target = (from.getParent() == null ? Path.of(imp.path()) : from.getParent().resolve(imp.path())).normalize();
        if (!imp.path().endsWith(".cba")) {
            diagnostics.add(Diagnostic.error(Code.E060, imp.span(), "only .cba spec files can be imported, not \"" + imp.path() + "\""));
            return Optional.empty();
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder) || !Files.exists(absolute) || !insideAfterLinks(folder, absolute)) {
            boolean outside = !absolute.startsWith(folder) || (Files.exists(absolute) && !insideAfterLinks(folder, absolute));
            diagnostics.add(outside
                    ? Diagnostic.error(Code.E061, imp.span(), "\"" + imp.path() + "\" is outside the contract folder",
                        "a contract can only import files in its own folder (" + folder.getFileName() + ")")
                    : Diagnostic.error(Code.E060, imp.span(), "there is no file \"" + imp.path() + "\" to import",
                        "looked for " + target));
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private static String firstLine(Path file) {
        try {
            return SourceReader.read(file, file.toString()).file().line(1);
        } catch (IOException e) {
            return "";
        }
    }

    /** Symbolic links must not lead out of the folder either. */
    private static boolean insideAfterLinks(Path folder, Path absolute) {
        try {
            return absolute.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static void warnUnimported(Path folder, Path entry, Map<Path, Spec> loaded, List<Diagnostic> diagnostics) {
        List<Path> strays;
        try (Stream<Path> walk = Files.walk(folder)) {
            strays = walk.filter(p -> p.toString().endsWith(".cba") && Files.isRegularFile(p))
                    .filter(p -> !loaded.containsKey(p.toAbsolutePath().normalize()))
                    .filter(p -> p.getParent().equals(folder) || !Files.exists(p.getParent().resolve(ENTRY)))
                    .sorted().toList();
        } catch (IOException e) {
            return;
        }
        for (Path stray : strays) {
            Path display = entry.getParent() == null ? folder.relativize(stray) : entry.getParent().resolve(folder.relativize(stray));
            SourceFile f = new SourceFile(display.toString(), firstLine(stray));
            diagnostics.add(Diagnostic.warning(Code.W003, new Span(f, 0, 0),
                    "this file is in the contract folder but no file imports it, so it is not checked",
                    "add  import \"" + folder.relativize(stray) + "\"  to " + ENTRY));
        }
    }
}
