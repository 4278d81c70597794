package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cba.gen.DistrictGenerator;
import org.cba.run.VersionPaths;
import org.junit.jupiter.api.Test;

/** gen-data's default profile away from a clone: the copy the build puts inside cba, with its contract. */
class BundledProfileTest {
    /** The bundled profile is the repository's, and its relative contract path works in the copy. */
    @Test
    void theBundleHoldsTheProfileAndTheContractItNames() throws Exception {
        Path bundle = BundledProfile.extract();
        try {
            Path profile = bundle.resolve(BundledProfile.DEFAULT);
            assertEquals(Files.readString(Path.of(BundledProfile.DEFAULT)), Files.readString(profile));
            assertTrue(Files.isRegularFile(bundle.resolve("contracts/lausd-utla/utla-2025-06-17/agreement.cba")));
            assertTrue(Files.isRegularFile(bundle.resolve("contracts/lausd-utla/existing/agreement.cba")));
            // the same district as from the clone's profile: same seed, same size, same summary
            assertEquals(DistrictGenerator.generate(Path.of(BundledProfile.DEFAULT), 3, 7).summary(),
                    DistrictGenerator.generate(profile, 3, 7).summary());
        } finally {
            VersionPaths.deleteTree(bundle);
        }
        assertTrue(Files.notExists(bundle));
    }
}
