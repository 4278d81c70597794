package org.cba.lsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cba.check.ContractLoader;
import org.cba.check.Contract;

/**
 * The contracts the editor works on: which contract a file belongs to, and its latest analysis,
 * made again only when a document changed since (unsaved text overrides the file on disk); the
 * versions it amends are checked again only when their own sources changed.
 */
final class Workspace {
    private final Documents documents;
    private final Map<Path, Analysis> analyses = new ConcurrentHashMap<>();
    private final Map<Path, Analysis> lastParsed = new ConcurrentHashMap<>();
    /** The last analysis of each version (by folder), kept for the proposals that amend it. */
    private final Map<Path, Analysis> versions = new ConcurrentHashMap<>();
    private final List<Path> roots = new ArrayList<>();

    Workspace(Documents documents) {
        this.documents = documents;
    }

    Documents documents() {
        return documents;
    }

    synchronized void addRoot(Path root) {
        roots.add(root);
    }

    synchronized List<Path> roots() {
        return List.copyOf(roots);
    }

    /** The entry file of the contract a file belongs to (its folder's agreement.cba), or the file itself when it is loose. */
    static Path entryFor(Path file) {
        try {
            List<Path> entries = ContractLoader.entriesFor(file);
            return entries.isEmpty() ? file : entries.get(0).toAbsolutePath().normalize();
        } catch (IOException | RuntimeException e) {
            return file;
        }
    }

    /** The current analysis of a file's contract, made now if a document changed since the last one. */
    Analysis analysisOf(Path file) {
        return analysis(entryFor(file));
    }

    Analysis analysis(Path entry) {
        long generation = documents.generation();
        Analysis known = analyses.get(entry);
        if (known != null && known.generation() == generation) {
            return known;
        }
        Contract contract = ContractLoader.load(entry, documents::unsaved);
        Analysis fresh = Analysis.of(contract, generation, this::unchangedVersion);
        analyses.put(entry, fresh);
        fresh.chain().forEach(v -> versions.put(v.checked().contract().folder(), v));
        if (contract.loadedCleanly()) {
            lastParsed.put(entry, fresh);
        }
        return fresh;
    }

    /** The last analysis of a version, when it was made from the same sources as this load of it. */
    private Analysis unchangedVersion(Contract version) {
        Analysis last = versions.get(version.folder());
        return last != null && Analysis.sameSources(last.checked().contract(), version) ? last : null;
    }

    /**
     * The latest analysis of the contract whose files all parsed: while a buffer is half typed the
     * current one knows no names, and completion still needs them.
     */
    Optional<Analysis> lastParsed(Path file) {
        return Optional.ofNullable(lastParsed.get(entryFor(file)));
    }

    /** The entries of the contracts known so far (analysed at least once). */
    List<Path> knownEntries() {
        return List.copyOf(analyses.keySet());
    }

    /** The entry files under the workspace's folders, for workspace symbols. */
    List<Path> entriesUnderRoots() {
        List<Path> out = new ArrayList<>();
        for (Path root : roots()) {
            try {
                for (Path e : ContractLoader.entriesFor(root)) {
                    out.add(e.toAbsolutePath().normalize());
                }
            } catch (IOException | RuntimeException e) {
                Log.warn("cannot list the contracts under " + root + ": " + e);
            }
        }
        return out;
    }
}
