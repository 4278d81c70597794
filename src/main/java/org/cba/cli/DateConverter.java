package org.cba.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Dates on the command line are year-month-day. A date written another common way (10/15/2025,
 * 15.10.2025) is a usage error that shows the ISO form it may have meant, never a Java exception.
 */
final class DateConverter implements ITypeConverter<LocalDate> {
    /** Month first (US) and day first (most elsewhere): when both read, both are offered. */
    private static final String[] OTHER_FORMS = {"M/d/uuuu", "d/M/uuuu", "M-d-uuuu", "d-M-uuuu", "d.M.uuuu", "uuuu/M/d", "uuuu.M.d"};

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(message(value.strip()));
        }
    }

    static String message(String value) {
        Set<String> meant = new LinkedHashSet<>();
        for (String form : OTHER_FORMS) {
            try {
                meant.add(LocalDate.parse(value, DateTimeFormatter.ofPattern(form).withResolverStyle(ResolverStyle.STRICT)).toString());
            } catch (DateTimeParseException e) {
                // not written this way; try the next form
            }
        }
        String base = "'" + value + "' is not a date cba reads: write dates year-month-day, as 2025-10-15";
        return meant.isEmpty() ? base : base + " (did you mean " + String.join(" or ", meant) + "?)";
    }
}
