package org.cba.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.cba.check.Contract;
import org.cba.report.html.Stamp;
import org.cba.syntax.ast.Spec;

/** SHA-256 of the files a run reads: a contract's spec files (its base's too) and the data's files. */
final class Hashes {
    private Hashes() {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    /**
     * Each spec file of a contract and of the versions it amends, named relative to the folder that
     * holds the agreement's versions ("utla-2025-06-17/agreement.cba", "existing/article-18.cba"),
     * so the names do not depend on where the agreement sits.
     */
    static List<Stamp.FileHash> specs(Contract contract) throws IOException {
        List<Stamp.FileHash> out = new ArrayList<>();
        Path folder = contract.folder().toAbsolutePath().normalize();
        Path root = folder.getParent() == null ? folder : folder.getParent();
        for (Contract c = contract; c != null; c = c.base()) {
            for (Spec spec : c.files()) {
                Path file = Path.of(spec.file().name()).toAbsolutePath().normalize();
                String name = file.startsWith(root) ? root.relativize(file).toString() : file.toString();
                if (Files.isRegularFile(file) && out.stream().noneMatch(h -> h.path().equals(name))) {
                    out.add(new Stamp.FileHash(name, sha256(file)));
                }
            }
        }
        return out;
    }

    /**
     * The data's files: every .csv file of a CSV folder, or the one .json or SQLite file, each by its
     * name in the folder; none for a jdbc: URL, whose database cba cannot hash.
     */
    static List<Stamp.FileHash> data(String source) throws IOException {
        if (source.startsWith("jdbc:")) {
            return List.of();
        }
        Path path = Path.of(source);
        if (Files.isRegularFile(path)) {
            return List.of(new Stamp.FileHash(path.getFileName().toString(), sha256(path)));
        }
        List<Stamp.FileHash> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(path)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".csv") && Files.isRegularFile(p)).sorted().toList()) {
                out.add(new Stamp.FileHash(f.getFileName().toString(), sha256(f)));
            }
        }
        return out;
    }

    /** The data source as an absolute path, to run it again from anywhere; a jdbc: URL as it is. */
    static String absolute(String source) {
        return source.startsWith("jdbc:") ? source : Path.of(source).toAbsolutePath().normalize().toString();
    }
}
