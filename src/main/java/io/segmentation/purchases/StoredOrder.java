package io.segmentation.purchases;

/**
 * One distinct stored order as MongoDB groups it for a run: the version of the last upload that has it, and where
 * the first upload that has it wrote it, which is when {@link OrderStore#forEachIn} would first hand it over.
 *
 * @param order    the order, as the last of the uploads that has it stores it
 * @param upload   position of the first upload that has it in the list of uploads read, from 0
 * @param bucket   its bucket's index within that upload, from 0
 * @param position its position within that bucket, from 0
 */
public record StoredOrder(Order order, int upload, int bucket, int position) {
}
