/** Health: the {@code /health} summary for callers and the MongoDB ping check behind the readiness probe. */
@NullMarked
package io.segmentation.health;

import org.jspecify.annotations.NullMarked;
