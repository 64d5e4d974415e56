/** Cleaning: the named rules that remove purchase lines, and the report of what each removed (pure, no I/O). */
@NullMarked
package io.segmentation.cleaning;

import org.jspecify.annotations.NullMarked;
