package io.segmentation.rfm;

import java.util.List;

/** The ordered RFM segment rules; the first rule that matches a customer's scores names the segment. */
public record RfmSegmentTable(List<RfmSegmentRule> rules) {

    /** The default table of DESIGN.md: 11 segments, Champions first, Need Attention catching the rest. */
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

    public RfmSegmentTable {
        rules = List.copyOf(rules);
        if (rules.isEmpty() || !rules.get(rules.size() - 1).r().equals(IntRange.ANY)
                || !rules.get(rules.size() - 1).f().equals(IntRange.ANY) || !rules.get(rules.size() - 1).m().equals(IntRange.ANY)) {
            throw new IllegalArgumentException("the last RFM segment rule must match any scores, so every customer gets a segment");
        }
    }

    /** The segment of a customer's scores: the first matching rule. */
    public RfmSegmentRule segmentOf(RfmScores scores) {
        for (RfmSegmentRule rule : rules) {
            if (rule.matches(scores)) {
                return rule;
            }
        }
        throw new IllegalStateException("unreachable: the last rule matches any scores");
    }

    private static RfmSegmentRule rule(String id, String name, String description, String r, String f, String m) {
        return new RfmSegmentRule(id, name, description, IntRange.parse(r), IntRange.parse(f), IntRange.parse(m));
    }
}
