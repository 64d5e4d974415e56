package io.segmentation.clustering;

import java.util.List;

/**
 * The outcome of choosing k: the chosen k, its trained solution, and the metrics of every k that was tried.
 *
 * @param chosenK the k with the highest silhouette (the smallest such k on a tie)
 * @param solution the k-means solution for chosenK
 * @param candidates one entry per k tried, in increasing k
 */
public record KSelection(int chosenK, KMeansSolution solution, List<KCandidate> candidates) {

    /** Copies the candidate list, so the selection is immutable. */
    public KSelection {
        candidates = List.copyOf(candidates);
    }

    /** The metrics of the chosen k. */
    public KCandidate chosen() {
        return candidates.stream().filter(candidate -> candidate.k() == chosenK).findFirst().orElseThrow();
    }
}
