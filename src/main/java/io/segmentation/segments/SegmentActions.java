package io.segmentation.segments;

import java.util.List;

/**
 * Recommended actions per segment, shown in {@code recommendedActions} of {@code /segments} and {@code /segment/{id}};
 * implemented by the recommendations catalogue of the prediction feature.
 */
public interface SegmentActions {

    /** The actions for a segment id (RFM, cluster or rule segment), most urgent first; empty when none. */
    List<String> actionsFor(String segmentId);
}
