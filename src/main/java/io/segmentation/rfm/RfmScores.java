package io.segmentation.rfm;

/** The three quintile scores of a customer, each 1-5. */
public record RfmScores(int r, int f, int m) {

    /** The scores as the three-digit string {@code "RFM"}, e.g. {@code "545"}. */
    public String code() {
        return "" + r + f + m;
    }
}
