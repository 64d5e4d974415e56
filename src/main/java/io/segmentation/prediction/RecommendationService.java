package io.segmentation.prediction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.segmentation.models.ClusterProfile;
import io.segmentation.prediction.CustomerRecommendations.SegmentRef;
import io.segmentation.rfm.RfmSegmentRule;
import io.segmentation.rfm.RfmSegmentTable;
import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.SegmentService;
import org.springframework.stereotype.Service;

/** Puts a customer's segments together with the catalogue's actions for them. */
@Service
class RecommendationService {

    private static final Map<String, Integer> RANK = Map.of("high", 0, "medium", 1, "low", 2);

    private final SegmentService segments;
    private final RecommendationCatalogue catalogue;
    private final PublishedClusters clusters;

    /** The catalogue key of the actions for valuable customers at high churn risk. */
    static final String HIGH_CHURN_RISK = "high-churn-risk";

    private final RfmSegmentTable rfmTable;
    private final double churnRisk;

    RecommendationService(SegmentService segments, RecommendationCatalogue catalogue, PublishedClusters clusters,
                          RfmSegmentTable rfmTable, RecommendationSettings settings) {
        this.rfmTable = rfmTable;
        this.churnRisk = settings.churnRisk();
        this.segments = segments;
        this.catalogue = catalogue;
        this.clusters = clusters;
    }

    /** Throws {@link io.segmentation.segments.UnknownCustomerException} when the published run lacks the customer. */
    CustomerRecommendations recommend(String customerId) {
        CustomerProfile c = segments.customer(customerId);
        String runId = segments.segments("rfm").runId();
        RfmSegmentRule rfm = rfmTable.rules().stream().filter(r -> r.id().equals(c.rfmSegment()))
                .findFirst().orElse(null);
        SegmentRef rfmRef = new SegmentRef(c.rfmSegment(), rfm == null ? c.rfmSegment() : rfm.name());
        SegmentRef clusterRef = c.cluster() == null ? null : new SegmentRef(c.cluster(), clusterName(c.cluster()));

        Set<String> ids = new LinkedHashSet<>();
        boolean winBack = c.clv() != null && c.clv().churnRisk() >= churnRisk && c.mScore() >= 4;
        if (winBack) {
            ids.add(HIGH_CHURN_RISK);
        }
        ids.add(c.rfmSegment());
        if (c.cluster() != null) {
            ids.add(c.cluster());
        }
        if (c.rules() != null) {
            ids.add(c.rules().purchaseFrequency());
            // why: a spending class that disagrees with the customer's monetary quintile would contradict the RFM
            // segment's actions (a VIP tier next to "cheap automated suggestions only"); the quintile wins
            boolean contradicts = c.rules().spending().equals("low-value") && c.mScore() >= 4
                    || c.rules().spending().equals("high-value") && c.mScore() <= 2;
            if (!contradicts) {
                ids.add(c.rules().spending());
            }
            ids.add(c.rules().category());
        }
        List<Recommendation> all = new ArrayList<>();
        Set<String> actions = new LinkedHashSet<>();
        for (String id : ids) {
            for (Recommendation r : catalogue.forSegment(id)) {
                if (actions.add(r.action())) {
                    all.add(r);
                }
            }
        }
        // why: a valuable customer likely to be lost is won back first, whatever the segments suggest
        all.sort(Comparator.comparingInt((Recommendation r) -> r.segment().equals(HIGH_CHURN_RISK) ? 0 : 1)
                .thenComparingInt(r -> RANK.getOrDefault(r.priority(), 3)));
        return new CustomerRecommendations(c.customerId(), runId == null ? "" : runId, rfmRef, clusterRef, c.rules(), all);
    }

    private String clusterName(String clusterId) {
        return clusters.cluster(clusterId).map(ClusterProfile::name).orElse(clusterId);
    }
}
