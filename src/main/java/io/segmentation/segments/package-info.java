/**
 * Segments: the published customer and segment profiles, their read API, the CSV and seed-JSON exports, and the
 * customers' RFM segment history and migration matrices between runs.
 */
@NullMarked
package io.segmentation.segments;

import org.jspecify.annotations.NullMarked;
