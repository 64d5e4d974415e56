package io.segmentation.runs;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.segmentation.clustering.PopulationStability;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * How a run's customers compare with a model's training data and with the previous run.
 *
 * @param model              the model version that assigned (or, for {@code GET /models/{version}/drift}, would
 *                           assign) the clusters
 * @param runId              the run whose customers were measured
 * @param psiModel           the model version the PSI is measured against: {@code model}, or the drifted model a
 *                           retrain replaced
 * @param features           PSI per model feature (input units, the training data's deciles); empty when the model
 *                           stored no training distributions
 * @param maxPsi             the largest feature PSI, null when none was measured
 * @param drifted            whether a feature's PSI exceeds {@value io.segmentation.clustering.PopulationStability#DRIFT_THRESHOLD}
 * @param note               why something is missing (a model stored before drift existed, no previous run)
 * @param retrained          whether the run retrained the default model because of drift
 *                           ({@code segmentation.models.retrain-on-drift})
 * @param previousRunId      the run compared with (the one published before), null for the first
 * @param customersInBoth    customers with a cluster in both runs
 * @param adjustedRandIndex  agreement of the two runs' cluster assignments of those customers: 1 the same partition,
 *                           about 0 no more than chance; null without a previous run
 * @param clusters           per cluster: its share of the training data, of the previous run and of this run
 * @param lowConfidenceShare share of customers assigned with confidence below {@link #LOW_CONFIDENCE}
 */
@Schema(description = "Drift (PSI per feature against the training data), stability (adjusted Rand index against the"
        + " previous run), cluster share changes and the share of low-confidence assignments.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunDrift(@Schema(example = "3") int model, String runId, @Schema(example = "3") int psiModel,
                       List<FeaturePsi> features, @Schema(example = "0.0213") @Nullable Double maxPsi,
                       boolean drifted, @Nullable String note, boolean retrained, @Nullable String previousRunId,
                       @Schema(example = "4312") long customersInBoth,
                       @Schema(example = "0.9731") @Nullable Double adjustedRandIndex, List<ClusterShare> clusters,
                       @Schema(example = "0.0842") double lowConfidenceShare) {

    /** A feature drifted when its PSI exceeds this (the usual rule of thumb for a significant shift). */
    public static final double DRIFT_THRESHOLD = PopulationStability.DRIFT_THRESHOLD;

    /** Assignments with a confidence below this (K-means, Ward: relative margin; GMM: posterior; DBSCAN) are low. */
    public static final double LOW_CONFIDENCE = 0.2;

    /**
     * A feature's population stability index.
     *
     * @param input   the feature's input ({@code recencyDays}, {@code frequency}, {@code monetary})
     * @param psi     sum over the ten training-decile bins of (actual - expected) ln(actual / expected)
     * @param drifted psi above 0.25
     */
    public record FeaturePsi(@Schema(example = "monetary") String input, @Schema(example = "0.0213") double psi,
                             boolean drifted) {
    }

    /**
     * A cluster's share of customers.
     *
     * @param cluster       cluster id
     * @param name          cluster name
     * @param trainingShare share of the model's training data
     * @param previousShare share of the previous run's customers (null without one)
     * @param share         share of this run's customers
     * @param change        share - previousShare (null without a previous run)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClusterShare(@Schema(example = "cluster-0") String cluster, String name,
                               @Schema(example = "0.21") @Nullable Double trainingShare,
                               @Schema(example = "0.2") @Nullable Double previousShare,
                               @Schema(example = "0.22") double share,
                               @Schema(example = "0.02") @Nullable Double change) {
    }
}
