package org.cba.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.source.Diagnostic;
import org.cba.source.DiagnosticPrinter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every contract and lone spec under contracts/ and examples/ checks with no errors and no warnings. */
class ContractsTest {
    @TestFactory
    Stream<DynamicTest> everySpecChecksClean() throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String root : List.of("contracts", "examples")) {
            if (Files.isDirectory(Path.of(root))) {
                entries.addAll(ContractLoader.entriesFor(Path.of(root)));
            }
        }
        return entries.stream().map(entry -> DynamicTest.dynamicTest(entry.toString(), () -> {
            Checked checked = Checker.check(ContractLoader.load(entry));
            List<Diagnostic> ds = checked.diagnostics();
            assertEquals(List.of(), ds.stream().map(Diagnostic::message).toList(), DiagnosticPrinter.render(ds));
        }));
    }
}
