/** RFM: recency, frequency and monetary metrics, quintile scores and the RFM segment table (pure, no I/O). */
@NullMarked
package io.segmentation.rfm;

import org.jspecify.annotations.NullMarked;
