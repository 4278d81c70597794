package org.cba.data;

import java.math.BigDecimal;

/**
 * The one limit on numbers in data, whatever the source: at most 30 digits, leading zeros not
 * counted (the same limit as numbers in specs). A longer number is a mistake, and its text
 * could be too long to print.
 */
public final class Digits {
    public static final int MAX = 30;

    private Digits() {
    }

    /** The digits of a number written plainly ("0031.50": 4): those of its whole part without leading zeros, and all after the point. */
    public static int count(String plain) {
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        int fraction = point < 0 ? 0 : plain.length() - point - 1;
        int digits = 0;
        boolean leading = true;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c >= '0' && c <= '9' && !(leading && c == '0')) {
                leading = false;
                digits++;
            }
        }
        return digits + fraction;
    }

    /** The same count for a parsed number, without writing it out (1e999999 would be a million digits). */
    public static long count(BigDecimal number) {
        if (number.signum() == 0) {
            return Math.max(0, number.scale());
        }
        return Math.max(0L, (long) number.precision() - number.scale()) + Math.max(0, number.scale());
    }

    public static String tooMany() {
        return "this number has more than " + MAX + " digits; data numbers have at most " + MAX;
    }
}
