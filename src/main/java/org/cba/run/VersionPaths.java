package org.cba.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a version named on the command line is: a folder or file as it is, or REV:path read from
 * git at that revision (the path's parent folder is taken out of git into a temporary folder, so
 * a version that amends its sibling finds it). No working-tree checkout is touched.
 *
 * <p>REV comes from the command line, so it is never handed to git where an option could be: it
 * may not start with "-", git must know it as a commit, and only the commit id git answers is
 * passed on.
 */
public final class VersionPaths {
    private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{40,64}");

    private VersionPaths() {
    }

    /** A resolved version: the path to read, how to name it to people, and the temporary folder to remove (or null). */
    public record Resolved(Path path, String shown, Path temporary) implements AutoCloseable {
        /** Removes the folder taken out of git, if there is one. */
        @Override
        public void close() throws IOException {
            if (temporary != null) {
                deleteTree(temporary);
            }
        }
    }

    public static Resolved resolve(String arg) throws IOException, InterruptedException {
        return resolve(arg, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** As {@link #resolve(String)}, with a revision's files taken out into a new folder under tempParent. */
    static Resolved resolve(String arg, Path tempParent) throws IOException, InterruptedException {
        if (existsAsFile(arg) || !arg.contains(":")) {
            return new Resolved(pathOf(arg), arg, null);
        }
        int colon = arg.indexOf(':');
        String commit = commit(arg.substring(0, colon));
        Path path = pathOf(arg.substring(colon + 1)).normalize();
        String top = run(List.of("git", "rev-parse", "--show-toplevel")).strip();
        Path relative = Path.of(top).relativize(path.toAbsolutePath().normalize());
        Path family = relative.getParent() == null ? relative : relative.getParent();
        Path tmp = Files.createTempDirectory(tempParent, "cba-" + commit.substring(0, 12) + "-");
        try {
            Path tar = tmp.resolve("version.tar");
            run(List.of("git", "-C", top, "archive", "--format=tar", "-o", tar.toString(), commit, "--", family.toString()));
            run(List.of("tar", "-x", "-f", tar.toString(), "-C", tmp.toString()));
            Files.delete(tar);
        } catch (IOException | InterruptedException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
        return new Resolved(tmp.resolve(relative.toString()), arg, tmp);
    }

    /** The commit id of a revision typed by a user; an IOException (a usage error) when it is not one. */
    static String commit(String rev) throws IOException, InterruptedException {
        if (rev.isEmpty() || rev.startsWith("-")) {
            throw new IOException("\"" + rev + "\" is not a git revision (write REV:path, e.g. HEAD~1:contracts/lausd-utla)");
        }
        String id;
        try {
            String out = run(List.of("git", "rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}")).strip();
            id = out.substring(out.lastIndexOf('\n') + 1); // after any warning git printed
        } catch (IOException e) {
            throw new IOException("git knows no commit \"" + rev + "\"");
        }
        if (!COMMIT_ID.matcher(id).matches()) {
            throw new IOException("git knows no commit \"" + rev + "\"");
        }
        return id;
    }

    private static boolean existsAsFile(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static Path pathOf(String text) throws IOException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IOException("not a file name: " + text.replace('\0', '?'));
        }
    }

    /** Deletes a folder and everything in it; links are removed, never followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command.subList(0, 2)) + " failed: " + out.strip());
        }
        return out;
    }
}
