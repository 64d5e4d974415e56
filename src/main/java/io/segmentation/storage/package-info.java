/** MongoDB configuration: the embedded mongo-java-server default, durability of writes, and a ping health check. */
@NullMarked
package io.segmentation.storage;

import org.jspecify.annotations.NullMarked;
