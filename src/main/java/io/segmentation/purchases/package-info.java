/**
 * Purchases at order level: aggregation of clean lines into orders, the order store in MongoDB, and the MongoDB
 * purchase sources ({@code segmentation.sources[i].*}) every run reads besides the uploads.
 *
 * <p>A source is read by aggregation in MongoDB ({@code $project} with {@code $convert} of the amount, {@code $group}
 * per customer, order, date and category, then {@code $group} per customer) wherever the server runs that pipeline:
 * MongoDB 4.0+ and the embedded mongo-java-server 1.47 both do. {@code read: auto} falls back to streaming the
 * documents with a projection of the five fields when the server rejects the pipeline; {@code read: stream} forces
 * that path. Both paths give the same orders (tested); dates are always parsed in the service, in
 * {@code segmentation.zone}, because {@code $dateFromString} is missing from mongo-java-server and reads local
 * times in UTC. On a real MongoDB the pipeline runs with {@code allowDiskUse}; one customer's sums must fit a
 * 16 MB result document (tens of thousands of distinct orders per customer), beyond which {@code read: stream}
 * applies. The freshness signature of a source is its document count, greatest {@code _id} and greatest date: inserts
 * and deletes are seen, an in-place update of an old document is not (run with {@code force=true}).
 */
@NullMarked
package io.segmentation.purchases;

import org.jspecify.annotations.NullMarked;
