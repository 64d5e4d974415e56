/**
 * Runs: the pipeline that turns stored orders into customer and segment profiles, run records, and publication.
 */
@NullMarked
package io.segmentation.runs;

import org.jspecify.annotations.NullMarked;
