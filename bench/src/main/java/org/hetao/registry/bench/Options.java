package org.hetao.registry.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The command line: scenarios to run and {@code --scale 10k|100k|1m|N}, {@code --seed}, {@code --results DIR}, {@code --uber-jar JAR}. */
public record Options(List<String> scenarios, int scale, long seed, Path results, Path uberJar, boolean quick) {
    public static final int DEFAULT_SCALE = 10_000;
    public static final long DEFAULT_SEED = 20_251_218L;

    public static Options parse(String... args) {
        List<String> scenarios = new ArrayList<>();
        int scale = DEFAULT_SCALE;
        long seed = DEFAULT_SEED;
        Path results = Path.of(System.getProperty("bench.results", "bench/target/results"));
        Path uberJar =
                Path.of(System.getProperty("bench.uberJar", "registry-web/target/hetao-registry-microbundle.jar"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = scale(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--results" -> results = Path.of(args[++i]);
                case "--uber-jar" -> uberJar = Path.of(args[++i]);
                default -> scenarios.add(args[i].toLowerCase(Locale.ROOT));
            }
        }
        if (scenarios.isEmpty()) {
            scenarios.add("all");
        }
        return new Options(List.copyOf(scenarios), scale, seed, results, uberJar, scale < 1_000);
    }

    /** {@code 200}, {@code 10k}, {@code 100k}, {@code 1m}. */
    static int scale(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("k")) {
            return Integer.parseInt(t.substring(0, t.length() - 1)) * 1_000;
        }
        if (t.endsWith("m")) {
            return Integer.parseInt(t.substring(0, t.length() - 1)) * 1_000_000;
        }
        return Integer.parseInt(t);
    }

    /** Iterations scaled down for a tiny (CI) run. */
    public int iterations(int full) {
        return quick ? Math.max(20, full / 20) : full;
    }
}
