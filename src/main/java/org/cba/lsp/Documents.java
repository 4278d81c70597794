package org.cba.lsp;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The documents the editor has open, by absolute normalized path: their text as typed, saved or
 * not. Checking reads these instead of the files on disk. The generation counts every change, so
 * an analysis can tell whether it is still current.
 */
final class Documents {
    private record Open(String uri, String text) {
    }

    private final Map<Path, Open> open = new ConcurrentHashMap<>();
    private final Map<String, String> byUri = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    void put(String uri, String text) {
        String t = text == null ? "" : text;
        byUri.put(uri, t);
        pathOf(uri).ifPresent(p -> open.put(p, new Open(uri, t)));
        generation.incrementAndGet();
    }

    /** Files changed on disk: every analysis made before is out of date. */
    void touch() {
        generation.incrementAndGet();
    }

    void close(String uri) {
        byUri.remove(uri);
        pathOf(uri).ifPresent(open::remove);
        generation.incrementAndGet();
    }

    /** The unsaved text of a file, or null when the editor does not have it open. */
    String unsaved(Path absolute) {
        Open o = open.get(absolute);
        return o == null ? null : o.text();
    }

    /** The text of a file: the editor's when open, else the file's on disk, else empty. */
    String text(Path absolute) {
        String t = unsaved(absolute);
        if (t != null) {
            return t;
        }
        try {
            return Files.readString(absolute, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The text of a document by its URI (any scheme): the editor's, else the file's, else empty. */
    String textOf(String uri) {
        String t = byUri.get(uri);
        return t != null ? t : pathOf(uri).map(this::text).orElse("");
    }

    boolean isOpen(Path absolute) {
        return open.containsKey(absolute);
    }

    java.util.Set<Path> openPaths() {
        return open.keySet();
    }

    long generation() {
        return generation.get();
    }

    /** The URI to report a file under: the editor's own spelling when it has the file open. */
    String uriOf(Path absolute) {
        Open o = open.get(absolute);
        return o != null ? o.uri() : absolute.toUri().toString();
    }

    /** The file a URI names; empty for URIs that are not files (an untitled buffer, say). */
    static Optional<Path> pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            if (!"file".equalsIgnoreCase(u.getScheme())) {
                return Optional.empty();
            }
            return Optional.of(Path.of(u).toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
