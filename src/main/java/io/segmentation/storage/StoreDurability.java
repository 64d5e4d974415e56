package io.segmentation.storage;

/**
 * Makes acknowledged writes durable before the service answers 2xx: a commit of the embedded store's file,
 * nothing for a real MongoDB (there, write concern majority with journaling already waits for the disk).
 */
@FunctionalInterface
public interface StoreDurability {

    /** Flushes what was written so far; throws a runtime exception when the store cannot be written. */
    void commit();
}
