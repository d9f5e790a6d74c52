package io.fixtura.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JMH's JSON results and prints records per second per benchmark (the median across forks of
 * each fork's median iteration) and the ratios issue 6 sets targets for. A benchmark that counts
 * rows itself reports them as the secondary metric "rows", which wins over its primary score.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar io.fixtura.bench.Report bench/target/results.json}</pre>
 */
public final class Report {

    /** A ratio of two benchmarks' records/s and the least it should be (0: no target). */
    private record Ratio(String label, String numerator, String denominator, double target) {
    }

    private static final List<Ratio> RATIOS = List.of(
            new Ratio("UserFactory at(i) / hand-written at(i)", "UserBenchmarks.fixturaAt",
                    "UserBenchmarks.handWrittenAt", 0.5),
            new Ratio("UserFactory list(1000) / hand-written list", "UserBenchmarks.fixturaList",
                    "UserBenchmarks.handWrittenList", 0.5),
            new Ratio("UserFactory list(1000) / Instancio ofList(1000)", "UserBenchmarks.fixturaList",
                    "UserBenchmarks.instancioList", 10),
            new Ratio("UserFactory at(i) / Instancio create", "UserBenchmarks.fixturaAt",
                    "UserBenchmarks.instancioCreate", 10),
            new Ratio("UserFactory list(1000) / Instancio BV ofList(1000)", "UserBenchmarks.fixturaList",
                    "UserBenchmarks.instancioBeanValidationList", 50),
            new Ratio("UserFactory at(i) / Instancio BV create", "UserBenchmarks.fixturaAt",
                    "UserBenchmarks.instancioBeanValidationCreate", 50),
            new Ratio("loadInto / CSV COPY (rows/s, PostgreSQL)", "PostgresBenchmarks.loadInto",
                    "PostgresBenchmarks.copyCsv", 1.0),
            new Ratio("loadInto / CSV COPY with foreign keys added after (rows/s)", "PostgresBenchmarks.loadInto",
                    "PostgresBenchmarks.copyCsvForeignKeysAfter", 0));

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "bench/target/results.json");
        Map<String, Double> perSecond = recordsPerSecond(new ObjectMapper().readTree(file.toFile()));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-48s %16s%n", "benchmark (median across forks)", "records/s");
        perSecond.forEach((name, value) -> System.out.printf(Locale.ROOT, "%-48s %,16.0f%n", name, value));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-52s %10s %8s  %s%n", "ratio", "measured", "target", "");
        for (Ratio ratio : RATIOS) {
            Double top = perSecond.get(ratio.numerator());
            Double bottom = perSecond.get(ratio.denominator());
            if (top == null || bottom == null) {
                continue;
            }
            double measured = top / bottom;
            String target = ratio.target() > 0 ? String.format(Locale.ROOT, "≥ %.1f", ratio.target()) : "";
            String verdict = ratio.target() > 0 ? (measured >= ratio.target() ? "met" : "MISSED") : "";
            System.out.printf(Locale.ROOT, "%-52s %9.2f× %8s  %s%n", ratio.label(), measured, target, verdict);
        }
    }

    /** Benchmark (class.method) → records/s, in the order JMH ran them. */
    static Map<String, Double> recordsPerSecond(JsonNode results) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (JsonNode run : results) {
            String[] parts = run.get("benchmark").asText().split("\\.");
            String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
            JsonNode rows = run.path("secondaryMetrics").path("rows");
            JsonNode metric = rows.isMissingNode() ? run.get("primaryMetric") : rows;
            String unit = metric.get("scoreUnit").asText();
            if (!unit.equals("ops/s")) {
                throw new IllegalArgumentException(name + " is scored in " + unit + "; the report needs ops/s"
                        + " (throughput mode, seconds)");
            }
            out.put(name, medianOfForks(metric.get("rawData")));
        }
        return out;
    }

    /** rawData holds one array of iteration scores per fork. */
    private static double medianOfForks(JsonNode rawData) {
        List<Double> forks = new ArrayList<>();
        for (JsonNode fork : rawData) {
            List<Double> iterations = new ArrayList<>();
            fork.forEach(score -> iterations.add(score.asDouble()));
            forks.add(median(iterations));
        }
        return median(forks);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
