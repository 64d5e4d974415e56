/**
 * Rule segments (pure): purchase frequency, spending and category preference, each an ordered list of named rules
 * over a customer's orders, first match wins; thresholds come from {@link io.segmentation.rules.RuleSettings}.
 */
@NullMarked
package io.segmentation.rules;

import org.jspecify.annotations.NullMarked;
