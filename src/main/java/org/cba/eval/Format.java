package org.cba.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import org.cba.check.Dimension;
import org.cba.check.Units;

/** How values read to a person: $1,250.00, 350 students per position, 2026-05-20 (Wed). */
public final class Format {
    private Format() {
    }

    public static String value(Value v) {
        if (v instanceof Value.Num n) {
            return number(n);
        } else if (v instanceof Value.Bool b) {
            return b.value() ? "yes" : "no";
        } else if (v instanceof Value.DateV d) {
            return d.date() + " (" + d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US) + ")";
        } else if (v instanceof Value.Year y) {
            return y.startYear() + "-" + (y.startYear() + 1);
        } else if (v instanceof Value.Text t) {
            return t.text();
        } else if (v instanceof Value.EnumV e) {
            return e.type().shown(e.member());
        } else if (v instanceof Value.Row r) {
            return r.table().describeRow(r.index());
        } else if (v instanceof Value.TableRow t) {
            java.util.List<String> cells = new java.util.ArrayList<>();
            for (int i = 0; i < t.table().values().size(); i++) {
                Value c = t.cells().get(i);
                cells.add(t.table().values().get(i).name().name() + " " + (c instanceof Value.None ? "-" : value(c)));
            }
            return String.join(", ", cells);
        } else if (v instanceof Value.ListV l) {
            return l.items().size() + " item" + (l.items().size() == 1 ? "" : "s");
        } else if (v instanceof Value.Days d) {
            return d.days().size() + " " + (d.days().size() == 1 ? d.dayUnit() : Units.plural(d.dayUnit()));
        } else if (v instanceof Value.None) {
            return "none";
        }
        throw new AssertionError(v);
    }

    static String number(Value.Num n) {
        Dimension dim = n.dim();
        if (dim.isBase(Units.DOLLAR)) {
            return money(n.amount());
        }
        if (dim.isNone()) {
            return plain(n.amount());
        }
        Map<String, Integer> exps = dim.exponents();
        if (exps.size() == 2 && exps.getOrDefault(Units.DOLLAR, 0) == 1) {
            String per = exps.keySet().stream().filter(k -> !k.equals(Units.DOLLAR)).findFirst().orElseThrow();
            if (exps.get(per) == -1) {
                return money(n.amount()) + " per " + per;
            }
        }
        String described = dim.describe();
        boolean one = n.amount().compareTo(BigDecimal.ONE) == 0;
        if (one && exps.size() == 1 && exps.values().iterator().next() == 1) {
            described = exps.keySet().iterator().next();
        } else if (one && described.contains(" per ")) {
            String first = exps.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).findFirst().orElse(null);
            if (first != null) {
                described = described.replaceFirst(java.util.regex.Pattern.quote(Units.plural(first)), first);
            }
        }
        return plain(n.amount()) + " " + described;
    }

    public static String money(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        BigDecimal cents = amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
        if (cents.scale() > 2) {
            return (amount.signum() < 0 ? "-$" : "$") + cents.abs().toPlainString();
        }
        return (amount.signum() < 0 ? "-$" : "$") + f.format(cents.abs());
    }

    /** Shown to people: whole or short decimals as they are; long quotients (an average) to 2 places, marked "about". */
    public static String plain(BigDecimal amount) {
        BigDecimal s = amount.stripTrailingZeros();
        if (s.scale() > 6) {
            return "about " + s.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        if (s.scale() == 0 && s.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(s);
        }
        return s.toPlainString();
    }
}
