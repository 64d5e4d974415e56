package io.segmentation.rfm;

/**
 * The score edges of a run's recency, frequency and monetary values: enough to score a customer who is not in the
 * run exactly as the run scored its own customers.
 */
public record RfmEdges(ScoreEdges recency, ScoreEdges frequency, ScoreEdges monetary) {

    /**
     * The edges of a run's customers, index-aligned arrays of equal, non-zero length.
     *
     * @throws IllegalArgumentException when the arrays are empty
     */
    public static RfmEdges of(double[] recencyDays, double[] frequency, double[] monetary) {
        return new RfmEdges(ScoreEdges.of(recencyDays, false), ScoreEdges.of(frequency, true),
                ScoreEdges.of(monetary, true));
    }

    /** The 1-5 scores of recency in days, frequency in orders and monetary in the data's currency. */
    public RfmScores scores(double recencyDays, double frequency, double monetary) {
        return new RfmScores(recency.score(recencyDays), this.frequency.score(frequency), this.monetary.score(monetary));
    }
}
