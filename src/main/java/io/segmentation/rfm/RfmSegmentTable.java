package io.segmentation.rfm;

import java.util.List;

/** The ordered RFM segment rules; the first rule that matches a customer's scores names the segment. */
public record RfmSegmentTable(List<RfmSegmentRule> rules) {

    /** The default table of DESIGN.md: 11 segments, Champions first, Need Attention catching the rest (what {@code segmentation.rfm.segments} defaults to). */
    public static final RfmSegmentTable DEFAULT = new RfmSegmentTable(List.of(
            rule("champions", "Champions", "Bought recently, buy often and spend the most.", "4-5", "4-5", "4-5"),
            rule("cannot-lose-them", "Cannot Lose Them", "Used to buy often and spend a lot, but not for a long time.", "1-2", "4-5", "4-5"),
            rule("at-risk", "At Risk", "Spent well and often, but long ago.", "1-2", "3-5", "3-5"),
            rule("loyal-customers", "Loyal Customers", "Buy regularly and spend well.", "3-5", "3-5", "3-5"),
            rule("lost", "Lost", "Lowest recency, frequency and monetary scores.", "1", "1", "1"),
            rule("new-customers", "New Customers", "Bought recently, but only once or twice and not much.", "4-5", "1-2", "1-2"),
            rule("promising", "Promising", "Recent-ish shoppers with little history yet.", "3", "2", "2"),
            rule("potential-loyalists", "Potential Loyalists", "Recent customers with average frequency and spend.", "3-5", "1-3", "1-3"),
            rule("about-to-sleep", "About To Sleep", "Below-average recency, frequency and spend.", "2", "1-2", "1-2"),
            rule("hibernating", "Hibernating", "Last bought long ago, rarely and for little.", "1-2", "1-2", "1-2"),
            rule("need-attention", "Need Attention", "Every other combination of scores.", "any", "any", "any")));

    /**
     * @throws IllegalArgumentException when the table is empty, repeats an id, or leaves one of the 125 score
     *                                  combinations without a segment (the message names one)
     */
    public RfmSegmentTable {
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("the RFM segment table is empty; give at least one segment");
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (RfmSegmentRule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("RFM segment id '" + rule.id() + "' is used twice");
            }
        }
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    RfmScores scores = new RfmScores(r, f, m);
                    if (rules.stream().noneMatch(rule -> rule.matches(scores))) {
                        throw new IllegalArgumentException("the RFM score combination R " + r + ", F " + f + ", M " + m
                                + " reaches no segment; every one of the 125 combinations must: add a rule for it or"
                                + " end the table with a segment whose r, f and m are 'any'");
                    }
                }
            }
        }
    }

    /** The segment of a customer's scores: the first matching rule. */
    public RfmSegmentRule segmentOf(RfmScores scores) {
        for (RfmSegmentRule rule : rules) {
            if (rule.matches(scores)) {
                return rule;
            }
        }
        throw new IllegalStateException("unreachable: every score combination is covered");
    }

    private static RfmSegmentRule rule(String id, String name, String description, String r, String f, String m) {
        return new RfmSegmentRule(id, name, description, IntRange.parse(r), IntRange.parse(f), IntRange.parse(m));
    }
}
