package org.cba.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cba.run.Today;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example lenses themselves, apart from the protocol: what decides whether they come out, and as of which day. */
class ExampleLensesTest {
    @TempDir
    Path dir;

    /** The lenses of a file, as "line:title", worked out as the server's worker does. */
    static List<String> titles(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Analysis analysis = new Workspace(new Documents()).analysisOf(absolute);
        return ExampleLenses.of(analysis, absolute).stream()
                .map(l -> l.getRange().getStart().getLine() + ":" + l.getCommand().getTitle()).toList();
    }

    /** Prints a file's lens titles, for a JVM started with options a test cannot set in its own. */
    static final class Titles {
        public static void main(String[] args) {
            new PrintStream(System.out, true, StandardCharsets.UTF_8).println(titles(Path.of(args[0])));
        }
    }

    /**
     * The lenses once came out empty in about one JVM in sixteen: they ran the examples inside
     * Checked.derived (a ConcurrentHashMap's computeIfAbsent), and running them derives the
     * evaluator's code from the same contract; whenever the two Class keys' identity hashes fell in
     * one bin the map threw "Recursive update" and codeLens answered its fallback, no lenses.
     * HotSpot's -XX:hashCode=2 gives every object the identity hash 1, so there the keys always share a bin.
     */
    @Test
    void lensesComeOutWhenEveryIdentityHashIsTheSame() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = dir.resolve("stderr.txt");
        Process child = new ProcessBuilder(java.toString(), "-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UnlockExperimentalVMOptions",
                "-XX:hashCode=2", "-cp", System.getProperty("java.class.path"), Titles.class.getName(), FeaturesTest.AGREEMENT.toString())
                .redirectError(errors.toFile()).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        // as FeaturesTest: counselor_ratio (line 8) has one example, counselors_required (line 15) two
        assertEquals("[8:✓ 1 example passes, 15:✓ 2 examples pass]", out.strip(), Files.readString(errors));
        assertEquals(0, child.exitValue(), Files.readString(errors));
    }

    /** cba test takes Today.get() as today (the cba.today property when set); the lenses must agree with it. */
    @Test
    void examplesWithoutADateRunAsOfTheDayCbaTestTakesAsToday() throws Exception {
        // no agreement header, so no effective date: an example without a date is evaluated as of today.
        // 2090-03-01 is after 2090-01-01, so the ratio is 275; the clock (before 2090) would give 350.
        Path spec = dir.resolve("ratio.cba");
        Files.writeString(spec, """
                term ratio: students per position
                  cites "XVIII 6.0": "275:1"
                  = 350 students per position until 2089-12-31,
                    275 students per position from 2090-01-01
                  example ratio = 275 students per position
                """);
        String before = System.getProperty(Today.PROPERTY);
        System.setProperty(Today.PROPERTY, "2090-03-01");
        try {
            assertEquals(List.of("0:✓ 1 example passes"), titles(spec));
        } finally {
            if (before == null) {
                System.clearProperty(Today.PROPERTY);
            } else {
                System.setProperty(Today.PROPERTY, before);
            }
        }
    }
}
