/**
 * Customer lifetime value and churn: BG/NBD purchase counts, Gamma-Gamma spend, discounted lifetime value and
 * holdout validation (pure numerics on arrays and records, only {@code java.*} and Commons Math).
 */
package io.segmentation.clv;
