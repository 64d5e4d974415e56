package io.segmentation.segments;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.segmentation.rules.RuleSegments;
import org.jspecify.annotations.Nullable;

/**
 * One customer's metrics and segments in a run.
 *
 * @param customerId        customer id as in the data ({@code 12923.0} is stored as {@code 12923})
 * @param country           country on the customer's orders, when the data has one
 * @param recencyDays       whole days from the last purchase date to the run's reference date
 * @param frequency         distinct orders
 * @param monetary          total spend in the data's currency
 * @param averageOrderValue monetary / frequency
 * @param firstPurchase     date of the first order
 * @param lastPurchase      date of the last order
 * @param tenureDays        whole days from the first purchase date to the reference date
 * @param rScore            recency quintile score 1-5 (5 = most recent)
 * @param fScore            frequency quintile score 1-5
 * @param mScore            monetary quintile score 1-5
 * @param rfmScore          the three scores as a string, e.g. {@code "545"}
 * @param rfmSegment        id of the RFM segment, e.g. {@code champions}
 * @param cluster           K-means cluster id, e.g. {@code cluster-0}, or null when no model assigned one
 * @param rules             rule segments, or null when the run computed none
 * @param previousRfmSegment the RFM segment in the previous completed run, or null when the customer was not in it
 * @param segmentHistory    the customer's RFM segment in this run and the runs before it, newest first, at most
 *                          {@value SegmentHistory#MAX_RUNS} runs; null for profiles stored before history existed
 * @param clv               lifetime value and churn, or null when the run fitted no model (see {@code GET /clv})
 * @param model             name of the cluster model that assigned {@code cluster}, or null
 * @param modelVersion      its version, or null (the cluster id means something only with the model's version)
 */
@Schema(description = "A customer's RFM metrics, scores and segments in the published run.")
public record CustomerProfile(
        @Schema(example = "12347") String customerId,
        @Schema(example = "Iceland") @Nullable String country,
        @Schema(example = "40") long recencyDays,
        @Schema(example = "4") int frequency,
        @Schema(example = "453.0") double monetary,
        @Schema(example = "113.25") double averageOrderValue,
        @Schema(example = "2010-12-07") LocalDate firstPurchase,
        @Schema(example = "2011-10-31") LocalDate lastPurchase,
        @Schema(example = "368") long tenureDays,
        @Schema(example = "3") int rScore,
        @Schema(example = "4") int fScore,
        @Schema(example = "3") int mScore,
        @Schema(example = "343") String rfmScore,
        @Schema(example = "loyal-customers") String rfmSegment,
        @Schema(example = "cluster-1") @Nullable String cluster,
        @Nullable RuleSegments rules,
        @Schema(example = "potential-loyalists") @Nullable String previousRfmSegment,
        @Nullable List<SegmentHistory.Entry> segmentHistory,
        @Nullable CustomerClv clv,
        @Schema(example = "default") @Nullable String model,
        @Schema(example = "3") @Nullable Integer modelVersion) {

    /** A profile without migration data; {@link SegmentHistory} adds it when the run is stored. */
    public CustomerProfile(String customerId, @Nullable String country, long recencyDays, int frequency,
                           double monetary, double averageOrderValue, LocalDate firstPurchase, LocalDate lastPurchase,
                           long tenureDays, int rScore, int fScore, int mScore, String rfmScore, String rfmSegment,
                           @Nullable String cluster, @Nullable RuleSegments rules) {
        this(customerId, country, recencyDays, frequency, monetary, averageOrderValue, firstPurchase, lastPurchase,
                tenureDays, rScore, fScore, mScore, rfmScore, rfmSegment, cluster, rules, null, null, null, null, null);
    }

    /** A profile with migration data and no lifetime value (profiles stored before lifetime value existed). */
    public CustomerProfile(String customerId, @Nullable String country, long recencyDays, int frequency,
                           double monetary, double averageOrderValue, LocalDate firstPurchase, LocalDate lastPurchase,
                           long tenureDays, int rScore, int fScore, int mScore, String rfmScore, String rfmSegment,
                           @Nullable String cluster, @Nullable RuleSegments rules, @Nullable String previousRfmSegment,
                           @Nullable List<SegmentHistory.Entry> segmentHistory) {
        this(customerId, country, recencyDays, frequency, monetary, averageOrderValue, firstPurchase, lastPurchase,
                tenureDays, rScore, fScore, mScore, rfmScore, rfmSegment, cluster, rules, previousRfmSegment,
                segmentHistory, null, null, null);
    }

    /** This profile in a cluster of a model version. */
    public CustomerProfile withCluster(@Nullable String newCluster, @Nullable String newModel,
                                       @Nullable Integer newModelVersion) {
        return new CustomerProfile(customerId, country, recencyDays, frequency, monetary, averageOrderValue,
                firstPurchase, lastPurchase, tenureDays, rScore, fScore, mScore, rfmScore, rfmSegment, newCluster,
                rules, previousRfmSegment, segmentHistory, clv, newModel, newModelVersion);
    }

    /** This profile with its lifetime value figures. */
    public CustomerProfile withClv(@Nullable CustomerClv newClv) {
        return new CustomerProfile(customerId, country, recencyDays, frequency, monetary, averageOrderValue,
                firstPurchase, lastPurchase, tenureDays, rScore, fScore, mScore, rfmScore, rfmSegment, cluster,
                rules, previousRfmSegment, segmentHistory, newClv, model, modelVersion);
    }

    /** This profile with the customer's previous RFM segment and segment history. */
    CustomerProfile withHistory(@Nullable String previous, List<SegmentHistory.Entry> history) {
        return new CustomerProfile(customerId, country, recencyDays, frequency, monetary, averageOrderValue,
                firstPurchase, lastPurchase, tenureDays, rScore, fScore, mScore, rfmScore, rfmSegment, cluster, rules,
                previous, history, clv, model, modelVersion);
    }
}
