package io.segmentation.rules;

import java.util.List;
import java.util.function.Predicate;

/**
 * One named rule of a dimension: the segment it assigns and the test a customer's history must pass.
 *
 * @param segment the segment assigned when the test passes
 * @param test the rule's condition
 * @param <S> the dimension's segment type
 */
record Rule<S>(S segment, Predicate<RuleFacts> test) {

    /**
     * Applies rules in order, first match wins.
     *
     * @return the segment of the first rule whose test passes, else {@code otherwise}
     */
    static <S> S firstMatch(List<Rule<S>> rules, RuleFacts history, S otherwise) {
        for (Rule<S> rule : rules) {
            if (rule.test.test(history)) {
                return rule.segment;
            }
        }
        return otherwise;
    }
}
