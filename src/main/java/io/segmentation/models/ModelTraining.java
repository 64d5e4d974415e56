package io.segmentation.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.segmentation.clustering.Algorithm;
import io.segmentation.clustering.Centroids;
import io.segmentation.clustering.ClusterNaming;
import io.segmentation.clustering.Dbscan;
import io.segmentation.clustering.GaussianMixture;
import io.segmentation.clustering.KCandidate;
import io.segmentation.clustering.KMeansSolution;
import io.segmentation.clustering.KSelection;
import io.segmentation.clustering.KSelector;
import io.segmentation.clustering.ModelFeature;
import io.segmentation.clustering.Preprocessing;
import io.segmentation.clustering.ScalerKind;
import io.segmentation.clustering.StandardScaler;
import io.segmentation.clustering.Ward;
import io.segmentation.rfm.RfmEdges;
import io.segmentation.rfm.RfmSegmentTable;
import org.jspecify.annotations.Nullable;

/**
 * Fits a model to rows of input values (pure): transform (log1p or none per feature), scaling (z-score, min-max or
 * robust) and an optional PCA, the algorithm (k-means, Gaussian mixture or
 * Ward for the k asked or chosen by the k selection rule; DBSCAN finds its own), cluster ids by centroid monetary
 * value descending (DBSCAN's noise last, id {@code noise}), and profiles in original units.
 */
final class ModelTraining {

    /** The id of DBSCAN's noise cluster. */
    static final String NOISE_ID = "noise";

    private ModelTraining() {
    }

    /**
     * What training produced, before it gets a version and a name.
     *
     * @param preprocessing the fitted transforms, scaler and PCA
     * @param centroids centroids in model space, in cluster id order
     * @param metrics   metrics of every k tried
     * @param labels    cluster index of every training row, in row order
     * @param clusters  profiles in cluster id order
     * @param kSelection {@code fixed}, {@code elbow} or {@code silhouette}; null for imports
     * @param iterations iterations of the kept solution; null for imports
     * @param converged  whether it stopped at a fixed point rather than the iteration cap; null for imports
     * @param algorithm  {@code kmeans}, {@code gmm}, {@code dbscan} or {@code ward}
     * @param parameters the algorithm's parameters beyond the centroids (null for kmeans)
     * @param distributions each feature's training deciles and bin shares (null for imports)
     */
    public record Fit(Preprocessing preprocessing, double[][] centroids, List<KMetrics> metrics, int[] labels,
                      List<ClusterProfile> clusters, @Nullable String kSelection, @Nullable Integer iterations,
                      @Nullable Boolean converged, String algorithm, @Nullable AlgorithmParameters parameters,
                      @Nullable List<FeatureDistribution> distributions) {

        /** A k-means fit without training details (imports). */
        public Fit(Preprocessing preprocessing, double[][] centroids, List<KMetrics> metrics, int[] labels,
                   List<ClusterProfile> clusters) {
            this(preprocessing, centroids, metrics, labels, clusters, null, null, null, "kmeans", null, null);
        }

        /** The fitted scaler. */
        public StandardScaler scaler() {
            return preprocessing.scaler();
        }

        public int k() {
            return centroids.length;
        }
    }

    /**
     * Trains on {@code rows} with today's default preprocessing (z-score, no PCA), the features' own log1p.
     *
     * @see #fit(List, double[][], TrainingOptions, double[], RfmEdges, RfmSegmentTable, ScalerKind, Integer)
     */
    public static Fit fit(List<String> featureNames, double[][] rows, TrainingOptions options,
                          double @Nullable [] revenue, @Nullable RfmEdges edges, RfmSegmentTable table) {
        return fit(featureNames, rows, options, revenue, edges, table, ScalerKind.STANDARD, null);
    }

    /**
     * Trains on {@code rows}: one row per customer, one value per feature input, in input units.
     *
     * @param revenue each row's monetary value, for revenue shares (R/F/M models), else null
     * @param edges   the run's score edges for naming R/F/M clusters, else null
     * @param table   the RFM segment table that names R/F/M clusters
     * @param scalerKind how features are scaled after their transform
     * @param pca     principal components to keep after scaling, or null for none
     * @throws IllegalArgumentException when rows are empty, ragged or not finite, kMin exceeds the distinct points, or
     *                                  pca is not in [1, features]
     */
    public static Fit fit(List<String> featureNames, double[][] rows, TrainingOptions options,
                          double @Nullable [] revenue, @Nullable RfmEdges edges, RfmSegmentTable table,
                          ScalerKind scalerKind, @Nullable Integer pca) {
        List<ModelFeature> features = featureNames.stream().map(ModelFeature::parse).toList();
        Preprocessing preprocessing = Preprocessing.fit(features, rows, scalerKind, pca);
        double[][] transformed = Preprocessing.transformAll(features, rows);
        double[][] scaled = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            scaled[i] = preprocessing.fromTransformed(transformed[i]);
        }
        Trained trained = switch (options.algorithm()) {
            case KMEANS -> kmeans(scaled, options);
            case GMM -> gmm(scaled, options);
            case WARD -> ward(scaled, options);
            case DBSCAN -> dbscan(scaled, options);
        };
        // why: cluster ids follow the centroid's monetary value, descending, whatever the algorithm; noise stays last;
        // with a PCA the value is read back in feature units, since no component is monetary
        int clusters = trained.centroids().length - (trained.noise() ? 1 : 0);
        int feature = orderingFeature(features);
        double[] orderingValue = new double[trained.centroids().length];
        for (int c = 0; c < orderingValue.length; c++) {
            orderingValue[c] = preprocessing.pca() == null ? trained.centroids()[c][feature]
                    : preprocessing.toTransformed(trained.centroids()[c])[feature];
        }
        Integer[] order = new Integer[trained.centroids().length];
        Arrays.setAll(order, c -> c);
        Arrays.sort(order, 0, clusters, Comparator.comparingDouble((Integer c) -> -orderingValue[c]));
        int[] newIndex = new int[order.length];
        double[][] centroids = new double[order.length][];
        for (int c = 0; c < order.length; c++) {
            newIndex[order[c]] = c;
            centroids[c] = trained.centroids()[order[c]];
        }
        int[] labels = new int[trained.labels().length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = newIndex[trained.labels()[i]];
        }
        String rule = options.algorithm() == Algorithm.DBSCAN ? null
                : options.kMin() == options.kMax() ? "fixed" : options.kSelection().id();
        // why: names read centroids as z-scores per feature; other scalers and a PCA are mapped back to them
        StandardScaler naming = preprocessing.isStandard() ? null : StandardScaler.fit(transformed);
        String[] segments = memberSegments(features, rows, edges, table);
        List<ClusterProfile> profiles = profiles(preprocessing, naming, centroids, labels, revenue, edges, table,
                trained.noise(), segments);
        return new Fit(preprocessing, centroids, trained.metrics(), labels, profiles, rule, trained.iterations(),
                trained.converged(), options.algorithm().id(), trained.parameters().apply(newIndex),
                FeatureDistribution.of(features, rows));
    }

    /** Each R/F/M row's RFM segment id under the run's edges; null for other models or without edges. */
    private static String @Nullable [] memberSegments(List<ModelFeature> features, double[][] rows,
                                                      @Nullable RfmEdges edges, RfmSegmentTable table) {
        if (edges == null || !ClusterNaming.isRfm(features)) {
            return null;
        }
        List<String> inputs = features.stream().map(ModelFeature::input).toList();
        int r = inputs.indexOf("recencyDays");
        int f = inputs.indexOf("frequency");
        int m = inputs.indexOf("monetary");
        String[] segments = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            segments[i] = table.segmentOf(edges.scores(rows[i][r], rows[i][f], rows[i][m])).id();
        }
        return segments;
    }

    /** An algorithm's result before clusters are ordered: noise, when present, is the last cluster. */
    private record Trained(double[][] centroids, int[] labels, List<KMetrics> metrics, @Nullable Integer iterations,
                           @Nullable Boolean converged, boolean noise,
                           Function<int[], @Nullable AlgorithmParameters> parameters) {
    }

    private static Trained kmeans(double[][] scaled, TrainingOptions options) {
        KSelection selection = new KSelector().choose(scaled, options.kMin(), options.kMax(), options.seed(),
                options.restarts(), options.maxIterations(), options.tolerance(), options.kSelection());
        KMeansSolution s = selection.solution();
        List<KMetrics> metrics = selection.candidates().stream()
                .map(c -> KMetrics.of(c, c.k() == selection.chosenK())).toList();
        return new Trained(s.centroids(), s.labels(), metrics, s.iterations(), s.converged(), false, order -> null);
    }

    /** EM starts per k for the Gaussian mixture. */
    static final int GMM_STARTS = 5;

    private static Trained gmm(double[][] scaled, TrainingOptions options) {
        List<KCandidate> candidates = new ArrayList<>();
        List<GaussianMixture.Fit> fits = new ArrayList<>();
        for (int k = options.kMin(); k <= options.kMax(); k++) {
            GaussianMixture.Fit fit = GaussianMixture.fit(scaled, k, options.seed(), GMM_STARTS, options.maxIterations(), 1e-6);
            fits.add(fit);
            candidates.add(KSelector.evaluate(scaled, fit.labels(), k, inertia(scaled, fit.labels(), k), options.seed()));
        }
        int chosen = KSelector.pick(candidates, options.kSelection());
        GaussianMixture.Fit fit = fits.get(chosen);
        List<KMetrics> metrics = candidates.stream().map(c -> KMetrics.of(c, c == candidates.get(chosen))).toList();
        return new Trained(fit.means(), fit.labels(), metrics, fit.iterations(), fit.converged(), false, newIndex -> {
            int k = fit.weights().length;
            Double[] weights = new Double[k];
            List<List<Double>> means = new ArrayList<>(java.util.Collections.nCopies(k, null));
            List<List<List<Double>>> covariances = new ArrayList<>(java.util.Collections.nCopies(k, null));
            for (int c = 0; c < k; c++) {
                weights[newIndex[c]] = fit.weights()[c];
                means.set(newIndex[c], ScalerParameters.boxed(fit.means()[c]));
                List<List<Double>> rows = new ArrayList<>();
                for (double[] row : fit.covariances()[c]) {
                    rows.add(ScalerParameters.boxed(row));
                }
                covariances.set(newIndex[c], rows);
            }
            return AlgorithmParameters.gmm(List.of(weights), means, covariances, fit.logLikelihood(), GMM_STARTS);
        });
    }

    private static Trained ward(double[][] scaled, TrainingOptions options) {
        int[] sample = Ward.sample(scaled.length, Ward.SAMPLE_LIMIT, options.seed());
        double[][] points = new double[sample.length][];
        for (int s = 0; s < sample.length; s++) {
            points[s] = scaled[sample[s]];
        }
        Ward.Tree tree = Ward.tree(points);
        List<KCandidate> candidates = new ArrayList<>();
        List<int[]> cuts = new ArrayList<>();
        for (int k = options.kMin(); k <= Math.min(options.kMax(), points.length); k++) {
            int[] labels = tree.cut(k);
            cuts.add(labels);
            candidates.add(KSelector.evaluate(points, labels, k, inertia(points, labels, k), options.seed()));
        }
        int chosen = KSelector.pick(candidates, options.kSelection());
        int k = candidates.get(chosen).k();
        double[][] centroids = means(points, cuts.get(chosen), k);
        // why: customers outside the sample (and the sample itself, for consistency with /predict) take the nearest centroid
        int[] labels = new int[scaled.length];
        for (int i = 0; i < scaled.length; i++) {
            labels[i] = Centroids.nearest(centroids, scaled[i]);
        }
        List<KMetrics> metrics = candidates.stream().map(c -> KMetrics.of(c, c == candidates.get(chosen))).toList();
        int[] cut = cuts.get(chosen);
        return new Trained(centroids, labels, metrics, null, null, false,
                newIndex -> AlgorithmParameters.ward(sample.length, Ward.SAMPLE_LIMIT,
                        dendrogram(tree.top(Math.max(AlgorithmParameters.DENDROGRAM_MERGES, k - 1)), cut, newIndex)));
    }

    /** The tree's top with each leaf's final cluster (its cut label, renumbered as the clusters are). */
    private static AlgorithmParameters.Dendrogram dendrogram(Ward.Dendrogram top, int[] cut, int[] newIndex) {
        List<Integer> clusters = top.leafPoints().stream().map(point -> newIndex[cut[point]]).toList();
        List<List<Integer>> merges = top.merges().stream().map(m -> List.of(m[0], m[1])).toList();
        return new AlgorithmParameters.Dendrogram(top.leafSizes(), clusters, merges, top.heights());
    }

    private static Trained dbscan(double[][] scaled, TrainingOptions options) {
        boolean estimated = options.eps() == null;
        double eps = estimated ? Dbscan.kneeEps(scaled, options.minSamples(), options.seed()) : options.eps();
        Dbscan.Fit fit = Dbscan.fit(scaled, eps, options.minSamples());
        if (fit.clusters() == 0) {
            throw new IllegalArgumentException("DBSCAN found no cluster at eps = " + eps + " and minSamples = "
                    + options.minSamples() + ": every customer is noise; give a larger eps or a smaller minSamples");
        }
        int c = fit.clusters();
        boolean noise = fit.noiseShare() > 0;
        int[] labels = new int[scaled.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = fit.labels()[i] == Dbscan.NOISE ? c : fit.labels()[i];
        }
        double[][] centroids = means(scaled, labels, noise ? c + 1 : c);
        // why: metrics are of the clusters DBSCAN found; noise is no cluster, so its points are left out
        int members = (int) java.util.Arrays.stream(labels).filter(l -> l < c).count();
        double[][] clustered = new double[members][];
        int[] clusteredLabels = new int[members];
        for (int i = 0, m = 0; i < labels.length; i++) {
            if (labels[i] < c) {
                clustered[m] = scaled[i];
                clusteredLabels[m++] = labels[i];
            }
        }
        KCandidate candidate = KSelector.evaluate(clustered, clusteredLabels, c, inertia(clustered, clusteredLabels, c),
                options.seed());
        return new Trained(centroids, labels, List.of(KMetrics.of(candidate, true)), null, null, noise, newIndex -> {
            List<List<Double>> core = new ArrayList<>();
            List<Integer> coreClusters = new ArrayList<>();
            for (int i = 0; i < scaled.length; i++) {
                if (fit.core()[i]) {
                    core.add(ScalerParameters.boxed(scaled[i]));
                    coreClusters.add(newIndex[labels[i]]);
                }
            }
            return AlgorithmParameters.dbscan(eps, estimated, options.minSamples(), core, coreClusters);
        });
    }

    /**
     * The fit with cluster ids matched to a previous model's over the same features: new and previous centroids (the
     * previous one taken to the new scaled space) paired by least total distance; a matched cluster takes the
     * previous id, an unmatched one the next unused {@code cluster-N}; noise keeps {@code noise}. Cluster order (by
     * monetary value) is unchanged.
     */
    static Matched matchIds(Fit fit, ClusterModel previous) {
        Preprocessing previousPreprocessing = PreprocessingParameters.toPreprocessing(previous.featureNames(),
                previous.scaler(), previous.preprocessing());
        List<Integer> before = new ArrayList<>();
        for (int j = 0; j < previous.clusters().size(); j++) {
            if (!previous.clusters().get(j).id().equals(NOISE_ID)) {
                before.add(j);
            }
        }
        List<Integer> after = new ArrayList<>();
        for (int i = 0; i < fit.clusters().size(); i++) {
            if (!fit.clusters().get(i).id().equals(NOISE_ID)) {
                after.add(i);
            }
        }
        double[][] cost = new double[after.size()][before.size()];
        for (int b = 0; b < before.size(); b++) {
            double[] mapped = fit.preprocessing().fromTransformed(previousPreprocessing.toTransformed(
                    ScalerParameters.unboxed(previous.centroids().get(before.get(b)))));
            for (int a = 0; a < after.size(); a++) {
                cost[a][b] = Centroids.distance(fit.centroids()[after.get(a)], mapped);
            }
        }
        int[] match = before.isEmpty() ? new int[after.size()] : io.segmentation.clustering.MinimumCostAssignment.solve(cost);
        if (before.isEmpty()) {
            Arrays.fill(match, -1);
        }
        int next = 0;
        for (ClusterProfile p : previous.clusters()) {
            if (p.id().matches("cluster-\\d+")) {
                next = Math.max(next, Integer.parseInt(p.id().substring("cluster-".length())) + 1);
            }
        }
        List<ClusterProfile> clusters = new ArrayList<>(fit.clusters());
        List<ClusterMatching.Match> matched = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (int a = 0; a < after.size(); a++) {
            String id;
            if (match[a] >= 0) {
                id = previous.clusters().get(before.get(match[a])).id();
                matched.add(new ClusterMatching.Match(id, round(cost[a][match[a]])));
            } else {
                id = "cluster-" + next++;
                fresh.add(id);
            }
            taken.add(id);
            clusters.set(after.get(a), clusters.get(after.get(a)).withId(id));
        }
        List<String> vanished = before.stream().map(j -> previous.clusters().get(j).id()).filter(id -> !taken.contains(id))
                .toList();
        Fit relabelled = new Fit(fit.preprocessing(), fit.centroids(), fit.metrics(), fit.labels(), clusters, fit.kSelection(),
                fit.iterations(), fit.converged(), fit.algorithm(), fit.parameters(), fit.distributions());
        return new Matched(relabelled, new ClusterMatching(previous.version(), matched, fresh, vanished));
    }

    /** A fit with matched ids and how they were matched. */
    record Matched(Fit fit, ClusterMatching matching) {
    }

    /** Means of the labelled points per cluster 0..k-1 (a zero vector for an empty cluster). */
    static double[][] means(double[][] points, int[] labels, int k) {
        int d = points[0].length;
        double[][] means = new double[k][d];
        int[] sizes = new int[k];
        for (int i = 0; i < points.length; i++) {
            sizes[labels[i]]++;
            for (int f = 0; f < d; f++) {
                means[labels[i]][f] += points[i][f];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int f = 0; f < d && sizes[c] > 0; f++) {
                means[c][f] /= sizes[c];
            }
        }
        return means;
    }

    /** Within-cluster sum of squares around each cluster's mean. */
    static double inertia(double[][] points, int[] labels, int k) {
        if (points.length == 0) {
            return 0;
        }
        double[][] means = means(points, labels, k);
        double total = 0;
        for (int i = 0; i < points.length; i++) {
            total += Centroids.squaredDistance(points[i], means[labels[i]]);
        }
        return total;
    }

    /**
     * The feature clusters are ordered by: the first whose input is {@code monetary}, else the first whose input
     * mentions spending or monetary (e.g. {@code TotalSpending}), else the first feature.
     */
    public static int orderingFeature(List<ModelFeature> features) {
        for (int f = 0; f < features.size(); f++) {
            if (features.get(f).input().equals("monetary")) {
                return f;
            }
        }
        for (int f = 0; f < features.size(); f++) {
            String input = features.get(f).input().toLowerCase(Locale.ROOT);
            if (input.contains("spend") || input.contains("monetary")) {
                return f;
            }
        }
        return 0;
    }

    /**
     * Cluster profiles: ids, names, centroids in original units and, when labels are known, sizes and shares.
     *
     * @param naming    maps centroids in transformed units to the z-scores names read; null when the model space
     *                  already is that (z-score, no PCA)
     * @param centroids model-space centroids, already in cluster id order
     * @param labels    each training row's cluster index, or null when no rows are known (imports)
     */
    public static List<ClusterProfile> profiles(Preprocessing preprocessing, @Nullable StandardScaler naming,
                                                double[][] centroids, int @Nullable [] labels,
                                                double @Nullable [] revenue, @Nullable RfmEdges edges,
                                                RfmSegmentTable table) {
        return profiles(preprocessing, naming, centroids, labels, revenue, edges, table, false, null);
    }

    /**
     * As above; with {@code noise}, the last cluster is DBSCAN's noise: id {@code noise}, named "Outliers"; with
     * {@code segments} (each row's RFM segment id), each cluster's majority segment and whether its name agrees.
     */
    static List<ClusterProfile> profiles(Preprocessing preprocessing, @Nullable StandardScaler naming,
                                         double[][] centroids, int @Nullable [] labels, double @Nullable [] revenue,
                                         @Nullable RfmEdges edges, RfmSegmentTable table, boolean noise,
                                         String @Nullable [] segments) {
        List<ModelFeature> features = preprocessing.features();
        int k = centroids.length;
        List<Map<String, Double>> original = new ArrayList<>(k);
        double[][] zScores = new double[k][];
        for (int c = 0; c < k; c++) {
            double[] unscaled = preprocessing.toTransformed(centroids[c]);
            zScores[c] = naming == null ? centroids[c] : naming.transform(unscaled);
            Map<String, Double> values = new LinkedHashMap<>();
            for (int f = 0; f < features.size(); f++) {
                values.put(features.get(f).input(), round(features.get(f).invert(unscaled[f])));
            }
            original.add(values);
        }
        List<ClusterNaming.Name> names = ClusterNaming.names(features, zScores, original, edges, table);
        long[] sizes = new long[k];
        double[] revenues = new double[k];
        double totalRevenue = 0;
        List<Map<String, Long>> memberSegments = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            memberSegments.add(new LinkedHashMap<>());
        }
        if (labels != null) {
            for (int i = 0; i < labels.length; i++) {
                sizes[labels[i]]++;
                if (revenue != null) {
                    revenues[labels[i]] += revenue[i];
                    totalRevenue += revenue[i];
                }
                if (segments != null) {
                    memberSegments.get(labels[i]).merge(segments[i], 1L, Long::sum);
                }
            }
        }
        List<ClusterProfile> profiles = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            boolean sized = labels != null;
            boolean valued = sized && revenue != null;
            boolean isNoise = noise && c == k - 1;
            ClusterProfile profile = new ClusterProfile(isNoise ? NOISE_ID : "cluster-" + c,
                    isNoise ? "Outliers" : names.get(c).name(), isNoise ? null : names.get(c).archetype(),
                    describe(original.get(c)), original.get(c),
                    sized ? sizes[c] : null, sized && labels.length > 0 ? round((double) sizes[c] / labels.length) : null,
                    valued ? round(revenues[c]) : null,
                    valued && totalRevenue > 0 ? round(revenues[c] / totalRevenue) : null);
            String archetype = isNoise ? null : names.get(c).archetype();
            profiles.add(archetype == null || memberSegments.get(c).isEmpty() ? profile
                    : NameAgreement.of(profile, archetype, memberSegments.get(c), sizes[c], table));
        }
        return profiles;
    }

    /** The centroid in words: "recencyDays 9.3, frequency 11.2, monetary 4012.55". */
    static String describe(Map<String, Double> centroid) {
        List<String> parts = new ArrayList<>();
        centroid.forEach((input, value) -> parts.add(input + " " + String.format(Locale.ROOT, "%.2f", value)));
        return "Centroid: " + String.join(", ", parts);
    }

    /** Rounds to 4 decimals: centroids and shares are read by people, not fed back into the maths. */
    static double round(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
