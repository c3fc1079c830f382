package dev.mockndes.harness.load;

import dev.mockndes.harness.Json;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a load run.
 *
 * @param operation      "enrol" (a whole enrolment per attempt) or "GetCACaps" (one request per attempt)
 * @param latenciesNanos one entry per successful attempt
 * @param failures       count per kind of failure, in the outcome vocabulary of the device profiles
 *                       ("scep-failure badRequest", "http-status 503", "connection-error", "timeout" …)
 */
public record LoadReport(String operation, int concurrency, long wallNanos, long[] latenciesNanos, Map<String, Integer> failures) {

    public LoadReport(int concurrency, long wallNanos, long[] latenciesNanos, Map<String, Integer> failures) {
        this("enrol", concurrency, wallNanos, latenciesNanos, failures);
    }

    public int succeeded() {
        return latenciesNanos.length;
    }

    public int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Successful attempts per second of wall time. */
    public double perSecond() {
        return wallNanos == 0 ? 0 : succeeded() / (wallNanos / 1e9);
    }

    public double enrolmentsPerSecond() {
        return perSecond();
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

    private String unit() {
        return operation.equals("enrol") ? "enrolments" : operation + " requests";
    }

    public String text() {
        return String.format(Locale.ROOT, "%s: %d ok, %d failed in %.2f s with %d concurrent %s%n"
                        + "throughput: %.1f %s/s%nlatency ms: p50 %.1f  p95 %.1f  p99 %.1f%n%s",
                unit(), succeeded(), failed(), wallNanos / 1e9, concurrency, operation.equals("enrol") ? "devices" : "connections",
                perSecond(), unit(), percentileMillis(50), percentileMillis(95), percentileMillis(99),
                failures.isEmpty() ? "" : "failures: " + new TreeMap<>(failures) + "\n");
    }

    /** The report as an ordered map, for {@link #json()} and for callers that add fields (the crypto floor). */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("operation", operation);
        m.put("succeeded", succeeded());
        m.put("failed", failed());
        m.put("concurrency", concurrency);
        m.put("seconds", round(wallNanos / 1e9, 3));
        m.put("perSecond", round(perSecond(), 2));
        if (operation.equals("enrol")) {
            m.put("enrolmentsPerSecond", round(perSecond(), 2));
        }
        m.put("p50Ms", round(percentileMillis(50), 2));
        m.put("p95Ms", round(percentileMillis(95), 2));
        m.put("p99Ms", round(percentileMillis(99), 2));
        m.put("failures", new TreeMap<>(failures));
        return m;
    }

    public String json() {
        return Json.write(fields());
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
