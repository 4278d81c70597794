package org.cba.lsp;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

/**
 * Diagnostics as you type: each change waits a moment for the next keystroke (debounce), then the
 * changed files' contracts are checked again, and so are the open versions that amend them.
 */
final class Refresher {
    static final long DEBOUNCE_MILLIS = 200;

    private final Workspace workspace;
    private final Problems problems;
    private final Worker worker;
    private final Set<Path> dirty = new LinkedHashSet<>();
    private ScheduledFuture<?> pending;

    Refresher(Workspace workspace, Problems problems, Worker worker) {
        this.workspace = workspace;
        this.problems = problems;
        this.worker = worker;
    }

    synchronized void changed(Path file) {
        dirty.add(file);
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.later("checking", DEBOUNCE_MILLIS, this::refresh);
    }

    private void refresh() {
        Set<Path> files;
        synchronized (this) {
            files = new LinkedHashSet<>(dirty);
            dirty.clear();
        }
        Set<Path> entries = new LinkedHashSet<>();
        files.forEach(f -> entries.add(Workspace.entryFor(f)));
        Set<Path> folders = new LinkedHashSet<>();
        entries.forEach(e -> folders.add(e.getParent()));
        for (Path known : workspace.knownEntries()) {
            if (amendsAny(known, folders) && hasOpenFile(known)) {
                entries.add(known);
            }
        }
        for (Path entry : entries) {
            Worker.safely("checking " + entry, null, () -> {
                publish(entry, files);
                return null;
            });
        }
    }

    private void publish(Path entry, Set<Path> changed) {
        Analysis a = workspace.analysis(entry);
        problems.publish(a);
        for (Path f : changed) {
            if (Workspace.entryFor(f).equals(entry) && !a.files().containsKey(f) && workspace.documents().isOpen(f)) {
                List<org.cba.source.Diagnostic> about = a.checked().diagnostics().stream()
                        .filter(d -> Analysis.pathOf(d.span().file()).equals(f)).toList();
                problems.publishAlone(f, workspace.documents().text(f), about);
            }
        }
    }

    /** Whether the contract at entry is, or amends (directly or not), a version in one of the folders. */
    private boolean amendsAny(Path entry, Set<Path> folders) {
        Analysis a = workspace.analysis(entry);
        for (Analysis v : a.chain()) {
            if (folders.contains(v.checked().contract().folder())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasOpenFile(Path entry) {
        return workspace.documents().openPaths().stream().anyMatch(p -> Workspace.entryFor(p).equals(entry));
    }
}
