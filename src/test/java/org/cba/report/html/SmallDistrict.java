package org.cba.report.html;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.cba.run.Failure;
import org.cba.run.Reports;

/**
 * The report tests' district: the one-school district of the CLI transcripts
 * (src/test/resources/golden/cli/small-middle-school/run.t works its findings out by hand) under
 * the UTLA 2025-06-17 proposal, as of 2025-10-15.
 */
final class SmallDistrict {
    static final String CONTRACT = "contracts/lausd-utla/utla-2025-06-17";
    static final String DATA = "src/test/resources/golden/cli/small-middle-school";
    static final LocalDate AS_OF = LocalDate.of(2025, 10, 15);
    static final String RUN = "cba run " + CONTRACT + " --data " + DATA + " --as-of 2025-10-15";

    private SmallDistrict() {
    }

    static Reports.Made made(String data) throws Failure {
        return Reports.make(new Reports.Ask(Path.of(CONTRACT), CONTRACT, data, AS_OF, Map.of()), AS_OF);
    }

    static Pages pages(String data) throws Failure {
        Reports.Made m = made(data);
        return Pages.of(m.result().report(), m.version().checked(), m.data(), m.fingerprint().stamp(),
                "cba run " + CONTRACT + " --data " + data + " --as-of 2025-10-15");
    }

    static Path write(Path out) throws Failure, IOException {
        Reports.write(made(DATA), out);
        return out;
    }
}
