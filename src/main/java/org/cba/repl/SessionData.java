package org.cba.repl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cba.check.Checked;
import org.cba.data.DataProblem;
import org.cba.run.DataSets;
import org.cba.run.Failure;
import org.cba.eval.Dataset;
import org.cba.eval.Format;
import org.cba.syntax.ast.Decl;

/**
 * The district's data in a session: where it was read from and the dataset bound to the
 * contract's entities. Read again when a typed declaration changes the entities, since the data
 * is typed by them.
 */
final class SessionData {
    private String source;
    private Dataset dataset;
    private List<Decl.EntityDecl> boundTo = List.of();

    boolean loaded() {
        return dataset != null;
    }

    /** The data, or an empty dataset when none is loaded. */
    Dataset dataset() {
        return dataset == null ? Dataset.empty() : dataset;
    }

    /** Reads and binds a source; refused with every problem found. Returns what was read. */
    String read(String spec, Checked checked) {
        Dataset d;
        try {
            d = DataSets.bind(checked, spec);
        } catch (Failure e) {
            throw new Session.Refused(e.render(null));
        }
        source = spec;
        dataset = d;
        boundTo = entities(checked);
        return "read " + d.description() + ": " + rows(checked, d) + "\n";
    }

    /** After the entities changed (a typed entity, another contract), reads the data again. */
    String rebindIfNeeded(Checked checked) {
        if (dataset == null || sameEntities(entities(checked))) {
            return "";
        }
        try {
            return "the entities changed, so the data was read again\n  " + read(source, checked);
        } catch (Session.Refused r) {
            drop();
            return "the data no longer fits the contract and was dropped:\n" + r.getMessage();
        }
    }

    void drop() {
        source = null;
        dataset = null;
        boundTo = List.of();
    }

    private boolean sameEntities(List<Decl.EntityDecl> now) {
        if (now.size() != boundTo.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != boundTo.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<Decl.EntityDecl> entities(Checked checked) {
        List<Decl.EntityDecl> out = new ArrayList<>();
        for (Decl d : checked.symbols().all()) {
            if (d instanceof Decl.EntityDecl e) {
                out.add(e);
            }
        }
        return out;
    }

    private static String rows(Checked checked, Dataset d) {
        List<String> parts = new ArrayList<>();
        for (Decl.EntityDecl e : entities(checked)) {
            d.table(e.name().name()).ifPresent(t -> parts.add(Format.plain(BigDecimal.valueOf(t.size())) + " " + e.name().name()));
        }
        return parts.isEmpty() ? "no tables" : String.join(", ", parts);
    }
}
