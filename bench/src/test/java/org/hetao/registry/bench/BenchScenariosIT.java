package org.hetao.registry.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs every scenario once at a tiny scale, as the documented command does, so that the benchmarks
 * keep working. Asserts only that the run completes and writes each scenario's report; never a time.
 */
class BenchScenariosIT {
    @Test
    void everyScenarioRunsAndReports() throws Exception {
        Path results = Path.of("target", "results-ci");
        List<String> cmd = new ArrayList<>(List.of(
                RegistryProcess.javaBinary(),
                "-Dbench.uberJar=" + System.getProperty("bench.uberJar"),
                "-Dbench.payaraJar=target/payara-micro.jar",
                "-Dbench.results=" + results,
                "-jar",
                System.getProperty("bench.jar"),
                "all",
                "--scale",
                System.getProperty("bench.scale", "200")));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the benchmark run did not finish in 10 minutes");
        assertEquals(0, p.exitValue(), "a scenario failed; see the output above");
        for (String s : Bench.SCENARIOS.keySet()) {
            assertTrue(Files.isRegularFile(results.resolve(s + ".md")), "no report for " + s);
            assertTrue(Files.isRegularFile(results.resolve(s + ".json")), "no JSON result for " + s);
        }
    }
}
