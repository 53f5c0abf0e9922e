package org.hetao.registry.bench;

import org.HdrHistogram.Histogram;

/** Latencies of one measured operation, recorded in nanoseconds, and the wall time they took. */
public final class Latencies {
    private final Histogram histogram = new Histogram(3_600_000_000_000L, 3);
    private long wallNanos;

    public synchronized void record(long nanos) {
        histogram.recordValue(Math.max(1, nanos));
    }

    public synchronized void add(Latencies other) {
        histogram.add(other.histogram);
    }

    public void wall(long nanos) {
        this.wallNanos = nanos;
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** Percentile in milliseconds. */
    public double ms(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1e6;
    }

    public double meanMs() {
        return histogram.getMean() / 1e6;
    }

    /** Operations per second over the wall time, or over the summed latencies if no wall time was set. */
    public double throughput() {
        long wall = wallNanos > 0 ? wallNanos : (long) (histogram.getMean() * histogram.getTotalCount());
        return wall == 0 ? 0 : count() * 1e9 / wall;
    }

    /** Runs {@code op} {@code n} times on this thread, timing each. */
    public static Latencies measure(int n, Op op) throws Exception {
        Latencies l = new Latencies();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            op.run(i);
            l.record(System.nanoTime() - t);
        }
        l.wall(System.nanoTime() - start);
        return l;
    }

    /** Runs {@code op} {@code n} times untimed (warm-up). */
    public static void warm(int n, Op op) throws Exception {
        for (int i = 0; i < n; i++) {
            op.run(i);
        }
    }

    /** One operation; {@code i} is the iteration. */
    @FunctionalInterface
    public interface Op {
        void run(int i) throws Exception;
    }
}
