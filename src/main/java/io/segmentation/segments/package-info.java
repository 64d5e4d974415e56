/** Segments: the published customer and segment profiles, their read API and CSV export. */
@NullMarked
package io.segmentation.segments;

import org.jspecify.annotations.NullMarked;
