package org.cba.report;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.cba.check.Dimension;
import org.cba.check.Units;
import org.cba.eval.Format;
import org.cba.eval.Value;

/** Small pieces of wording shared by the renderers: counts with their noun, money. */
public final class Words {
    private Words() {
    }

    /** "1 violation", "3 violations". */
    public static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Dollars as a person writes them: "$1,800.00". */
    public static String money(BigDecimal amount) {
        return Format.value(new Value.Num(amount, Dimension.of(Units.DOLLAR)));
    }

    /** Money owed, each unit on its own ("$0.00" when none). */
    public static String money(PerUnit owed) {
        if (owed.isEmpty()) {
            return money(BigDecimal.ZERO);
        }
        return owed.amounts().stream().map(Format::value).collect(Collectors.joining(" and "));
    }
}
