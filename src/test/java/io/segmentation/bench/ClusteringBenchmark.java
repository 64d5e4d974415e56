package io.segmentation.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import io.segmentation.clustering.Dbscan;
import io.segmentation.clustering.GaussianMixture;
import io.segmentation.clustering.KMeansOptions;
import io.segmentation.clustering.KMeansTrainer;
import io.segmentation.clustering.KSelectionRule;
import io.segmentation.clustering.KSelector;
import io.segmentation.clustering.ModelFeature;
import io.segmentation.clustering.Preprocessing;
import io.segmentation.clustering.ScalerKind;
import io.segmentation.clustering.Ward;

/**
 * Benchmark (not a test) of the four clustering algorithms on N simulated customers (recency ~ uniform 1..373 days,
 * frequency 1 + geometric(0.45), monetary lognormal(6, 1.1) x frequency^0.8; features log1p, z-scored), with the
 * service's settings: k-means 20 restarts to a fixed point at k = 5 and the elbow over 2..10; Gaussian mixture 5 EM
 * starts at k = 5; DBSCAN minSamples 5, eps from the k-distance knee; Ward on the seeded 20,000 sample, cut at 5; and
 * the preprocessing itself (standard, and robust with a 2-component PCA, followed by k-means at k = 5).
 * Prints seconds per algorithm and microseconds per customer, one cold run each after one warm-up on 10,000.
 *
 * <p>Usage: {@code ClusteringBenchmark [customers=100000]}
 */
public final class ClusteringBenchmark {

    private static final List<ModelFeature> FEATURES = Stream.of("log1p(recencyDays)", "log1p(frequency)",
            "log1p(monetary)").map(ModelFeature::parse).toList();

    private ClusteringBenchmark() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        run(simulate(10_000, 7), false);
        run(simulate(customers, 42), true);
    }

    private static void run(double[][] raw, boolean print) {
        int n = raw.length;
        long p0 = System.nanoTime();
        double[][] x = Preprocessing.fit(FEATURES, raw, ScalerKind.STANDARD, null).toModelSpaceAll(raw);
        long p1 = System.nanoTime();
        double[][] robustPca = Preprocessing.fit(FEATURES, raw, ScalerKind.ROBUST, 2).toModelSpaceAll(raw);
        long p2 = System.nanoTime();
        new KMeansTrainer().train(robustPca, new KMeansOptions(5, 42, 20, 300, 0));
        long p3 = System.nanoTime();
        long t0 = System.nanoTime();
        new KMeansTrainer().train(x, new KMeansOptions(5, 42, 20, 300, 0));
        long t1 = System.nanoTime();
        int elbow = new KSelector().choose(x, 2, 10, 42, 20, 300, 0, KSelectionRule.ELBOW).chosenK();
        long t2 = System.nanoTime();
        GaussianMixture.fit(x, 5, 42, 5, 300, 1e-6);
        long t3 = System.nanoTime();
        double eps = Dbscan.kneeEps(x, 5, 42);
        Dbscan.Fit dbscan = Dbscan.fit(x, eps, 5);
        long t4 = System.nanoTime();
        int[] sample = Ward.sample(n, Ward.SAMPLE_LIMIT, 42);
        double[][] points = new double[sample.length][];
        for (int s = 0; s < sample.length; s++) {
            points[s] = x[sample[s]];
        }
        Ward.tree(points).cut(5);
        long t5 = System.nanoTime();
        if (print) {
            System.out.printf("customers %,d, cpus %d%n", n, Runtime.getRuntime().availableProcessors());
            line("preprocessing log1p + standard (fit and apply)", p1 - p0, n);
            line("preprocessing log1p + robust + pca 2", p2 - p1, n);
            line("kmeans k=5 on robust + pca 2", p3 - p2, n);
            line("kmeans k=5", t1 - t0, n);
            line("kmeans elbow 2..10 (k=" + elbow + ")", t2 - t1, n);
            line("gmm k=5", t3 - t2, n);
            line(String.format("dbscan eps=%.3f (%d clusters, noise %.1f%%)", eps, dbscan.clusters(),
                    100 * dbscan.noiseShare()), t4 - t3, n);
            line("ward k=5 (sample " + sample.length + ")", t5 - t4, n);
        }
    }

    private static void line(String what, long nanos, int n) {
        System.out.printf("%-44s %8.2f s %8.1f us/customer%n", what, nanos / 1e9, nanos / 1e3 / n);
    }

    private static double[][] simulate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double recency = 1 + random.nextInt(373);
            int frequency = 1;
            while (random.nextDouble() < 0.55 && frequency < 200) {
                frequency++;
            }
            double monetary = Math.exp(6 + 1.1 * gaussian(random)) * Math.pow(frequency, 0.8);
            rows[i] = new double[] { recency, frequency, monetary };
        }
        return rows;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
