package org.cba.check;

import java.util.Map;
import java.util.TreeMap;

/**
 * A unit's dimension: base units with integer exponents, so that students / (students per
 * position) = positions is ordinary algebra. Base units are named by their canonical singular
 * ("student", "calendar day", "dollar"). Immutable.
 */
public final class Dimension {
    public static final Dimension NONE = new Dimension(new TreeMap<>());

    private final TreeMap<String, Integer> exponents;

    private Dimension(TreeMap<String, Integer> exponents) {
        this.exponents = exponents;
    }

    public static Dimension of(String base) {
        TreeMap<String, Integer> m = new TreeMap<>();
        m.put(base, 1);
        return new Dimension(m);
    }

    public Dimension times(Dimension other) {
        TreeMap<String, Integer> m = new TreeMap<>(exponents);
        other.exponents.forEach((k, v) -> m.merge(k, v, Integer::sum));
        m.values().removeIf(v -> v == 0);
        return new Dimension(m);
    }

    public Dimension inverse() {
        TreeMap<String, Integer> m = new TreeMap<>();
        exponents.forEach((k, v) -> m.put(k, -v));
        return new Dimension(m);
    }

    public Dimension over(Dimension other) {
        return times(other.inverse());
    }

    public boolean isNone() {
        return exponents.isEmpty();
    }

    public boolean isBase(String base) {
        return exponents.size() == 1 && exponents.getOrDefault(base, 0) == 1;
    }

    /** The one base unit of a count such as students or teachers (exponent 1), or null for anything else. */
    public String singleBase() {
        return exponents.size() == 1 && exponents.values().iterator().next() == 1 ? exponents.keySet().iterator().next() : null;
    }

    public boolean has(String base) {
        return exponents.containsKey(base);
    }

    public Map<String, Integer> exponents() {
        return java.util.Collections.unmodifiableMap(exponents);
    }

    /** "students per position", "dollars per school day", "a plain number". */
    public String describe() {
        if (exponents.isEmpty()) {
            return "a plain number";
        }
        StringBuilder num = new StringBuilder();
        StringBuilder den = new StringBuilder();
        exponents.forEach((unit, exp) -> {
            StringBuilder target = exp > 0 ? num : den;
            int times = Math.abs(exp);
            for (int i = 0; i < times; i++) {
                if (target.length() > 0) {
                    target.append(target == num ? " x " : " per ");
                }
                target.append(target == num ? Units.plural(unit) : unit);
            }
        });
        if (num.length() == 0) {
            num.append("1");
        }
        return den.length() == 0 ? num.toString() : num + " per " + den;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dimension d && d.exponents.equals(exponents);
    }

    @Override
    public int hashCode() {
        return exponents.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
