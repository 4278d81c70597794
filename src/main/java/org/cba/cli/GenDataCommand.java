package org.cba.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cba.data.DataException;
import org.cba.gen.DistrictGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** cba gen-data: write a synthetic district of any size, shaped by a profile file. */
@Command(name = "gen-data", mixinStandardHelpOptions = true,
        description = {"Generate a made-up district of any size for testing and benchmarks: schools, campuses,",
                "class sections, staff, the calendar and daily counts, and the other tables the profile's recipes",
                "describe, in the tables a contract reads.",
                "The profile file gives the district's shape and names the contract whose limits class sizes follow.",
                "The same profile, size and seed give the same files."},
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

    @Option(names = "--profile", paramLabel = "FILE", description = "The district's shape (default: ${DEFAULT-VALUE}).")
    Path profile = Path.of("examples/generator/lausd-profile.json");

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(profile)) {
            err.println("cba gen-data: no profile file " + profile + " (give one with --profile)");
            return ExitCode.USAGE.code();
        }
        if (schools < 1) {
            err.println("cba gen-data: --schools must be at least 1");
            return ExitCode.USAGE.code();
        }
        DistrictGenerator g;
        try {
            g = DistrictGenerator.generate(profile, schools, seed);
        } catch (IllegalArgumentException | IOException e) {
            err.println("cba gen-data: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Path written = out;
        try {
            if (format == Format.sqlite) {
                if (Files.isDirectory(out)) {
                    written = out.resolve("district.sqlite");
                }
                g.writeSqlite(written);
            } else {
                g.writeCsv(out);
            }
        } catch (DataException e) {
            err.print(org.cba.run.DataSets.failure(e).render("cba gen-data"));
            return ExitCode.DATA_ERRORS.code();
        } catch (IOException e) {
            err.println("cba gen-data: cannot write " + out + ": " + e.getMessage());
            return ExitCode.DATA_ERRORS.code();
        }
        DistrictGenerator.Summary s = g.summary();
        spec.commandLine().getOut().printf(Locale.ROOT,
                "wrote %s: %,d schools on %,d campuses, %,d students, %,d sections (%,d of %,d with a limit over it, %.1f%%),"
                        + " %,d staff, %,d daily rows%s%n",
                written, s.units(), s.sites(), s.students(), s.groups(), s.overLimit(), s.limitedGroups(),
                s.limitedGroups() == 0 ? 0.0 : 100.0 * s.overLimit() / s.limitedGroups(), s.staff(), s.dailyRows(),
                s.extraTables() == 0 ? "" : String.format(Locale.ROOT, ", and %,d more tables of %,d rows", s.extraTables(), s.extraRows()));
        return ExitCode.OK.code();
    }
}
