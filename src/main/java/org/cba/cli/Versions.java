package org.cba.cli;

import java.io.IOException;
import org.cba.run.Contracts;
import org.cba.run.Failure;
import org.cba.run.Problem;

/** A version named on the command line (a folder, a file, or REV:path in git), opened and checked. */
final class Versions {
    private Versions() {
    }

    static Contracts.Version open(String arg) throws Failure, InterruptedException {
        VersionPaths.Resolved r;
        try {
            r = VersionPaths.resolve(arg);
        } catch (IOException e) {
            throw new Failure(Problem.usage("U001", "cannot read " + arg + ": " + e.getMessage()));
        }
        return Contracts.open(r.path(), r.shown());
    }
}
