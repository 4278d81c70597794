package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every evaluation problem code is documented, with the same summary, in docs/diagnostics.md. */
class EvalExceptionTest {
    @Test
    void everyCodeHasARowAndASectionInTheDiagnosticsPage() throws Exception {
        String page = Files.readString(Path.of("docs/diagnostics.md"));
        for (EvalException.Kind k : EvalException.Kind.values()) {
            assertTrue(page.contains("| " + k.summary() + " |"), k.code() + ": no table row with \"" + k.summary() + "\"");
            assertTrue(page.contains("\n### " + k.code() + ": "), k.code() + ": no section");
        }
    }

    @Test
    void aProblemWithoutACodeIsR000() {
        EvalException e = new EvalException(null, "something");
        assertEquals("R000", e.code());
        assertEquals("R000 something", e.located());
    }
}
