package org.cba.cli;

import java.nio.file.Path;
import org.cba.check.Checked;
import org.cba.fidelity.Side;
import org.cba.fidelity.SourceTexts;
import org.cba.run.Contracts;
import org.cba.run.Failure;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** What cba quotes and cba coverage read: a contract, the agreement's text, and which side of a redline the contract is. */
final class SourceOptions {
    @Parameters(paramLabel = "CONTRACT", description = "The contract folder (holding agreement.cba) or a .cba file.")
    Path contract;

    @Option(names = "--source", required = true, paramLabel = "FILE", description = "The agreement's text (markdown, a redline or not).")
    Path source;

    @Option(names = "--side", paramLabel = "SIDE", converter = SideConverter.class,
            description = "Which side of a redline the contract is: existing (struck text kept) or proposal (additions kept). "
                    + "Default: proposal for a contract that amends another; needed otherwise, unless the text is no redline.")
    Side side;

    /** The contract (checked, or a Failure with its errors), the text, and the side it takes. */
    record Opened(Checked version, SourceTexts text, Side side) {
    }

    Opened open() throws Failure {
        Checked version = Contracts.open(contract, contract.toString()).checked();
        SourceTexts text = SourceTexts.read(source);
        return new Opened(version, text, text.side(side, version, contract.toString()));
    }

    /** --side existing|proposal. */
    static final class SideConverter implements ITypeConverter<Side> {
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
}
