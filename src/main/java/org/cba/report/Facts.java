package org.cba.report;

import org.cba.eval.EntityTable;
import org.cba.eval.Finding;
import org.cba.eval.Value;

/** Facts of a finding that the tabular forms (CSV, xlsx) give a column each and the model does not name directly. */
final class Facts {
    private Facts() {
    }

    /** The name of the finding's site (its row's "name" field: "Adams Middle"); empty when it has no site or the site no name. */
    static String siteName(Finding f) {
        Finding.Subject site = f.group();
        if (site == null || site.row() == null) {
            return "";
        }
        EntityTable table = site.row().table();
        return table.hasField("name") && table.get(site.row().index(), "name") instanceof Value.Text t ? t.text() : "";
    }

    /** A number's unit as the reports name it ("positions", "dollars", "dollars per school day"); empty for a plain number. */
    static String unit(Value.Num n) {
        return n.dim().isNone() ? "" : RunJson.unit(n.dim());
    }
}
