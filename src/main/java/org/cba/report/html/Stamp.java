package org.cba.report.html;

import java.util.List;

/**
 * What every page of a report is stamped with, so a reader can tell exactly what produced it: the
 * contract (name, version, git revision or null), the SHA-256 of each spec file and each data file,
 * the as-of date, the readings chosen, the cba version, and one short digest of all of it.
 */
public record Stamp(String contract, String version, String revision, List<FileHash> specs, String data,
                    List<FileHash> dataFiles, String asOf, List<String> readings, String cbaVersion, String digest) {
    public Stamp {
        specs = List.copyOf(specs);
        dataFiles = List.copyOf(dataFiles);
        readings = List.copyOf(readings);
    }

    /** A file, named relative to its contract's or data's folder, and the SHA-256 of its bytes in hex. */
    public record FileHash(String path, String sha256) {
    }
}
