package org.cba.run;

import org.cba.check.Checked;
import org.cba.data.DataException;
import org.cba.data.DataProblem;
import org.cba.data.DataSource;
import org.cba.eval.DataBinder;
import org.cba.eval.Dataset;

/** Opening a district's data and binding it to a contract's schema, or the data problems that stop it. */
public final class DataSets {
    private DataSets() {
    }

    /** source: a folder of CSV files, a .json or SQLite file, or a jdbc: URL (docs/data.md). */
    public static Dataset bind(Checked checked, String source) throws Failure {
        try (DataSource data = DataSource.open(source)) {
            return DataBinder.bind(checked, data);
        } catch (DataException e) {
            throw failure(e);
        }
    }

    /** Data problems met while reading the data for some other purpose (a copy), as a failure. */
    public static Failure failure(DataException e) {
        return new Failure(e.problems().stream().map(DataSets::problem).toList());
    }

    private static Problem problem(DataProblem p) {
        return new Problem("", Stage.DATA, p.describe(), java.util.List.of());
    }
}
