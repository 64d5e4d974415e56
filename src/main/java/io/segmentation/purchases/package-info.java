/** Purchases at order level: aggregation of clean lines into orders, and the order store in MongoDB. */
@NullMarked
package io.segmentation.purchases;

import org.jspecify.annotations.NullMarked;
