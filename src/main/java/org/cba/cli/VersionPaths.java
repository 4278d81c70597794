package org.cba.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a version named on the command line is: a folder or file as it is, or REV:path read from
 * git at that revision (the path's parent folder is taken out of git into a temporary folder, so
 * a version that amends its sibling finds it). No working-tree checkout is touched.
 */
final class VersionPaths {
    private VersionPaths() {
    }

    /** A resolved version: the path to read, and how to name it to people. */
    record Resolved(Path path, String shown) {
    }

    static Resolved resolve(String arg) throws IOException, InterruptedException {
        if (Files.exists(Path.of(arg)) || !arg.contains(":")) {
            return new Resolved(Path.of(arg), arg);
        }
        int colon = arg.indexOf(':');
        String rev = arg.substring(0, colon);
        Path path = Path.of(arg.substring(colon + 1)).normalize();
        String top = git(List.of("git", "rev-parse", "--show-toplevel")).strip();
        Path repo = Path.of(top);
        Path relative = repo.relativize(path.toAbsolutePath().normalize());
        Path family = relative.getParent() == null ? relative : relative.getParent();
        Path tmp = Files.createTempDirectory("cba-" + rev.replaceAll("[^A-Za-z0-9]", "_") + "-");
        tmp.toFile().deleteOnExit();
        Path tar = tmp.resolve("version.tar");
        git(List.of("git", "-C", top, "archive", "--format=tar", "-o", tar.toString(), rev, "--", family.toString()));
        run(List.of("tar", "-x", "-f", tar.toString(), "-C", tmp.toString()));
        Files.delete(tar);
        return new Resolved(tmp.resolve(relative.toString()), arg);
    }

    private static String git(List<String> command) throws IOException, InterruptedException {
        return run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command.subList(0, 2)) + " failed: " + out.strip());
        }
        return out;
    }
}
