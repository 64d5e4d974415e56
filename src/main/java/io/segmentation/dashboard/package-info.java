/**
 * Dashboard: the per-run aggregates behind the charts (RFM grid, scatter sample, correlations, monthly trends,
 * segment sizes across runs), computed once when a run is published and stored, their {@code /dashboard/...}
 * endpoints, and the self-contained {@code /report}; the page itself is static, under {@code resources/static}.
 *
 * <p>Top products are not shown: orders are stored without their lines' products (the service does not read a
 * product column), and keeping per-product totals would change ingestion, cleaning and the order documents.
 */
@NullMarked
package io.segmentation.dashboard;

import org.jspecify.annotations.NullMarked;
