package id.sapa.bench;

import java.util.Arrays;

/** Collected latencies in nanoseconds, read as percentiles in milliseconds. */
final class Latencies {

    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    synchronized void add(long value) {
        nanos[size++] = value;
    }

    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100.0 * sorted.length) - 1));
        return sorted[index] / 1_000_000.0;
    }

    int count() {
        return size;
    }
}
