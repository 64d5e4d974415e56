/**
 * Maths (pure): small numerical building blocks that several core packages share, such as searches in sorted
 * arrays; nothing feature-specific.
 */
@NullMarked
package io.segmentation.maths;

import org.jspecify.annotations.NullMarked;
