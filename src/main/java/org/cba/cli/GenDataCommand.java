package org.cba.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cba.data.DataException;
import org.cba.gen.DistrictGenerator;
import org.cba.run.DataSets;
import org.cba.run.Failure;
import org.cba.run.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** cba gen-data: write a synthetic district of any size, shaped by a profile file. */
@Command(name = "gen-data", mixinStandardHelpOptions = true,
        description = {"Generate a made-up district of any size for testing and benchmarks.",
                "Schools, campuses, class sections, staff, the calendar and daily counts, and the other tables the profile's recipes "
                        + "describe, in the tables a contract reads.",
                "The profile file gives the district's shape and names the contract whose limits class sizes follow. "
                        + "The same profile, size and seed give the same files."},
        footer = {"", "See docs/gen-data.md for the profile and where its figures come from.",
                "Exit codes: 0 written, 2 usage, 3 the output could not be written."})
public final class GenDataCommand implements Callable<Integer> {
    enum Format { csv, sqlite }

    @Spec
    CommandSpec spec;

    @Option(names = "--schools", required = true, paramLabel = "N", description = "How many schools.")
    int schools;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 1).")
    long seed = 1;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder for CSV files, or the SQLite file to create (for --format sqlite, DIR/district.sqlite when DIR is a folder).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default) or sqlite.")
    Format format = Format.csv;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "The district's shape (default: " + BundledProfile.DEFAULT + ", or the copy inside cba when there is none here).")
    Path profile;

    @Override
    public Integer call() throws Failure {
        if (schools < 1) {
            throw new Failure(Problem.usage("U010", "--schools must be at least 1"));
        }
        if (profile != null || Files.isRegularFile(Path.of(BundledProfile.DEFAULT))) {
            return generate(profile != null ? profile : Path.of(BundledProfile.DEFAULT));
        }
        Path bundle = null;
        try {
            bundle = BundledProfile.extract();
            return generate(bundle.resolve(BundledProfile.DEFAULT));
        } catch (IOException e) {
            throw new Failure(Problem.usage("U010", "cannot read the bundled profile: " + e.getMessage()));
        } finally {
            if (bundle != null) {
                try {
                    org.cba.run.VersionPaths.deleteTree(bundle);
                } catch (IOException ignored) {
                    // a temporary folder left behind is harmless; the district was written (or the error said)
                }
            }
        }
    }

    private int generate(Path profileFile) throws Failure {
        if (!Files.isRegularFile(profileFile)) {
            throw new Failure(Problem.usage("U010", "no profile file " + profileFile + " (give one with --profile)"));
        }
        DistrictGenerator g;
        try {
            g = DistrictGenerator.generate(profileFile, schools, seed);
        } catch (IllegalArgumentException | IOException e) {
            throw new Failure(Problem.usage("U010", e.getMessage()));
        }
        summary(g.summary(), write(g));
        return ExitCode.OK.code();
    }

    /** Writes the district as asked; the path written (a folder, or the SQLite file). */
    private Path write(DistrictGenerator g) throws Failure {
        Path written = format == Format.sqlite && Files.isDirectory(out) ? out.resolve("district.sqlite") : out;
        try {
            if (format == Format.sqlite) {
                g.writeSqlite(written);
            } else {
                g.writeCsv(out);
            }
        } catch (DataException e) {
            throw DataSets.failure(e);
        } catch (IOException e) {
            throw new Failure(Problem.usage("U011", "cannot write " + out + ": " + e.getMessage()));
        }
        return written;
    }

    private void summary(DistrictGenerator.Summary s, Path written) {
        spec.commandLine().getOut().printf(Locale.ROOT,
                "wrote %s: %,d schools on %,d campuses, %,d students, %,d sections (%,d of %,d with a limit over it, %.1f%%),"
                        + " %,d staff, %,d daily rows%s%n",
                written, s.units(), s.sites(), s.students(), s.groups(), s.overLimit(), s.limitedGroups(),
                s.limitedGroups() == 0 ? 0.0 : 100.0 * s.overLimit() / s.limitedGroups(), s.staff(), s.dailyRows(),
                s.extraTables() == 0 ? "" : String.format(Locale.ROOT, ", and %,d more tables of %,d rows", s.extraTables(), s.extraRows()));
    }
}
