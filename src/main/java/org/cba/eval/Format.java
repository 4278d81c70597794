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
        } else if (v instanceof Value.TimeV t) {
            return clock(t.time());
        } else if (v instanceof Value.DateTimeV d) {
            return value(new Value.DateV(d.at().toLocalDate())) + " " + clock(d.at().toLocalTime());
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
        if (dim.isBase(Units.MINUTE)) {
            return minutes(n.amount());
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

    /** 2:50 pm, 12:00 am (midnight), 12:00 pm (noon): as the agreement writes times. */
    public static String clock(java.time.LocalTime t) {
        return org.cba.syntax.ast.Expr.TimeLit.shown(t);
    }

    /**
     * Minutes as a person reads a span of time: 27 minutes, 24 hours, 1 hour 30 minutes. Only whole,
     * non-negative amounts of an hour or more are shown in hours; the rest stay in minutes.
     */
    private static String minutes(BigDecimal amount) {
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0 || amount.compareTo(BigDecimal.valueOf(60)) < 0) {
            return plain(amount) + " " + (amount.compareTo(BigDecimal.ONE) == 0 ? "minute" : "minutes");
        }
        BigDecimal[] hm = amount.divideAndRemainder(BigDecimal.valueOf(60));
        String hours = plain(hm[0]) + (hm[0].compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
        int m = hm[1].intValue();
        return m == 0 ? hours : hours + " " + m + (m == 1 ? " minute" : " minutes");
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
