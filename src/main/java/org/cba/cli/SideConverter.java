package org.cba.cli;

import org.cba.fidelity.Side;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --side existing|proposal. */
final class SideConverter implements ITypeConverter<Side> {
    @Override
    public Side convert(String value) {
        for (Side s : new Side[] {Side.EXISTING, Side.PROPOSAL}) {
            if (s.word().equals(value)) {
                return s;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a side of a redline: give existing or proposal");
    }
}
