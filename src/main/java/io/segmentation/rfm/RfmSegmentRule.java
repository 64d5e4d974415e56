package io.segmentation.rfm;

/**
 * One row of the RFM segment table: a named segment and the score ranges that select it.
 *
 * @param id          stable id used in URLs, e.g. {@code at-risk}
 * @param name        display name, e.g. {@code At Risk}
 * @param description one sentence for marketers
 */
public record RfmSegmentRule(String id, String name, String description, IntRange r, IntRange f, IntRange m) {

    public boolean matches(RfmScores s) {
        return r.contains(s.r()) && f.contains(s.f()) && m.contains(s.m());
    }

    /** The rule in words, e.g. {@code "R 4-5, F 4-5, M 4-5"}. */
    public String rule() {
        return "R " + r + ", F " + f + ", M " + m;
    }
}
