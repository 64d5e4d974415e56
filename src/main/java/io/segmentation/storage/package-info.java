/**
 * MongoDB configuration: the embedded mongo-java-server default, durability of writes, time limits of every operation,
 * and the start-up work (indexes, recovery) that waits for MongoDB instead of failing the start.
 */
@NullMarked
package io.segmentation.storage;

import org.jspecify.annotations.NullMarked;
