package dev.mockndes.harness.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The outcome of a load run.
 *
 * @param latenciesNanos one entry per successful enrolment (the full client sequence: GetCACaps,
 *                       GetCACert and PKIOperation, as a device performs it)
 * @param failures       count per kind of failure (e.g. "failInfo=badRequest", "IOException")
 */
public record LoadReport(int concurrency, long wallNanos, long[] latenciesNanos, Map<String, Integer> failures) {

    public int succeeded() {
        return latenciesNanos.length;
    }

    public int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    public double enrolmentsPerSecond() {
        return wallNanos == 0 ? 0 : succeeded() / (wallNanos / 1e9);
    }

    /** Nearest-rank percentile in milliseconds; 0 when nothing succeeded. */
    public double percentileMillis(double percentile) {
        if (latenciesNanos.length == 0) {
            return 0;
        }
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    public String text() {
        return String.format(Locale.ROOT, "enrolments: %d ok, %d failed in %.2f s with %d concurrent devices%n"
                        + "throughput: %.1f enrolments/s%nlatency ms: p50 %.1f  p95 %.1f  p99 %.1f%n%s",
                succeeded(), failed(), wallNanos / 1e9, concurrency, enrolmentsPerSecond(),
                percentileMillis(50), percentileMillis(95), percentileMillis(99),
                failures.isEmpty() ? "" : "failures: " + new TreeMap<>(failures) + "\n");
    }

    public String json() {
        String failureJson = new TreeMap<>(failures).entrySet().stream()
                .map(e -> "\"" + e.getKey().replace("\\", "\\\\").replace("\"", "\\\"") + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        return String.format(Locale.ROOT, "{\"succeeded\":%d,\"failed\":%d,\"concurrency\":%d,\"seconds\":%.3f,"
                        + "\"enrolmentsPerSecond\":%.2f,\"p50Ms\":%.2f,\"p95Ms\":%.2f,\"p99Ms\":%.2f,\"failures\":%s}",
                succeeded(), failed(), concurrency, wallNanos / 1e9, enrolmentsPerSecond(),
                percentileMillis(50), percentileMillis(95), percentileMillis(99), failureJson);
    }
}
