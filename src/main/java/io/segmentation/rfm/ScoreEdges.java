package io.segmentation.rfm;

import java.util.Arrays;
import java.util.List;

/**
 * The quintile score edges of one metric in a run: four values that score any new value exactly as
 * {@link QuintileScorer} scored the run's customers, without keeping every customer's value.
 *
 * <p>For a higher-is-better metric, {@code score = 1 + #{s : value > edges[s]}}; for recency (lower is better),
 * {@code score = 1 + #{s : value < edges[s]}}.
 *
 * @param higherIsBetter true for frequency and monetary, false for recency
 * @param edges          four values, for scores 2, 3, 4 and 5 in that order
 */
public record ScoreEdges(boolean higherIsBetter, List<Double> edges) {

    /** Copies the edges; there must be four. */
    public ScoreEdges {
        edges = List.copyOf(edges);
        if (edges.size() != 4) {
            throw new IllegalArgumentException("need 4 edges, got " + edges.size());
        }
    }

    /**
     * The edges of a run's values.
     *
     * @param values one finite value per customer, at least one
     * @throws IllegalArgumentException when values is empty
     */
    public static ScoreEdges of(double[] values, boolean higherIsBetter) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        Double[] edges = new Double[4];
        for (int s = 2; s <= 5; s++) {
            // why: score >= s exactly when at least c = ceil((s - 1) n / 5) values are strictly worse; for a
            // higher-is-better metric that means value > the c-th smallest value, for recency value < the c-th largest
            int c = (int) (((long) (s - 1) * n + 4) / 5);
            edges[s - 2] = higherIsBetter ? sorted[c - 1] : sorted[n - c];
        }
        return new ScoreEdges(higherIsBetter, List.of(edges));
    }

    /** The score 1-5 of a value against the run's customers. */
    public int score(double value) {
        int score = 1;
        for (double edge : edges) {
            if (higherIsBetter ? value > edge : value < edge) {
                score++;
            }
        }
        return score;
    }
}
