package org.hetao.registry.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs benchmark scenarios: {@code java -jar bench/target/hetao-registry-bench.jar SCENARIO... [--scale 10k|100k|1m|N]}.
 * Each prints a Markdown block and writes {@code <scenario>.md} and {@code .json} under {@code bench/target/results/}.
 */
public final class Bench {
    /** A scenario: runs and returns its report. */
    @FunctionalInterface
    interface Scenario {
        Report run(Options o) throws Exception;
    }

    static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put("search", SearchBench::run);
        SCENARIOS.put("pgsearch", PgSearchBench::run);
        SCENARIOS.put("freshness", FreshnessBench::run);
        SCENARIOS.put("import", ImportBench::run);
        SCENARIOS.put("agreements", AgreementBench::run);
        SCENARIOS.put("api", ApiBench::run);
        SCENARIOS.put("startup", StartupBench::run);
        SCENARIOS.put("durability", DurabilityBench::run);
    }

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        List<String> names = o.scenarios().contains("all") ? List.copyOf(SCENARIOS.keySet()) : o.scenarios();
        int failed = 0;
        for (String name : names) {
            Scenario s = SCENARIOS.get(name);
            if (s == null) {
                System.err.println("Unknown scenario " + name + "; one of " + SCENARIOS.keySet() + " or all");
                System.exit(2);
            }
            long t = System.nanoTime();
            System.err.println("== " + name + " at scale " + o.scale());
            try {
                Report r = s.run(o);
                r.figure(
                        "scenario wall time",
                        String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - t) / 1e9));
                r.publish(o.results());
            } catch (Exception | Error e) {
                failed++;
                System.err.println("Scenario " + name + " failed: " + e);
                e.printStackTrace();
            }
        }
        LoadedRegistry.closeShared();
        System.exit(failed == 0 ? 0 : 1);
    }
}
