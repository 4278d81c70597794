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
import java.util.function.Function;
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
        if (!Files.isDirectory(path)) { // a pipe or link named here is refused by load, with a message
            return List.of(contractEntryContaining(path).orElse(path));
        }
        List<Path> agreements;
        try (Stream<Path> walk = Files.walk(path)) {
            agreements = walk.filter(p -> p.getFileName().toString().equals(ENTRY)).sorted().toList();
        }
        List<Path> loose;
        try (Stream<Path> walk = Files.walk(path)) {
            loose = walk.filter(p -> p.toString().endsWith(".cba") && !Files.isDirectory(p))
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
        return load(entry, path -> null);
    }

    /**
     * Loads a contract reading some files from memory instead of disk: an editor's unsaved text,
     * given by {@code unsaved} for a file's absolute, normalized path (null: read the file).
     */
    public static Contract load(Path entry, Function<Path, String> unsaved) {
        return load(entry, new java.util.HashSet<>(), unsaved);
    }

    private static Contract load(Path entry, java.util.Set<Path> visiting, Function<Path, String> unsaved) {
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
            Spec spec = next.equals(entry.normalize()) ? parseEntry(next, folder, diagnostics, unsaved)
                    : parse(next, diagnostics, unsaved);
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
                ? base(entry, folder, first.header(), diagnostics, visiting, unsaved) : null;
        return new Contract(folder, name.isEmpty() ? displayFolder : name, first.header(), files, diagnostics, base);
    }

    /**
     * The version this one amends: a sibling contract folder ("../existing"), so that versions of one
     * agreement sit side by side and nothing outside the agreement's folder is read.
     */
    private static Contract base(Path entry, Path folder, org.cba.syntax.ast.Header header, List<Diagnostic> diagnostics,
                                 java.util.Set<Path> visiting, Function<Path, String> unsaved) {
        Optional<Path> named = SpecFiles.resolve(folder, header.base());
        if (named.isEmpty()) {
            diagnostics.add(Diagnostic.error(Code.E063, header.span(), "this amends names no folder a file system can have"));
            return null;
        }
        Path baseFolder = named.get().normalize();
        Path baseEntry = baseFolder.resolve(ENTRY);
        Path display = SpecFiles.resolve(entry.getParent(), header.base()).orElseThrow().normalize();
        String problem = null;
        if (!java.util.Objects.equals(baseFolder.getParent(), folder.getParent()) || baseFolder.equals(folder)) {
            problem = "\"" + header.base() + "\" is not a sibling folder: a version amends another version beside it, like \"../existing\"";
        } else if (!Files.isRegularFile(baseEntry)) {
            problem = "there is no contract in \"" + header.base() + "\" (no " + ENTRY + " in " + display + ")";
        } else if (!SpecFiles.insideAfterLinks(folder.getParent(), baseFolder)) {
            problem = "\"" + header.base() + "\" is a link to a folder outside " + folder.getParent().getFileName()
                    + ": a version amends only a version beside it, so cba does not read it";
        } else if (visiting.contains(baseEntry.toAbsolutePath().normalize())) {
            problem = "\"" + header.base() + "\" amends this version in turn: versions cannot amend each other in a circle";
        }
        if (problem != null) {
            diagnostics.add(Diagnostic.error(Code.E063, header.span(), problem));
            return null;
        }
        return load(display.resolve(ENTRY), visiting, unsaved);
    }

    /** The entry file is parsed as any other, unless it is no regular file or a link out of its folder. */
    private static Spec parseEntry(Path entry, Path folder, List<Diagnostic> diagnostics,
                                   Function<Path, String> unsaved) {
        Optional<Diagnostic> refused = SpecFiles.refusal(entry, folder, entry.toString());
        if (refused.isPresent()) {
            diagnostics.add(refused.get());
            SourceFile file = refused.get().span().file();
            return new Spec(file, new Span(file, 0, 0), null, List.of(), List.of());
        }
        return parse(entry, diagnostics, unsaved);
    }

    private static Spec parse(Path path, List<Diagnostic> diagnostics, Function<Path, String> unsaved) {
        String display = path.toString();
        String inMemory = unsaved.apply(path.toAbsolutePath().normalize());
        SourceReader.Read read;
        try {
            read = inMemory != null ? new SourceReader.Read(new SourceFile(display, inMemory), Optional.empty())
                    : SourceReader.read(path, display);
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
        Optional<Path> named = SpecFiles.resolve(from.getParent(), imp.path());
        if (named.isEmpty()) {
            diagnostics.add(Diagnostic.error(Code.E060, imp.span(), "this import names no file a file system can have",
                    "a file name cannot hold control characters such as NUL"));
            return Optional.empty();
        }
        Path target = named.get().normalize();
        if (!imp.path().endsWith(".cba")) {
            diagnostics.add(Diagnostic.error(Code.E060, imp.span(), "only .cba spec files can be imported, not \"" + imp.path() + "\""));
            return Optional.empty();
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder) || !Files.exists(absolute) || !SpecFiles.insideAfterLinks(folder, absolute)) {
            boolean outside = !absolute.startsWith(folder) || (Files.exists(absolute) && !SpecFiles.insideAfterLinks(folder, absolute));
            diagnostics.add(outside
                    ? Diagnostic.error(Code.E061, imp.span(), "\"" + imp.path() + "\" is outside the contract folder",
                        "a contract can only import files in its own folder (" + folder.getFileName() + ")")
                    : Diagnostic.error(Code.E060, imp.span(), "there is no file \"" + imp.path() + "\" to import",
                        "looked for " + target));
            return Optional.empty();
        }
        Optional<String> notRegular = SpecFiles.notRegular(absolute);
        if (notRegular.isPresent()) {
            diagnostics.add(Diagnostic.error(Code.E003, imp.span(), "\"" + imp.path() + "\" is not a regular file ("
                    + notRegular.get() + "), so cba does not read it", "a spec is a plain text file"));
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /**
     * Files in the folder that nothing imports are not checked, so they get a warning, unless they
     * could not be a spec at all (not UTF-8 text, binary, not a regular file, a link out of the
     * folder): that is an error, so it cannot pass unnoticed.
     */
    private static void warnUnimported(Path folder, Path entry, Map<Path, Spec> loaded, List<Diagnostic> diagnostics) {
        List<Path> strays;
        try (Stream<Path> walk = Files.walk(folder)) {
            strays = walk.filter(p -> p.toString().endsWith(".cba") && !Files.isDirectory(p))
                    .filter(p -> !loaded.containsKey(p.toAbsolutePath().normalize()))
                    .filter(p -> p.getParent().equals(folder) || !Files.exists(p.getParent().resolve(ENTRY)))
                    .sorted().toList();
        } catch (IOException e) {
            return;
        }
        for (Path stray : strays) {
            Path display = entry.getParent() == null ? folder.relativize(stray) : entry.getParent().resolve(folder.relativize(stray));
            diagnostics.add(stray(stray, folder, display.toString(), "add  import \"" + folder.relativize(stray) + "\"  to " + ENTRY));
        }
    }

    /** The warning that a stray is not checked, or the error that it cannot be a spec at all. */
    private static Diagnostic stray(Path stray, Path folder, String display, String hint) {
        Optional<Diagnostic> refused = SpecFiles.refusal(stray, folder, display);
        if (refused.isPresent()) {
            return refused.get();
        }
        SourceReader.Read read;
        try {
            read = SourceReader.read(stray, display);
        } catch (IOException e) {
            SourceFile empty = new SourceFile(display, "");
            return Diagnostic.error(Code.E003, new Span(empty, 0, 0), "cannot read this file: " + e.getMessage());
        }
        if (read.problem().isPresent()) {
            return read.problem().get();
        }
        int nul = read.file().text().indexOf('\0');
        if (nul >= 0) {
            return Diagnostic.error(Code.E003, new Span(read.file(), nul, nul + 1),
                    "this file holds binary data (a NUL byte), not spec text", "a spec is a plain text file");
        }
        SourceFile firstLine = new SourceFile(display, read.file().line(1));
        return Diagnostic.warning(Code.W003, new Span(firstLine, 0, 0),
                "this file is in the contract folder but no file imports it, so it is not checked", hint);
    }
}
