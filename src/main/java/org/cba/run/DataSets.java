package org.cba.run;

import java.util.Set;
import org.cba.check.Checked;
import org.cba.data.DataException;
import org.cba.data.DataProblem;
import org.cba.data.DataSource;
import org.cba.eval.DataBinder;
import org.cba.eval.Dataset;
import org.cba.eval.Reads;

/** Opening a district's data and binding it to a contract's schema, or the data problems that stop it. */
public final class DataSets {
    private DataSets() {
    }

    /** source: a folder of CSV files, a .json or SQLite file, or a jdbc: URL (docs/data.md). Every table must be there. */
    public static Dataset bind(Checked checked, String source) throws Failure {
        return bind(checked, source, Set.of());
    }

    /**
     * As {@link #bind(Checked, String)}, with the tables (or entities) named in allowMissing allowed
     * to be absent: their entities then have no rows, and reports say which rules that touches.
     */
    public static Dataset bind(Checked checked, String source, Set<String> allowMissing) throws Failure {
        return bind(checked, source, allowMissing, null);
    }

    /** As {@link #bind(Checked, String, Set)}, the data seen through a mapping file (null: none; docs/data.md). */
    public static Dataset bind(Checked checked, String source, Set<String> allowMissing, java.nio.file.Path mapping) throws Failure {
        try (DataSource data = org.cba.data.MappedSource.open(source, mapping)) {
            return DataBinder.bind(checked, data, allowMissing);
        } catch (DataException e) {
            throw failure(e);
        }
    }

    /** Data problems met while reading the data for some other purpose (a copy), as a failure. */
    public static Failure failure(DataException e) {
        return new Failure(e.problems().stream().map(DataSets::problem).toList());
    }

    /** Each rule that reads an entity whose table the data leaves out, with those tables. */
    public static java.util.Map<String, java.util.List<String>> incompleteRules(Checked checked, Dataset data) {
        java.util.Map<String, String> tableOf = new java.util.HashMap<>();
        for (org.cba.syntax.ast.Decl d : checked.declarations()) {
            if (d instanceof org.cba.syntax.ast.Decl.EntityDecl e && data.missingTables().contains(DataBinder.tableName(e))) {
                tableOf.put(e.name().name(), DataBinder.tableName(e));
            }
        }
        java.util.Map<String, java.util.List<String>> out = new java.util.LinkedHashMap<>();
        if (tableOf.isEmpty()) {
            return out;
        }
        Reads reads = Reads.of(checked);
        for (org.cba.syntax.ast.Decl.RuleDecl rule : org.cba.eval.Evaluator.rules(checked)) {
            java.util.List<String> missing = reads.entities(rule).stream().filter(tableOf::containsKey).map(tableOf::get).toList();
            if (!missing.isEmpty()) {
                out.put(rule.name().name(), missing);
            }
        }
        return out;
    }

    private static Problem problem(DataProblem p) {
        return new Problem(p.code().toString(), Stage.DATA, p.describe(), java.util.List.of());
    }
}
