package org.cba.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cba.check.Checked;
import org.cba.run.Contracts;
import org.cba.run.DataSets;
import org.cba.run.Failure;
import org.cba.data.DataException;
import org.cba.eval.Dataset;
import org.cba.gen.DistrictGenerator;

/**
 * The data every benchmark shares: districts made by gen-data with a fixed seed, written once to
 * bench/target/data as CSV and SQLite, and the contract. Paths are relative to the repository root.
 */
final class Districts {
    static final Path ENTRY = Path.of("contracts/lausd-utla/utla-2025-06-17/agreement.cba");
    static final Path PROFILE = Path.of("examples/generator/lausd-profile.json");
    static final LocalDate AS_OF = LocalDate.parse("2025-10-15");
    static final long SEED = 20251015L;

    private Districts() {
    }

    static Checked contract() {
        return Contracts.check(ENTRY);
    }

    /** The CSV folder of a district of this many schools, generated on first use. */
    static synchronized Path csv(int schools) throws IOException {
        Path dir = Path.of("bench/target/data/schools-" + schools);
        if (!Files.isDirectory(dir)) {
            DistrictGenerator g = DistrictGenerator.generate(PROFILE, schools, SEED);
            Path tmp = Path.of(dir + ".tmp");
            g.writeCsv(tmp);
            Files.move(tmp, dir);
        }
        return dir;
    }

    /** The same district as one SQLite file (every column TEXT, as cba convert writes it). */
    static synchronized Path sqlite(int schools) throws IOException, DataException {
        Path file = Path.of("bench/target/data/schools-" + schools + ".sqlite");
        if (!Files.exists(file)) {
            DistrictGenerator g = DistrictGenerator.generate(PROFILE, schools, SEED);
            g.writeSqlite(file);
        }
        return file;
    }

    static Dataset load(Checked checked, Path folder) throws Failure {
        return DataSets.bind(checked, folder.toString());
    }

    static List<String> tables() {
        return List.of("campuses", "calendars", "calendar", "schools", "staff", "sections", "section_days");
    }
}
