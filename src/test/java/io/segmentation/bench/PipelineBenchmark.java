package io.segmentation.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.segmentation.clustering.KMeansOptions;
import io.segmentation.clustering.KMeansTrainer;
import io.segmentation.clustering.StandardScaler;
import io.segmentation.ingestion.ParsedFile;
import io.segmentation.ingestion.PurchaseFileReader;
import io.segmentation.ingestion.UploadOptions;
import io.segmentation.purchases.Order;
import io.segmentation.rfm.RfmSegmentTable;
import io.segmentation.rules.RuleSegmenter;
import io.segmentation.rules.RuleSettings;
import io.segmentation.runs.SegmentationPipeline;

/**
 * The in-memory pipeline on one file, warm: parse, clean, aggregate orders, RFM, scores, RFM and rule segments, and
 * k-means (k = 5, seed 42, 10 restarts) on the scaled log1p(R, F, M) features.
 * Prints the median and every iteration's seconds, and the peak heap. Not a unit test: run by bench/run.
 *
 * Parses the CSV on {@code parseThreads} threads beside the one that cleans and folds (default 0: one reader).
 *
 * <p>Usage: {@code PipelineBenchmark <file.csv> [warmups] [iterations] [parseThreads]}
 */
public final class PipelineBenchmark {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : PurchaseFileReader.defaultParseThreads();
        var reader = new PurchaseFileReader(ZoneOffset.UTC, 100, 65_536).withParseThreads(threads);
        var pipeline = new SegmentationPipeline(RfmSegmentTable.DEFAULT, new RuleSegmenter(RuleSettings.defaults()),
                ZoneOffset.UTC, new io.segmentation.runs.ClvSettings("days", 365, 0.01, 100));
        double[] seconds = new double[iterations];
        Map<String, double[]> phases = new HashMap<>();
        long customers = 0;
        for (int i = -warmups; i < iterations; i++) {
            long t0 = System.nanoTime();
            ParsedFile parsed = reader.read(file, "csv", UploadOptions.defaults());
            long t1 = System.nanoTime();
            Map<String, List<Order>> byCustomer = new HashMap<>();
            for (Order o : parsed.orders()) {
                byCustomer.computeIfAbsent(o.customerId(), k -> new ArrayList<>()).add(o);
            }
            var result = pipeline.compute(byCustomer, "auto", LocalDate.now(ZoneOffset.UTC));
            double[][] features = new double[result.customers().size()][];
            for (int c = 0; c < features.length; c++) {
                var p = result.customers().get(c);
                features[c] = new double[] {Math.log1p(p.recencyDays()), Math.log1p(p.frequency()), Math.log1p(p.monetary())};
            }
            var scaler = StandardScaler.fit(features);
            var solution = new KMeansTrainer().train(scaler.transformAll(features), KMeansOptions.of(5, 42));
            long t2 = System.nanoTime();
            if (solution.k() != 5) {
                throw new IllegalStateException("k-means returned " + solution.k() + " clusters");
            }
            customers = result.customers().size();
            if (i >= 0) {
                seconds[i] = (t2 - t0) / 1e9;
                phases.computeIfAbsent("read+clean+aggregate", k -> new double[iterations])[i] = (t1 - t0) / 1e9;
                phases.computeIfAbsent("rfm+scores+segments+rules+kmeans", k -> new double[iterations])[i] = (t2 - t1) / 1e9;
            }
        }
        System.out.printf("file=%s bytes=%d customers=%d parseThreads=%d%n", file.getFileName(), Files.size(file), customers,
                threads);
        System.out.printf("pipeline median=%.3f s runs=%s%n", median(seconds), Arrays.toString(round(seconds)));
        phases.forEach((name, s) -> System.out.printf("  %s median=%.3f s%n", name, median(s)));
        System.out.printf("peak heap used=%d MB (max %d MB)%n", peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double[] round(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 1000) / 1000.0).toArray();
    }

    /** Sum of the heap pools' peak usage since the JVM started. */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
