package org.cba.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * gen-data's default profile when the command runs away from a clone: the jar carries the profile
 * files and the contract they name, laid out as in the repository (examples/generator beside
 * contracts/), so the profile's relative contract path works once they are copied to a temporary
 * folder. The caller deletes that folder.
 */
final class BundledProfile {
    /** Where the build puts the bundle inside the jar (see pom.xml). */
    private static final String ROOT = "/org/cba/gen/bundle";
    /** The default profile inside the bundle, relative to its root. */
    static final String DEFAULT = "examples/generator/lausd-profile.json";

    private BundledProfile() {
    }

    /** Copies the bundle into a new temporary folder; the folder (the profile is {@link #DEFAULT} in it). */
    static Path extract() throws IOException {
        URI root;
        try {
            java.net.URL url = BundledProfile.class.getResource(ROOT);
            if (url == null) {
                throw new IOException("this cba was built without its bundled generator profile");
            }
            root = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e.getMessage(), e);
        }
        Path temp = Files.createTempDirectory("cba-profile");
        if (root.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
                copy(jar.getPath(ROOT), temp);
            }
        } else {
            copy(Path.of(root), temp);
        }
        return temp;
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            try (InputStream in = Files.newInputStream(f)) {
                Files.copy(in, target);
            }
        }
    }
}
