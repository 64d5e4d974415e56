/**
 * Demo data: a seeded generator of Online Retail-shaped purchase files (also a CLI for benchmark files), and the
 * loader that fills an empty embedded database with it at start-up.
 */
@NullMarked
package io.segmentation.demo;

import org.jspecify.annotations.NullMarked;
